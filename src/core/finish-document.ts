/**
 * The draft, once every pass has run, as the document model: its blocks in order, the
 * outline, and each change and flag pointing at the block it happened in; a dropped line
 * where it stood, with its text as it would read there.
 */
import type { Draft, DraftChange } from './draft';
import type { Block, Change, CleanDocument, Flag } from './model';
import { buildOutline } from './outline';
import { findIgnoringMarks } from './text/loose-match';
import { removeAnnotations } from './text/pasted-readings';

/** How many changes `finishSteps` records between two yields: a huge page makes over a hundred thousand. */
const CHANGES_PER_STEP = 5_000;

export function* finishSteps(draft: Draft, detected: boolean, script: CleanDocument['script']): Generator<void, CleanDocument> {
  const blocks: Block[] = [];
  const blockOfUnit = new Map<number, number>();
  for (const unit of draft.units) {
    if (unit.kind !== 'block') continue;
    blockOfUnit.set(unit.id, blocks.length);
    blocks.push(unit.block);
  }
  const blockOf = (at: DraftChange['at']): number | undefined => {
    if (typeof at !== 'number') return undefined;
    let id = at;
    while (draft.mergedInto.has(id)) id = draft.mergedInto.get(id) ?? id;
    return blockOfUnit.get(id);
  };
  // A dropped line stands after the unit it followed, or, where that one was dropped too, after what that one followed.
  const droppedAfter = new Map<number, number | undefined>();
  for (const change of draft.changes) if (change.line && typeof change.at === 'number') droppedAfter.set(change.at, change.line.after);
  const placeAfter = (unit: number | undefined): number => {
    for (let id = unit, hops = 0; id !== undefined && hops <= droppedAfter.size; hops++) {
      const block = blockOf(id);
      if (block !== undefined) return block + 1;
      id = droppedAfter.get(id);
    }
    return 0;
  };
  yield;
  const outline = buildOutline(blocks, draft.outlineBlock?.map((entry) => entry.text));
  const changes: Change[] = [];
  for (const [i, { pass, before, after, at, line }] of draft.changes.entries()) {
    if (i % CHANGES_PER_STEP === 0) yield;
    const block = blockOf(at);
    // Object literals, not `{ ...rest }`: faster, for the hundred thousand changes of a huge page.
    if (line) changes.push({ pass, before, after, line: { role: line.role, at: placeAfter(line.after), text: removeAnnotations(before).text } });
    else changes.push(block === undefined ? { pass, before, after } : { pass, before, after, block });
  }
  yield;
  const flags = placedFlags(
    draft.flags.map(({ kind, text, at }): Flag => {
      const block = blockOf(at);
      return block === undefined ? { kind, text } : { kind, text, block };
    }),
    blocks,
  );
  return { detected, title: draft.title, script, blocks, outline, changes, flags };
}

/**
 * Each flag as its block reads in the end, so that the reader finds it there: a pass that
 * flagged a span saw it before its marks were widened. A flag inside another one of the same
 * block (a lost-bytes piece of a span the byte re-reading flagged whole) says nothing more.
 */
function placedFlags(flags: readonly Flag[], blocks: readonly Block[]): Flag[] {
  const placedInBlock = new Map<number, { start: number; end: number }[]>();
  const placed = flags.map((flag) => {
    const target = flag.block === undefined ? undefined : blocks[flag.block];
    if (flag.block === undefined || !target || !('text' in target)) return { flag };
    const found = findIgnoringMarks(target.text, flag.text);
    if (!found) return { flag };
    const inBlock = placedInBlock.get(flag.block) ?? [];
    inBlock.push(found);
    placedInBlock.set(flag.block, inBlock);
    return { flag: { ...flag, text: target.text.slice(found.start, found.end) }, found };
  });
  // Inside a longer one; two flags of the same text stand for two places and both stay.
  const insideAnother = (block: number | undefined, found: { start: number; end: number }): boolean =>
    (placedInBlock.get(block ?? -1) ?? []).some((other) => other.start <= found.start && found.end <= other.end && other.end - other.start > found.end - found.start);
  return placed.filter(({ flag, found }) => !found || !insideAnother(flag.block, found)).map(({ flag }) => flag);
}
