/**
 * Verse: short lines the page broke with `<br>` on purpose (a poem, a 落款 of unit and date,
 * a timetable row). The hard-wrap pass never joins them; the structure pass keeps them as
 * one paragraph with its line breaks.
 */

/** Lines this short are verse, a list or a timetable row, not text broken by width. */
export const MAX_VERSE_LINE = 12;

export function isVerseLine(text: string): boolean {
  return [...text].length <= MAX_VERSE_LINE;
}
