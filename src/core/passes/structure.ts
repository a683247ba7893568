/**
 * Pass `structure`: lines become headings and paragraphs, and the lines of a list, a data
 * table, a quote or a `<pre>` become that block (grouped-lines.ts). A numbered short line is a
 * heading, its level the rank of its numbering style among the styles the document uses
 * (一、 → 1, （一） → 2, …). A short line the page itself set as `<h2>`…`<h6>` is a heading
 * too, numbered or not (modern layouts: `<h2>基本情况</h2>`), its level from the tag when
 * it has no numbering. Everything else is a paragraph; a line the repairs emptied (a
 * watermark alone on its line) is no block at all, its removal already recorded.
 */
import type { Draft, DraftUnit } from '../draft';
import { finalSpans } from '../inline-spans';
import { LineGrouper } from '../grouped-lines';
import type { PagePass } from '../pass';
import { runSteps } from '../slices';
import { isShortHeading, isStandaloneHeading, levelsInUse, numberingStyle } from '../text/numbering';

function* structureSteps(draft: Draft): Generator<void, Draft> {
  const texts = [
    ...draft.units.flatMap((unit) => (unit.kind === 'line' ? [unit.text] : [])),
    ...(draft.outlineBlock ?? []).map((entry) => entry.text),
  ];
  const levels = levelsInUse(texts);
  const units: DraftUnit[] = [];
  const mergedInto = new Map(draft.mergedInto);
  const grouper = new LineGrouper(units, mergedInto);
  for (const unit of draft.units) {
    yield;
    if (unit.kind !== 'line') {
      units.push(unit);
      continue;
    }
    if ((!unit.text.trim() && !unit.cellPictures) || grouper.add(unit)) continue;
    const style = numberingStyle(unit.text);
    if (unit.container?.kind === 'quote') {
      units.push({ id: unit.id, kind: 'block', block: { kind: 'quote', text: unit.text, ...finalSpans(unit) } });
    } else if (style && isStandaloneHeading(unit.text)) {
      units.push({ id: unit.id, kind: 'block', block: { kind: 'heading', level: levels.get(style) ?? 1, text: unit.text } });
    } else if (unit.headingTag && isShortHeading(unit.text)) {
      const level = style ? (levels.get(style) ?? 1) : unit.headingTag - 1;
      units.push({ id: unit.id, kind: 'block', block: { kind: 'heading', level, text: unit.text } });
    } else {
      units.push({ id: unit.id, kind: 'block', block: { kind: 'paragraph', text: unit.text, ...finalSpans(unit) } });
    }
  }
  grouper.finish();
  return { ...draft, units, mergedInto };
}

export const structure: PagePass = { name: 'structure', steps: structureSteps, run: (draft) => runSteps(structureSteps(draft)) };
