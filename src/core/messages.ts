/** Messages to the background: from the detector content script, the popup and the reader. */
export const DETECTED_MESSAGE = 'qingyue:detected';
export const TOGGLE_MESSAGE = 'qingyue:toggle-reader';

export interface DetectedMessage {
  type: typeof DETECTED_MESSAGE;
  signals: string[];
}

export function isDetectedMessage(message: unknown): message is DetectedMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === DETECTED_MESSAGE;
}

export function isToggleMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TOGGLE_MESSAGE;
}

/**
 * What the next injection of the reader script should do, set just before it in the same
 * isolated world (the background runs a tiny function first). Read once.
 */
export const READER_REQUEST_KEY = 'qingyue.reader-request';
const READER_REQUEST = Symbol.for(READER_REQUEST_KEY);
export type ReaderRequest = 'copy-clean-text';

export function takeReaderRequest(scope: object): ReaderRequest | undefined {
  const record = scope as Record<symbol, ReaderRequest | undefined>;
  const request = record[READER_REQUEST];
  record[READER_REQUEST] = undefined;
  return request;
}

/**
 * The reader asks the background to inject a large resource (see resources.ts) into its
 * own isolated world. Each is an unlisted script named after it: entrypoints/<name>.ts.
 */
export const LOAD_RESOURCE_MESSAGE = 'qingyue:load-resource';
export const RESOURCE_NAMES = ['char-model', 'simplified-to-traditional', 'word-writer'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export interface LoadResourceMessage {
  type: typeof LOAD_RESOURCE_MESSAGE;
  name: ResourceName;
}

export function isLoadResourceMessage(message: unknown): message is LoadResourceMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, name } = message as { type?: unknown; name?: unknown };
  return type === LOAD_RESOURCE_MESSAGE && RESOURCE_NAMES.some((known) => known === name);
}

/** A performance mark the reader sets on the page's timeline once it is painted. */
export const READER_PAINTED_MARK = 'qingyue:reader-painted';
