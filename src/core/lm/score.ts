/** Scores how much a string looks like ordinary Chinese prose under the character model. */
import { isHan } from '../text/han';
import type { CharModel } from './char-model';

/** Cost (log2) of a character that ends a run of Han text: punctuation and digits are normal. */
const PUNCTUATION_LOG2 = -5;
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
      score += previous === undefined ? model.unigramLog2(ch) : model.transitionLog2(previous, ch);
      previous = ch;
      continue;
    }
    previous = undefined;
    score += ORDINARY_PUNCTUATION.test(ch) ? PUNCTUATION_LOG2 : FOREIGN_LOG2;
  }
  return score;
}
