/**
 * Pass `hard-wrap`: the page broke lines in the middle of sentences,
 *
 *   聽取了區委辦、區政協辦關於全區政協工作會議籌備情況的
 *   匯報,研究通過了《中共漢南區委關於進一步加強人民政協工作的意見》。
 *
 * Two lines are joined when the first stops mid-sentence in Chinese and the second does not
 * begin a new numbered item; real paragraph breaks (after 。！？：) stay. The pass runs
 * before annotations are removed, since a break can fall inside one: `縣(xi⏎àn)財政`.
 */
import type { Draft, DraftChange, DraftLine, DraftUnit } from '../draft';
import type { Pass } from '../pass';
import { runSteps } from '../slices';
import { isChineseProse, PINYIN_LETTERS } from '../text/han';
import { isStandaloneHeading, numberingStyle } from '../text/numbering';

const NAME = 'hard-wrap';
const ENDS_PARAGRAPH = /(?:[。！？；：:!?…]|[。！？][”’」』）)])$/;

const proseOrDigit = (ch: string | undefined): boolean => isChineseProse(ch) || /\d/.test(ch ?? '');
/** A pinyin annotation at the end of a line, or one the line break cut in two: `縣(xi⏎àn)`. */
const TRAILING_ANNOTATION = new RegExp(`\\([${PINYIN_LETTERS}]{0,7}\\)?$`, 'u');
const OPEN_ANNOTATION = new RegExp(`\\p{Script=Han}\\([${PINYIN_LETTERS}]{0,6}$`, 'u');
const ANNOTATION_REST = new RegExp(`^[${PINYIN_LETTERS}]{0,6}\\)`, 'u');

/** Longer than any line end the patterns above look at. */
const LINE_END_CHARS = 16;

function continues(first: DraftLine, second: DraftLine): boolean {
  if (first.headingTag || second.headingTag) return false;
  // Only the end of the first line is looked at: it grows with every line joined to it,
  // and reading all of it each time would make a long paragraph's joins quadratic.
  const end = first.text.slice(-LINE_END_CHARS);
  if (OPEN_ANNOTATION.test(end) && ANNOTATION_REST.test(second.text)) return true;
  const last = [...end.replace(TRAILING_ANNOTATION, '')].at(-1);
  const next = [...second.text.slice(0, 2)][0];
  if (!(proseOrDigit(last) || last === ',') || !(proseOrDigit(next) || /[,;:]/.test(next ?? ''))) return false;
  if (ENDS_PARAGRAPH.test(end) || isStandaloneHeading(first.text)) return false;
  return numberingStyle(second.text) === undefined;
}

function* hardWrapSteps(draft: Draft): Generator<void, Draft> {
  const units: DraftUnit[] = [];
  const changes: DraftChange[] = [...draft.changes];
  const mergedInto = new Map(draft.mergedInto);
  for (const unit of draft.units) {
    yield;
    const previous = units.at(-1);
    if (previous?.kind === 'line' && unit.kind === 'line' && continues(previous, unit)) {
      const seam = `${previous.text.slice(-6)}⏎${unit.text.slice(0, 6)}`;
      changes.push({ pass: NAME, before: seam, after: seam.replace('⏎', ''), at: previous.id });
      units[units.length - 1] = { ...previous, text: previous.text + unit.text };
      mergedInto.set(unit.id, previous.id);
      continue;
    }
    units.push(unit);
  }
  return { ...draft, units, changes, mergedInto };
}

export const hardWrap: Pass = { name: NAME, steps: hardWrapSteps, run: (draft) => runSteps(hardWrapSteps(draft)) };
