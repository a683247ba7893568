/**
 * How much of a sample is Han, kana or visible at all, and the one rule that turns those
 * counts into "this page is Japanese". The detector runs them on every page a user visits.
 *
 * Counted by UTF-16 code unit with RegExps of code-unit ranges, not by a loop and not with
 * `\p{Script=Han}`: a content script runs once per page and never leaves V8's interpreter,
 * where a loop costs tens of nanoseconds a character while a RegExp runs natively; and
 * creating a `u` pattern with a script property costs about half a millisecond. The BMP
 * blocks below hold all but the rarest Han characters, which cannot move a share.
 *
 * Imports nothing: the detector uses it.
 */

/** CJK Extension A, the unified ideographs, the compatibility ideographs. */
const NOT_HAN = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
/** Hiragana and katakana. */
const NOT_KANA = /[^\u3040-\u30ff]+/g;
/** White space of every kind, the no-break and the ideographic space among it. */
const BLANK = /\s+/g;

export function countHan(text: string): number {
  return text.replace(NOT_HAN, '').length;
}

export function countVisible(text: string): number {
  return text.replace(BLANK, '').length;
}

/** Japanese shares Han characters with Chinese: past this share of kana no Chinese rule applies. */
const MAX_KANA_SHARE = 0.1;

/** Kana's share of the sample's Han and kana. */
export function kanaShare(sample: string): number {
  const han = countHan(sample);
  const kana = sample.replace(NOT_KANA, '').length;
  return kana + han === 0 ? 0 : kana / (kana + han);
}

export function isJapaneseSample(sample: string): boolean {
  return kanaShare(sample) > MAX_KANA_SHARE;
}

/** Han in the sample, and not so much kana that it is Japanese: where any Chinese rule may apply. */
export function isChineseSample(sample: string): boolean {
  return countHan(sample) > 0 && !isJapaneseSample(sample);
}
