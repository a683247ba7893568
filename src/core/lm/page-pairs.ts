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

/** The page's pairs by their first character: a reading is checked with no string built per character. */
export type PagePairs = ReadonlyMap<string, ReadonlySet<string>>;

/** The page's own words: its in-word pairs, and the characters it writes at all. */
export interface PageVocabulary {
  pairs: PagePairs;
  /** As the page writes them, not in Simplified: a page that writes 過 is no evidence for 过. */
  characters: ReadonlySet<string>;
}

/** In-word character pairs (the model's) the page writes, in Simplified, and its characters as written, in steps. */
export function* pageVocabulary(text: string, model: CharModel, toSimplified: (text: string) => string): Generator<void, PageVocabulary> {
  const pairs = new Map<string, Set<string>>();
  const sample = text.slice(0, PATTERN_SAMPLE_CHARS);
  const characters = new Set(sample);
  const chars = [...toSimplified(sample)];
  for (let i = 1; i < chars.length; i++) {
    if (i % CHARS_PER_STEP === 0) yield;
    const previous = chars[i - 1] ?? '';
    const ch = chars[i] ?? '';
    if (!isHan(previous) || !isHan(ch) || !model.knowsPair(previous, ch)) continue;
    const seconds = pairs.get(previous) ?? new Set<string>();
    pairs.set(previous, seconds.add(ch));
  }
  return { pairs, characters };
}

/**
 * How many of the page's pairs a (Simplified) reading contains. The byte repairs ask this of
 * every candidate reading, hundreds of thousands on a damaged page.
 */
export function pairsOnPage(simplified: string, pairs: PagePairs): number {
  if (pairs.size === 0) return 0;
  let count = 0;
  let seconds: ReadonlySet<string> | undefined;
  for (const ch of simplified) {
    if (seconds?.has(ch)) count++;
    seconds = pairs.get(ch);
  }
  return count;
}
