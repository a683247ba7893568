/**
 * Pass `half-width-punctuation`: the page's full-width punctuation came out ASCII,
 * `會議,籌備` `(一)落實` `區委辦;區委要求`. Inside Chinese prose it becomes full-width again;
 * Latin text, numbers (10:30, 3.5) and URLs are never touched. A `?` between Han characters
 * is the decoder's until the byte repairs have read it: where they left it unflagged, it is a
 * question (`是什么?我们`). Some pages also put a spurious comma before other punctuation
 * (`工作,。`), after a question or an exclamation (`什么？,我们`) or inside a title's
 * brackets (`《标题,》`): it goes.
 */
import { replaceRecorded, untilStable, type TextRepair } from '../draft';
import { pageLinePass, type PagePass } from '../pass';
import { isHan } from '../text/han';

const NAME = 'half-width-punctuation';
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Han, or punctuation only Chinese uses (、。「」 and the full-width forms). */
const isChinese = (ch: string | undefined): boolean => isHan(ch) || /^[\u3000-\u303f\uff01-\uff5e]$/.test(ch ?? '');

function chineseAround(before: string | undefined, after: string | undefined): boolean {
  return isChinese(before) || isChinese(after);
}

/** A bracket that hangs on a Latin word, a number or another bracket: `f(x)`, `501(c)(3)`. */
const HANGS_ON = /[0-9A-Za-z_)\]]/;

/** A `?` between Han characters, with them. */
const QUESTION_AMID_HAN = /(?<=\p{Script=Han})\?(?=\p{Script=Han})/gu;

function widenOnce(text: string, doubtful: readonly string[] | undefined): TextRepair {
  const commas = replaceRecorded(text, /[,;:!]/g, (match) => {
    const before = text[match.index - 1];
    const after = text[match.index + 1];
    const digitsAround = /\d/.test(before ?? '') && /\d/.test(after ?? '');
    return chineseAround(before, after) && !digitsAround ? (FULL_WIDTH[match[0]] ?? match[0]) : match[0];
  });
  const atEnd = replaceRecorded(commas.text, /(?<=\p{Script=Han})\?(?=$|[”’」』\s])/gu, () => '？');
  // Only once the byte repairs have read the line: a ? they did not flag is the text's own.
  const amid = doubtful ? replaceRecorded(atEnd.text, QUESTION_AMID_HAN, (match) => (doubtful.some((flagged) => flagged.includes(atEnd.text.slice(match.index - 1, match.index + 2))) ? '?' : '？')) : { text: atEnd.text, edits: [] };
  const questions = { text: amid.text, edits: [...atEnd.edits, ...amid.edits] };
  const parens = replaceRecorded(questions.text, /\(([^()]{0,60})\)/g, (match) => {
    const inner = match[1] ?? '';
    const outer = questions.text[match.index - 1];
    const next = questions.text[match.index + match[0].length];
    if ([...inner].some((ch) => isHan(ch))) return `（${inner}）`;
    return chineseAround(outer, next) && !HANGS_ON.test(outer ?? '') ? `（${inner}）` : match[0];
  });
  const spurious = replaceRecorded(parens.text, /(?<=[\p{Script=Han}”’」』）])[,，](?=[。、；：？！，》])|(?<=[？！])[,，](?=\p{Script=Han})/gu, () => '');
  return { text: spurious.text, edits: [...commas.edits, ...questions.edits, ...parens.edits, ...spurious.edits] };
}

/**
 * Widened marks are Chinese context for their neighbours (`;(一)` → `；（一）`). `doubtful`:
 * the spans the byte repairs flagged on the page, when they have run; until then a `?` between
 * Han characters is left as it stands.
 */
export function widenPunctuation(text: string, doubtful?: readonly string[]): TextRepair {
  return untilStable((line) => widenOnce(line, doubtful))(text);
}

export const halfWidthPunctuation: PagePass = pageLinePass(
  NAME,
  (draft) => {
    const doubtful = draft.flags.map((flag) => flag.text);
    return (text) => widenPunctuation(text, doubtful);
  },
  { title: true },
);
