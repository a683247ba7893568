/**
 * Recognises a target page (a 文秘/范文 article with its paywall damage) from its text.
 * It runs on every page the browser shows, so it imports nothing and only runs a handful
 * of linear regular expressions over a bounded prefix of the text.
 *
 * Strong signals (one is enough): the damage itself, on any site (the annotator's
 * pattern of 字(pīnyīn) annotations, a decoder `?` that ate an annotation's `(`, a tag
 * whose `<` was eaten, lost sync at 。 more than once), the 未完 tail, a 省略N字 notice
 * with 会员/VIP wording. Weak signals (two are needed): a 目录/提纲 block, a few
 * annotations, 公文 heading numbering (一、 and （一）), lost sync once.
 */
import { annotationPattern, isAnnotatorPattern } from './text/annotator-pattern';
import { builtOnFirstUse } from './text/built-on-first-use';
import { PATTERN_SAMPLE_CHARS, SCRIPT_SAMPLE_CHARS } from './text/page-sample';
import { isChineseSample } from './text/script-counts';

/** Enough text for any signal: the tail can sit deep in a long page, so read generously. */
export const MAX_TEXT = 400_000;
const MIN_ANNOTATIONS = 5;
/** Annotations that make the annotator's pattern on their own. */
const MIN_PATTERN_ANNOTATIONS = 8;

const STRONG = {
  'unfinished-tail': /未完\s*[,，]?\s*全文共\s*\d+\s*字/,
  'member-omission': /省[略畧]\s*\d+\s*字[^)）\n]{0,24}(?:会员|會員|VIP|vip)/,
};
/**
 * The decoder's marks: a lead byte ate the `(` of an annotation (`能夠?qū)`), the `<` of a
 * tag (`聽?/p>`), or broke a 。 so that its second byte read as ？！；： (`體??梢`). The Han
 * patterns are built only on a page with Han text (see built-on-first-use.ts).
 */
const EATEN_ANNOTATION = builtOnFirstUse(() => /\p{Script=Han}\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu);
const EATEN_TAG = /\?[!;:]?\?\/(?:p|span|div|font|a|strong|b)>/;
const LOST_SYNC = builtOnFirstUse(() => /\p{Script=Han}\?[?!;:]\p{Script=Han}/gu);
const WEAK = {
  'outline-block': /目[录錄]\s*[/／]\s*提[纲綱]/,
};
/** 公文 numbering: a 一、 heading, then later a （一） one (two searches: no backtracking). */
const FIRST_LEVEL = /(?:^|\n|\s)[一二三四五六七八九十]+、[^\n]{2,60}/;
const SECOND_LEVEL = /[（(][一二三四五六七八九十]+[）)]/;

function hasOfficialNumbering(text: string): boolean {
  const first = FIRST_LEVEL.exec(text);
  return first !== null && SECOND_LEVEL.test(text.slice(first.index + first[0].length));
}
const ANNOTATION = builtOnFirstUse(() => /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu);

/** Counts matches of a global pattern, stopping at `limit`. */
function countUpTo(text: string, pattern: RegExp, limit: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < limit && pattern.exec(text)) count++;
  pattern.lastIndex = 0;
  return count;
}

export interface Detection {
  detected: boolean;
  signals: string[];
}

export function detectTargetPage(fullText: string): Detection {
  const text = fullText.length > MAX_TEXT ? fullText.slice(0, MAX_TEXT) : fullText;
  const scriptSample = text.slice(0, SCRIPT_SAMPLE_CHARS);
  if (!isChineseSample(scriptSample)) return { detected: false, signals: [] };

  const strong = Object.entries(STRONG).filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  const weak = Object.entries(WEAK).filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  if (hasOfficialNumbering(text)) weak.push('official-numbering');
  if (countUpTo(text, ANNOTATION(), MIN_ANNOTATIONS) >= MIN_ANNOTATIONS) {
    // The pattern is read only on pages that have annotations at all.
    if (isAnnotatorPattern(annotationPattern(text.slice(0, PATTERN_SAMPLE_CHARS)), MIN_PATTERN_ANNOTATIONS)) strong.push('annotator-pattern');
    else weak.push('pinyin-annotations');
  }
  if (countUpTo(text, EATEN_ANNOTATION(), 1) > 0) strong.push('eaten-annotation');
  if (EATEN_TAG.test(text)) strong.push('eaten-tag');
  const lostSync = countUpTo(text, LOST_SYNC(), 2);
  if (lostSync >= 2) strong.push('lost-sync');
  else if (lostSync === 1) weak.push('lost-sync');
  return { detected: strong.length > 0 || weak.length >= 2, signals: [...strong, ...weak] };
}
