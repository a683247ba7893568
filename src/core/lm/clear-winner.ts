/**
 * The one rule by which a scored repair is taken, for every pass that weighs readings with
 * the character model: the best reading must be clearly likelier than the runner-up, and,
 * where the text as it stands is a reading too, clearly likelier than that. Anything less
 * is not a repair: the caller flags the span or leaves it. A fluent wrong repair is the
 * worst outcome, so a near tie is never broken.
 *
 * Nor is a reading taken for being short. Likelihood falls with every character, and a byte
 * pair that vanished makes the true reading a character longer than one that read across
 * the gap (`因为她的性格`, read as `因为四性格`), as a mark the decoder ate makes it a
 * mark longer than one that took a line break for it (`分摊,从而` read as `分数从而`):
 * against a reading that assumes more such events, each character or mark they add is
 * credited with what an ordinary one costs, and the best must still win.
 */

/** Over the runner-up: 3 bits, 8 times likelier. */
export const MARGIN_BITS = 3;
/** Over the text as it stands, when it is itself a reading of the bytes: a repair must make a real difference. */
export const IMPROVEMENT_BITS = 12;

/**
 * What a Han character and a mark of ordinary prose cost under the model, on average given
 * the character before: −8.7 and −4.6 bits on the real texts of this project's fixtures.
 */
export const ORDINARY_CHARACTER_BITS = 8.7;
export const ORDINARY_MARK_BITS = 4.6;

export interface Scored {
  /** log2 likelihood, less any prior cost of the events the reading assumes. */
  score: number;
  /** Where readings of different lengths compete: what ordinary prose would cost of the characters and marks its events added. */
  added?: number;
}

/** `asItStands`: the page's own text's score, and by how many bits a repair must beat it. */
export function clearWinner<Reading extends Scored>(readings: readonly Reading[], asItStands?: { score: number; by: number }): Reading | undefined {
  const [best, runnerUp] = [...readings].sort((a, b) => b.score - a.score);
  if (!best) return undefined;
  if (runnerUp && best.score - runnerUp.score < MARGIN_BITS) return undefined;
  if (asItStands && best.score - asItStands.score < asItStands.by) return undefined;
  const added = best.added ?? 0;
  const longerAndAsGood = readings.some((other) => (other.added ?? 0) > added && best.score - (other.score + (other.added ?? 0) - added) < MARGIN_BITS);
  return longerAndAsGood ? undefined : best;
}
