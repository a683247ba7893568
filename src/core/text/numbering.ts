/**
 * 公文 heading numbering: 一、 （一） 1. （1） and the run-in 一是/二是. The styles rank in
 * this order; a document's levels are the ranks of the styles it actually uses, so a
 * report that goes 一、 → （一） → 一是 has three levels.
 */

const CN_NUMBER = '[一二三四五六七八九十百零〇]+';

export const NUMBERING_STYLES = [
  { name: 'chinese-comma', pattern: new RegExp(`^${CN_NUMBER}[、，,]`) },
  { name: 'chinese-paren', pattern: new RegExp(`^[（(]${CN_NUMBER}[）)]`) },
  { name: 'arabic-dot', pattern: /^\d{1,2}[.．、](?!\d)/ },
  { name: 'arabic-paren', pattern: /^[（(]\d{1,2}[）)]/ },
  { name: 'first-second', pattern: new RegExp(`^${CN_NUMBER}是`) },
] as const;

export type NumberingStyle = (typeof NUMBERING_STYLES)[number]['name'];

export function numberingStyle(text: string): NumberingStyle | undefined {
  return NUMBERING_STYLES.find((style) => style.pattern.test(text))?.name;
}

/** Level of each style used in `texts`: 1 for the highest-ranking style present, and so on. */
export function levelsInUse(texts: Iterable<string>): Map<NumberingStyle, number> {
  const used = new Set<NumberingStyle>();
  for (const text of texts) {
    const style = numberingStyle(text);
    if (style) used.add(style);
  }
  const levels = new Map<NumberingStyle, number>();
  for (const style of NUMBERING_STYLES) if (used.has(style.name)) levels.set(style.name, levels.size + 1);
  return levels;
}

const SENTENCE_END = /[。！？!?]/;
const MAX_HEADING_LENGTH = 60;

/**
 * A heading on a line of its own: numbered, short, at most one sentence.
 * `（一）落實科學發展觀要有新建樹，…取得新突破。` is one; `(1)全面摸底建账。对全县…` is a
 * paragraph with a run-in lead, and so is every `一是…`.
 */
export function isStandaloneHeading(text: string): boolean {
  const style = numberingStyle(text);
  return style !== undefined && style !== 'first-second' && isShortHeading(text);
}

/** Short enough for a heading and at most one sentence. */
export function isShortHeading(text: string): boolean {
  // A long text is answered without reading it all.
  if (text.length > MAX_HEADING_LENGTH + 1) return false;
  const body = text.replace(/[。！？!?]$/, '');
  return body.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(body);
}
