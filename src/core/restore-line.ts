/**
 * A line the cleaning dropped as the site's, brought back by the reader where it stood: a
 * paragraph at its place, its record gone from the changes, and every index after it moved
 * on by one. The judgement of a line is a guess the reader may overrule.
 */
import type { CleanDocument } from './model';

export function restoreLine(document: CleanDocument, changeIndex: number): CleanDocument {
  const dropped = document.changes[changeIndex]?.line;
  if (!dropped) return document;
  const at = dropped.at;
  const moved = (block: number): number => (block >= at ? block + 1 : block);
  return {
    ...document,
    blocks: [...document.blocks.slice(0, at), { kind: 'paragraph', text: dropped.text }, ...document.blocks.slice(at)],
    outline: document.outline.map((entry) => (entry.block === undefined ? entry : { ...entry, block: moved(entry.block) })),
    changes: document.changes.flatMap((change, i) => {
      if (i === changeIndex) return [];
      const block = change.block === undefined ? {} : { block: moved(change.block) };
      // A line dropped after this one, at the same place, now stands after it.
      const line = change.line ? { line: { ...change.line, at: change.line.at > at || (change.line.at === at && i > changeIndex) ? change.line.at + 1 : change.line.at } } : {};
      return [{ ...change, ...block, ...line }];
    }),
    flags: document.flags.map((flag) => (flag.block === undefined ? flag : { ...flag, block: moved(flag.block) })),
  };
}
