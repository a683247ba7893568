/**
 * Pass `structure`: lines become headings and paragraphs, and the lines of a list, a data
 * table, a quote or a `<pre>` become that block (grouped-lines.ts). A numbered short line is a
 * heading, its level the rank of its numbering style among the styles the document uses
 * (一、 → 1, （一） → 2, …). A short line the page itself set as `<h2>`…`<h6>` is a heading
 * too, numbered or not (modern layouts: `<h2>基本情况</h2>`), its level from the tag when
 * it has no numbering. Everything else is a paragraph, and short lines the page broke with
 * `<br>` (verse, a 落款) one paragraph with its line breaks; a line the repairs emptied (a
 * watermark alone on its line) is no block at all, its removal already recorded.
 */
import type { Draft, DraftBlock, DraftUnit } from '../draft';
import { finalSpans } from '../inline-spans';
import { LineGrouper } from '../grouped-lines';
import type { PagePass } from '../pass';
import { runSteps } from '../slices';
import { isShortHeading, isStandaloneHeading, levelsInUse, numberingStyle } from '../text/numbering';
import { isVerseLine } from '../text/verse';

function* structureSteps(draft: Draft): Generator<void, Draft> {
  const texts = [
    ...draft.units.flatMap((unit) => (unit.kind === 'line' ? [unit.text] : [])),
    ...(draft.outlineBlock ?? []).map((entry) => entry.text),
  ];
  const levels = levelsInUse(texts);
  const units: DraftUnit[] = [];
  const mergedInto = new Map(draft.mergedInto);
  const grouper = new LineGrouper(units, mergedInto);
  /** The paragraph of verse the next short line after a <br> goes on in. */
  let verse: DraftBlock | undefined;
  for (const unit of draft.units) {
    yield;
    if (unit.kind !== 'line') {
      units.push(unit);
      continue;
    }
    if (!unit.text.trim() && !unit.cellPictures) {
      // What emptied it was recorded against it: that record now points at the block before.
      const previous = units.at(-1);
      if (previous) mergedInto.set(unit.id, previous.id);
      continue;
    }
    if (grouper.add(unit)) continue;
    const style = numberingStyle(unit.text);
    if (unit.container?.kind === 'quote') {
      units.push({ id: unit.id, kind: 'block', block: { kind: 'quote', text: unit.text, ...finalSpans(unit) } });
    } else if (style && isStandaloneHeading(unit.text)) {
      units.push({ id: unit.id, kind: 'block', block: { kind: 'heading', level: levels.get(style) ?? 1, text: unit.text } });
    } else if (unit.headingTag && isShortHeading(unit.text)) {
      const level = style ? (levels.get(style) ?? 1) : unit.headingTag - 1;
      units.push({ id: unit.id, kind: 'block', block: { kind: 'heading', level, text: unit.text } });
    } else if (!style && unit.afterBreak && isVerseLine(unit.text) && verse?.block.kind === 'paragraph' && units.at(-1) === verse) {
      // A line of verse after a <br>: the verse's next line, in the same paragraph.
      const shift = verse.block.text.length + 1;
      const spans = [...(verse.block.spans ?? []), ...(finalSpans(unit).spans ?? []).map((span) => ({ ...span, start: span.start + shift, end: span.end + shift }))];
      verse.block = { kind: 'paragraph', text: `${verse.block.text}\n${unit.text}`, ...(spans.length > 0 ? { spans } : {}) };
      mergedInto.set(unit.id, verse.id);
      continue;
    } else {
      units.push({ id: unit.id, kind: 'block', block: { kind: 'paragraph', text: unit.text, ...finalSpans(unit) } });
    }
    const last = units.at(-1);
    verse = !style && !unit.container && last?.kind === 'block' && last.block.kind === 'paragraph' && isVerseLine(unit.text) ? last : undefined;
  }
  grouper.finish();
  return { ...draft, units, mergedInto };
}

export const structure: PagePass = { name: 'structure', steps: structureSteps, run: (draft) => runSteps(structureSteps(draft)) };
