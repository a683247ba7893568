/**
 * A line as the role judgement reads it: without the readings an annotator pasted after its
 * characters (`關(guān)鍵詞` reads 关键词), in Simplified, with full-width letters, digits and
 * marks as ASCII and white space collapsed, so that one pattern serves every form a site
 * writes its rows in.
 */
import { toSimplified } from '../script';
import { PINYIN_LETTERS } from '../text/han';

const READINGS = new RegExp(`\\([${PINYIN_LETTERS}]{1,7}\\s?\\)`, 'gu');

/** A list's marker before a line (`• `, `- `, `1. `), and brackets around a whole line (`(责编:蔡熊更)`). */
const LIST_MARKER = /^(?:[•·▪◦●○■□◆◇※-]|\d{1,2}\.(?!\d))\s*/;
const WHOLE_LINE_BRACKETS = /^[([【]([^()[\]【】]*)[)\]】]$/;

export function plainLine(text: string): string {
  const plain = toSimplified(text.replace(READINGS, ''))
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim()
    .replace(LIST_MARKER, '');
  return (WHOLE_LINE_BRACKETS.exec(plain)?.[1] ?? plain).trim();
}

/** What ends a sentence in a plain line (where ！ and ？ are ASCII): not a `!` inside a word (`S.l.e!ep`). */
export const SENTENCE_END = /。|[!?](?![\w.])/;

/** How many characters a line has, counted as a reader counts them. */
export const lengthOf = (text: string): number => [...text].length;
