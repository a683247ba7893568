/**
 * A character bigram language model used to choose between candidate repairs.
 *
 * The data (built by scripts/build-char-model.ts from jieba's word list) is Simplified;
 * callers score Traditional text after converting it, see `scoreText` in score.ts.
 */

export interface CharModelData {
  source: string;
  log2Total: number;
  /** Concatenated (character, two base-36 digits of log2 count × LOG2_STEPS) entries. */
  unigrams: string;
  /** First character -> concatenated (second character, two-digit log2 count) entries. */
  bigrams: Record<string, string>;
}

/** Resolution of the stored log2 counts: eighths, so stored counts are within 5%. */
export const LOG2_STEPS = 8;

/** Probability mass kept for the bigram estimate; the rest backs off to the unigram. */
const BIGRAM_WEIGHT = 0.7;
/** log2 probability of a character the model has never seen. */
const UNSEEN_LOG2 = -24;

export interface CharModel {
  /** log2 P(ch) — UNSEEN_LOG2 for unknown characters. */
  unigramLog2(ch: string): number;
  /** log2 P(next | prev) with back-off to the unigram. */
  transitionLog2(prev: string, next: string): number;
  knows(ch: string): boolean;
  /** Whether `prev` then `next` occurs inside a word of the word list. */
  knowsPair(prev: string, next: string): boolean;
}

const base36Digit = (code: number): number => (code <= 0x39 ? code - 0x30 : code - 0x57);

/** Every count two base-36 digits can store, so decoding an entry does no exponentiation. */
const STORED_COUNTS = Float64Array.from({ length: 36 * 36 }, (_, log2Steps) => 2 ** (log2Steps / LOG2_STEPS));

/**
 * Calls `visit` with each entry's offset, its character's width in code units and its
 * count, reading by index: no substring is cut for a BMP character, since the reader decodes
 * the 20,000 unigrams each time it opens, in V8's interpreter.
 */
function forEachCount(encoded: string, visit: (i: number, width: 1 | 2, count: number) => void): void {
  let i = 0;
  while (i + 2 < encoded.length) {
    const unit = encoded.charCodeAt(i);
    const width = unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
    visit(i, width, STORED_COUNTS[base36Digit(encoded.charCodeAt(i + width)) * 36 + base36Digit(encoded.charCodeAt(i + width + 1))] ?? 0);
    i += width + 2;
  }
}

function decodeCounts(encoded: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachCount(encoded, (i, width, count) => counts.set(encoded.slice(i, i + width), count));
  return counts;
}

/**
 * The unigram counts: those of the Basic Multilingual Plane's characters in an array indexed
 * by code unit (the byte repairs look up millions of characters per damaged page, and an
 * array read is much cheaper than a string-keyed map's; a count is never 0, so 0 means
 * unknown), the few beyond it in a map.
 */
function decodeUnigrams(encoded: string): { bmp: Float64Array; astral: Map<string, number> } {
  const bmp = new Float64Array(0x10000);
  const astral = new Map<string, number>();
  forEachCount(encoded, (i, width, count) => {
    if (width === 1) bmp[encoded.charCodeAt(i)] = count;
    else astral.set(encoded.slice(i, i + 2), count);
  });
  return { bmp, astral };
}

export function createCharModel(data: CharModelData): CharModel {
  const total = 2 ** data.log2Total;
  const unigrams = decodeUnigrams(data.unigrams);
  const unigramCount = (ch: string): number => (ch.length === 1 ? (unigrams.bmp[ch.charCodeAt(0)] ?? 0) : (unigrams.astral.get(ch) ?? 0));
  const rows = new Map<string, Map<string, number>>();
  const rowOf = (prev: string): Map<string, number> | undefined => {
    let row = rows.get(prev);
    if (!row && data.bigrams[prev] !== undefined) {
      row = decodeCounts(data.bigrams[prev]);
      rows.set(prev, row);
    }
    return row;
  };
  const unigramProbability = (ch: string): number => unigramCount(ch) / total;

  return {
    knows: (ch) => unigramCount(ch) > 0,
    knowsPair: (prev, next) => (rowOf(prev)?.get(next) ?? 0) > 0,
    unigramLog2(ch) {
      const p = unigramProbability(ch);
      return p > 0 ? Math.log2(p) : UNSEEN_LOG2;
    },
    transitionLog2(prev, next) {
      const unigram = unigramProbability(next);
      if (unigram === 0) return UNSEEN_LOG2;
      const prevCount = unigramCount(prev);
      const pairCount = rowOf(prev)?.get(next) ?? 0;
      const bigram = prevCount > 0 ? Math.min(1, pairCount / prevCount) : 0;
      return Math.log2(BIGRAM_WEIGHT * bigram + (1 - BIGRAM_WEIGHT) * unigram);
    },
  };
}
