/**
 * The one rule by which a scored repair is taken, for every pass that weighs readings with
 * the character model: the best reading must be clearly likelier than the runner-up, and,
 * where the text as it stands is a reading too, clearly likelier than that. Anything less
 * is not a repair: the caller flags the span or leaves it. A fluent wrong repair is the
 * worst outcome, so a near tie is never broken.
 */

/** Over the runner-up: 3 bits, 8 times likelier. */
export const MARGIN_BITS = 3;
/** Over the text as it stands, when it is itself a reading of the bytes: a repair must make a real difference. */
export const IMPROVEMENT_BITS = 12;

export interface Scored {
  /** log2 likelihood, less any prior cost of the events the reading assumes. */
  score: number;
}

/** `asItStands`: the page's own text's score, and by how many bits a repair must beat it. */
export function clearWinner<Reading extends Scored>(readings: readonly Reading[], asItStands?: { score: number; by: number }): Reading | undefined {
  const [best, runnerUp] = [...readings].sort((a, b) => b.score - a.score);
  if (!best) return undefined;
  if (runnerUp && best.score - runnerUp.score < MARGIN_BITS) return undefined;
  if (asItStands && best.score - asItStands.score < asItStands.by) return undefined;
  return best;
}
