/**
 * The page's own vocabulary, as evidence for the byte repairs: where bytes allow several
 * readings, the one made of words the page writes elsewhere is the likelier (`?zé)齻:坌`
 * on a page that writes 瘢痕 in its clean text reads 燒傷瘢痕, not 育偅痕). A cache
 * language model in the speech-recognition sense: the character model knows Chinese, the
 * page knows its subject.
 */
import type { CharModel } from './char-model';
import { isHan } from '../text/han';
import { PATTERN_SAMPLE_CHARS } from '../text/page-sample';

/** Characters read between two steps: each new first character decodes a row of the model. */
const CHARS_PER_STEP = 5_000;

/** In-word character pairs (the model's) the page writes, in Simplified, in steps. */
export function* pagePairs(text: string, model: CharModel, toSimplified: (text: string) => string): Generator<void, Set<string>> {
  const pairs = new Set<string>();
  const chars = [...toSimplified(text.slice(0, PATTERN_SAMPLE_CHARS))];
  for (let i = 1; i < chars.length; i++) {
    if (i % CHARS_PER_STEP === 0) yield;
    const previous = chars[i - 1] ?? '';
    const ch = chars[i] ?? '';
    if (isHan(previous) && isHan(ch) && model.knowsPair(previous, ch)) pairs.add(previous + ch);
  }
  return pairs;
}

/** How many of the page's pairs a (Simplified) reading contains. */
export function pairsOnPage(simplified: string, pairs: ReadonlySet<string>): number {
  if (pairs.size === 0) return 0;
  const chars = [...simplified];
  let count = 0;
  for (let i = 1; i < chars.length; i++) if (pairs.has((chars[i - 1] ?? '') + (chars[i] ?? ''))) count++;
  return count;
}
