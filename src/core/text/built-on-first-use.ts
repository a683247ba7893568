/**
 * A value made the first time it is asked for, then kept. For the regular expressions that
 * the detector, which runs on every page, shares with the passes: creating a
 * `\p{Script=Han}` pattern parses it and builds its class from Unicode data, and the first
 * one in a script context costs about half a millisecond, more than the floor of reading the
 * page. Most pages a user visits are not Chinese and never need one.
 *
 * Imports nothing: the detector uses it.
 */
export function builtOnFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
