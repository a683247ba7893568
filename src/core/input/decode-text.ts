/**
 * A text file's bytes as text, in whichever encoding such files come in: UTF-8 with or
 * without its BOM, UTF-16 with its BOM (or, without one, by its zero bytes), GB18030 (GBK,
 * GB2312) and Big5. Each is detected, never guessed silently: GBK and Big5 overlap, and a
 * text that decodes cleanly under both is read in the one that reads as Chinese, by the
 * character model; a near tie is said. A text that decodes under none is refused.
 */
import { clearWinner } from '../lm/clear-winner';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Set when another encoding read the bytes almost as well: the reader should know. */
  nearTie?: TextEncoding;
}

export class UndecodableTextError extends Error {}

/** Scores how much a text reads as Chinese (log2 likelihood; see read-text.ts). */
export type ChineseScore = (text: string) => number;

/** Bytes enough to tell the encodings apart; scoring a whole file would take longer than reading it. */
const SAMPLE_BYTES = 16_384;

function strictly(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM: its ASCII leaves zero bytes on one side of each pair (a CJK
 * character such as 一, U+4E00, now and then on the other), and no other text has zero
 * bytes at all; binary data has them on both sides alike. Pure CJK in UTF-16 with no mark
 * leaves almost none and is not told; Windows writes the mark.
 */
function utf16ByZeros(bytes: Uint8Array): TextEncoding | undefined {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.length < 4 || sample.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  if (odd > 0 && odd >= ONE_SIDE * even) return 'utf-16le';
  if (even > 0 && even >= ONE_SIDE * odd) return 'utf-16be';
  return undefined;
}

/** How many times more zero bytes one side of the pairs has than the other in UTF-16. */
const ONE_SIDE = 4;

/** The sample cut at a line end, so that no character is cut in two. */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const end = bytes.lastIndexOf(0x0a, SAMPLE_BYTES);
  return bytes.subarray(0, end > 0 ? end + 1 : SAMPLE_BYTES);
}

/**
 * The text, or, for bytes that are neither UTF-8 nor UTF-16, undefined until it is given a
 * way to score Chinese: only those need the character model.
 */
export function decodeText(bytes: Uint8Array, chineseScore: ChineseScore | undefined): DecodedText | undefined {
  const mark = byteOrderMark(bytes);
  if (mark) {
    const text = strictly(mark.encoding, bytes.subarray(mark.length));
    if (text === undefined) throw new UndecodableTextError(`starts with a ${mark.encoding.toUpperCase()} byte order mark but is not ${mark.encoding.toUpperCase()} text`);
    return { text, encoding: mark.encoding };
  }
  const utf16 = utf16ByZeros(bytes);
  const asUtf16 = utf16 && strictly(utf16, bytes);
  if (utf16 && asUtf16 !== undefined) return { text: asUtf16, encoding: utf16 };
  if (bytes.includes(0)) throw new UndecodableTextError('not a text file (it contains NUL bytes)');
  const utf8 = strictly('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  if (!chineseScore) return undefined;
  const sample = sampleOf(bytes);
  const readings: { encoding: TextEncoding; score: number }[] = [];
  for (const encoding of ['gb18030', 'big5'] as const) {
    const reading = strictly(encoding, sample);
    if (reading !== undefined) readings.push({ encoding, score: chineseScore(reading) });
  }
  if (readings.length === 0) throw new UndecodableTextError('not UTF-8, UTF-16, GB18030 (GBK) or Big5 text');
  const ranked = [...readings].sort((a, b) => b.score - a.score);
  const best = ranked[0] as (typeof ranked)[number];
  const text = strictly(best.encoding, bytes);
  if (text === undefined) throw new UndecodableTextError(`reads as ${best.encoding.toUpperCase()} at first, then as no encoding`);
  const nearTie = ranked.length > 1 && !clearWinner(ranked) ? ranked[1]?.encoding : undefined;
  return nearTie ? { text, encoding: best.encoding, nearTie } : { text, encoding: best.encoding };
}
