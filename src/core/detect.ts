/**
 * Recognises a target page (a 文秘/范文 article with its paywall damage) from its text.
 * It runs on every page the browser shows, so it imports nothing and only runs a handful
 * of linear regular expressions over a bounded prefix of the text.
 *
 * Strong signals (one is enough): the 未完 tail, a 省略N字 notice with 会员/VIP wording.
 * Weak signals (two are needed): a 目录/提纲 block, a density of 字(pīnyīn) annotations,
 * 公文 heading numbering (一、 and （一）).
 */

/** Enough text for any signal: the tail can sit deep in a long page, so read generously. */
const MAX_TEXT = 400_000;
const MIN_ANNOTATIONS = 5;
const MAX_KANA_SHARE = 0.1;

const STRONG = {
  'unfinished-tail': /未完\s*[,，]?\s*全文共\s*\d+\s*字/,
  'member-omission': /省[略畧]\s*\d+\s*字[^)）\n]{0,24}(?:会员|會員|VIP|vip)/,
};
const WEAK = {
  'outline-block': /目[录錄]\s*[/／]\s*提[纲綱]/,
  'official-numbering': /(?:^|\n|\s)[一二三四五六七八九十]+、[^\n]{2,60}[\s\S]*?[（(][一二三四五六七八九十]+[）)]/,
};
const ANNOTATION = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu;

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
  const kana = text.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han === 0 || kana / (kana + han) > MAX_KANA_SHARE) return { detected: false, signals: [] };

  const strong = Object.entries(STRONG).filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  const weak = Object.entries(WEAK).filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  if (countUpTo(text, ANNOTATION, MIN_ANNOTATIONS) >= MIN_ANNOTATIONS) weak.push('pinyin-annotations');
  return { detected: strong.length > 0 || weak.length >= 2, signals: [...strong, ...weak] };
}
