/** Character classes shared by the passes. */
import { SCRIPT_SAMPLE_CHARS } from './page-sample';
import { isJapaneseSample } from './script-counts';

export const HAN = '\\p{Script=Han}';
/** Letters pinyin is written with, toned or not. */
export const PINYIN_LETTERS = 'a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿê';
const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

const HAN_CHARACTER = /^\p{Script=Han}$/u;

/**
 * Whether `ch` is one Han character. The byte repairs ask this millions of times per page,
 * so the common cases are answered by code point: the main CJK block is all Han and nothing
 * below the CJK radicals (U+2E80) is; the rest goes to the Unicode property.
 */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80) return false;
  return HAN_CHARACTER.test(ch);
}

/** Full-width punctuation of Chinese prose (and the brackets and quotes around it). */
export function isCjkPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && /^[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]$/.test(ch);
}

/** A character that belongs to Chinese prose: Han or its punctuation. */
export function isChineseProse(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunctuation(ch);
}

export function hasToneMark(syllable: string): boolean {
  return TONE_MARKS.test(syllable);
}

/** A page with much kana is Japanese, not Chinese: judged on a sample, so a huge page is not counted to its end. */
export function isJapanese(text: string): boolean {
  return isJapaneseSample(text.slice(0, SCRIPT_SAMPLE_CHARS));
}
