/** Scores how much a string looks like ordinary Chinese prose under the character model. */
import { isHan } from '../text/han';
import type { CharModel } from './char-model';

/**
 * Costs (log2) of punctuation and figures in official prose, roughly by how often they
 * occur: ，and 。 end most runs of Han text; a 】 or ？ inside a word must pay its way.
 */
const PUNCTUATION_LOG2: [RegExp, number][] = [
  [/^[，。,]$/, -4],
  [/^[、“”：；:;0-9０-９%—]$/, -6],
  [/^[？！（）《》‘’!()]$/, -8],
];
const RARE_PUNCTUATION_LOG2 = -10;
/** Latin letters and other symbols inside Chinese prose are what byte garbage looks like. */
const FOREIGN_LOG2 = -16;
/**
 * The punctuation and figures of ordinary prose. Rarer symbols (＃ ＠ ㄅ) count as foreign,
 * and so does ASCII `?`: in Chinese prose it is a flattened ？ or a decoder fault.
 */
const ORDINARY_PUNCTUATION = /^[，。、；：？！“”‘’《》（）〈〉【】…—·,.;:!()%０-９0-9]$/;

export function logLikelihood(simplifiedText: string, model: CharModel): number {
  let score = 0;
  let previous: string | undefined;
  for (const ch of simplifiedText) {
    if (isHan(ch)) {
      // After punctuation the next character still pays the back-off, as after any word
      // boundary: a punctuation mark must not be a cheap way to start afresh.
      score += previous === undefined ? model.transitionLog2('', ch) : model.transitionLog2(previous, ch);
      previous = ch;
      continue;
    }
    previous = undefined;
    score += markLog2(ch);
  }
  return score;
}

/** By character: the byte repairs score hundreds of thousands of readings per damaged page. */
const markCosts = new Map<string, number>();

function markLog2(ch: string): number {
  let cost = markCosts.get(ch);
  if (cost === undefined) {
    cost = ORDINARY_PUNCTUATION.test(ch) ? (PUNCTUATION_LOG2.find(([pattern]) => pattern.test(ch))?.[1] ?? RARE_PUNCTUATION_LOG2) : FOREIGN_LOG2;
    markCosts.set(ch, cost);
  }
  return cost;
}
