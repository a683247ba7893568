/**
 * Pass `hard-wrap`: the page broke lines in the middle of sentences,
 *
 *   聽取了區委辦、區政協辦關於全區政協工作會議籌備情況的
 *   匯報,研究通過了《中共漢南區委關於進一步加強人民政協工作的意見》。
 *
 * Only a `<br>` can break a line inside a paragraph: lines of different blocks (`<p>`,
 * `<li>`, headings) and lines of `<pre>` are never joined. Two lines are joined when the
 * first stops mid-sentence in Chinese and the second does not begin a new numbered item;
 * real paragraph breaks (after 。！？：) stay, verse (short lines) stays, and digits or
 * Latin letters are never glued together. That shape alone is also a poem or a timetable,
 * so it needs evidence: the page broke its lines by width (a run of lines of near-equal
 * length), or the page was recognised as a damaged page, whose sites break lines anywhere.
 * The pass runs before annotations are removed, since a break can fall inside one:
 * `縣(xi⏎àn)財政`.
 */
import type { Draft, DraftChange, DraftLine, DraftUnit } from '../draft';
import type { PagePass } from '../pass';
import { runSteps } from '../slices';
import { joinedSources } from '../inline-spans';
import { sameContainer } from '../rich-elements';
import { isChineseProse, PINYIN_LETTERS } from '../text/han';
import { MAX_VERSE_LINE } from '../text/verse';
import { isStandaloneHeading, numberingStyle } from '../text/numbering';

const NAME = 'hard-wrap';
const ENDS_PARAGRAPH = /(?:[。！？；：:!?…]|[。！？!?][”’」』）)"'])$/;

const proseOrDigit = (ch: string | undefined): boolean => isChineseProse(ch) || /\d/.test(ch ?? '');
/** A pinyin annotation at the end of a line, or one the line break cut in two: `縣(xi⏎àn)`. */
const TRAILING_ANNOTATION = new RegExp(`\\([${PINYIN_LETTERS}]{0,7}\\)?$`, 'u');
const OPEN_ANNOTATION = new RegExp(`\\p{Script=Han}\\([${PINYIN_LETTERS}]{0,6}$`, 'u');
const ANNOTATION_REST = new RegExp(`^[${PINYIN_LETTERS}]{0,6}\\)`, 'u');

/** Longer than any line end the patterns above look at. */
const LINE_END_CHARS = 16;
/** Width-broken lines are at least this long, and this many of a run share the width. */
const MIN_WRAP_WIDTH = 16;
const MIN_LINES_AT_WIDTH = 3;
const WIDTH_TOLERANCE = 0.1;
const GLUED = /[0-9A-Za-z]/;
const OUT_OF_STEP_END = 6;

/** Only a `<br>`, or a text's line break, is between it and the line before. */
const joinable = (line: DraftLine): boolean => line.afterBreak === true || line.afterNewline === true;

const lengthOf = (text: string): number => [...text.replace(TRAILING_ANNOTATION, '')].length;

/**
 * Ids of the lines whose length is the width their run of `<br>` lines was broken at:
 * most lines of such a run share it (the last of each paragraph is shorter). A step per
 * run: a huge page has hundreds of thousands of lines.
 */
function* linesAtWrapWidth(units: readonly DraftUnit[]): Generator<void, Set<number>> {
  const atWidth = new Set<number>();
  const runs: DraftLine[][] = [];
  for (const unit of units) {
    if (unit.kind !== 'line' || unit.preformatted) continue;
    const run = runs.at(-1);
    if (joinable(unit) && run) run.push(unit);
    else runs.push([unit]);
  }
  for (const run of runs) {
    yield;
    const lengths = run.map((line) => lengthOf(line.text)).sort((a, b) => a - b);
    const width = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
    const near = (length: number): boolean => Math.abs(length - width) <= Math.max(2, width * WIDTH_TOLERANCE);
    if (width < MIN_WRAP_WIDTH || lengths.filter(near).length < MIN_LINES_AT_WIDTH) continue;
    for (const line of run) if (near(lengthOf(line.text))) atWidth.add(line.id);
  }
  return atWidth;
}

/**
 * A line a recognised page broke inside a paragraph is prose: this long at least (its
 * readings not counted), with a clause mark; not a list of terms (`关键词：治理现代化；
 * 基层党组织；功能定位`), a numbered line (`1 甘肃中医药大学护理学院，…`) or a line
 * ending in a name or credit (`新华社记者 鞠鹏 摄`).
 */
const MIN_BROKEN_PROSE = 40;
const PROSE_TAIL_CHARS = 200;
const CLAUSE_MARK = /[，,。；;、！？]/;
const NUMBERED = /^\d+(?:\.\d+)*\s/;
const ENDS_IN_NAME = /\s\S{1,4}$/;
const MAX_TERM = 12;
const READINGS = new RegExp(`\\([${PINYIN_LETTERS}]{1,7}\\s?\\)`, 'gu');

function isTermList(text: string): boolean {
  const terms = text.split(/[；;]/);
  return terms.length >= 2 && terms.every((term) => [...term.trim()].length <= MAX_TERM);
}

/** A recognised page's line that reads as part of a paragraph's prose. */
function brokenInProse(line: DraftLine): boolean {
  const tail = line.text.slice(-PROSE_TAIL_CHARS).replace(READINGS, '');
  if ([...tail].length < MIN_BROKEN_PROSE || !CLAUSE_MARK.test(tail)) return false;
  return !NUMBERED.test(line.text) && !ENDS_IN_NAME.test(tail) && !isTermList(tail);
}

function continues(first: DraftLine, second: DraftLine, evidence: { recognised: boolean; atWidth: boolean }): boolean {
  if (!joinable(second) || first.preformatted || second.preformatted) return false;
  if (first.headingTag || second.headingTag || !sameContainer(first.container, second.container)) return false;
  // Only the end of the first line is looked at: it grows with every line joined to it,
  // and reading all of it each time would make a long paragraph's joins quadratic.
  const end = first.text.slice(-LINE_END_CHARS);
  if (OPEN_ANNOTATION.test(end) && ANNOTATION_REST.test(second.text)) return true;
  const last = [...end.replace(TRAILING_ANNOTATION, '')].at(-1);
  const next = [...second.text.slice(0, 2)][0];
  if (!(proseOrDigit(last) || last === ',') || !(proseOrDigit(next) || /[,;:]/.test(next ?? ''))) return false;
  if (ENDS_PARAGRAPH.test(end) || isStandaloneHeading(first.text)) return false;
  // Bytes read out of step to the line's end: the decoder fell back in step at the line break, so it is the page's own.
  if (end.slice(-OUT_OF_STEP_END).includes('?')) return false;
  if (GLUED.test(last ?? '') && GLUED.test(next ?? '')) return false;
  if (lengthOf(first.text) <= MAX_VERSE_LINE && lengthOf(second.text) <= MAX_VERSE_LINE) return false;
  return (evidence.atWidth || (evidence.recognised && brokenInProse(first))) && numberingStyle(second.text) === undefined;
}

function* hardWrapSteps(draft: Draft): Generator<void, Draft> {
  const units: DraftUnit[] = [];
  const changes: DraftChange[] = [...draft.changes];
  const mergedInto = new Map(draft.mergedInto);
  const atWidth = yield* linesAtWrapWidth(draft.units);
  let previousAtWidth = false;
  for (const unit of draft.units) {
    yield;
    const previous = units.at(-1);
    const evidence = { recognised: draft.recognised, atWidth: previousAtWidth };
    previousAtWidth = atWidth.has(unit.id);
    if (previous?.kind === 'line' && unit.kind === 'line' && continues(previous, unit, evidence)) {
      const seam = `${previous.text.slice(-6)}⏎${unit.text.slice(0, 6)}`;
      changes.push({ pass: NAME, before: seam, after: seam.replace('⏎', ''), at: previous.id });
      const source = joinedSources(previous, unit);
      units[units.length - 1] = { ...previous, text: previous.text + unit.text, ...(source ? { source } : {}) };
      mergedInto.set(unit.id, previous.id);
      continue;
    }
    units.push(unit);
  }
  return { ...draft, units, changes, mergedInto };
}

export const hardWrap: PagePass = { name: NAME, steps: hardWrapSteps, run: (draft) => runSteps(hardWrapSteps(draft)) };
