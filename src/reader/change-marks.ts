/**
 * Where the recorded changes and flags sit in each block's text, for "show changes":
 * every repair is found by its `after` text (successive occurrences for repeated ones),
 * every flag by its own text, a flag before the changes inside it. Removals (nothing after)
 * have no place to mark; they are counted in the summary.
 */
import type { CleanDocument } from '../core';

export interface Mark {
  start: number;
  end: number;
  kind: 'change' | 'flag';
  pass: string;
  /** What the page had there, for a change. */
  original?: string;
}

export function marksByBlock(document: CleanDocument): Map<number, Mark[]> {
  const marks = new Map<number, Mark[]>();
  const cursors = new Map<string, number>();
  const place = (block: number, text: string, mark: Omit<Mark, 'start' | 'end'>): void => {
    const target = document.blocks[block];
    // Marks sit in running text: a list's or a table's words are shown without them.
    if (!text || !target || !('text' in target)) return;
    const key = `${block}\u0000${text}`;
    const start = target.text.indexOf(text, cursors.get(key) ?? 0);
    if (start < 0) return;
    cursors.set(key, start + text.length);
    const list = marks.get(block) ?? [];
    const end = start + text.length;
    if (list.some((other) => start < other.end && other.start < end)) return;
    list.push({ ...mark, start, end });
    marks.set(block, list);
  };
  // A doubtful span first: what it holds (a comma widened in it) is not worth hiding the doubt for.
  for (const flag of document.flags) {
    if (flag.block !== undefined) place(flag.block, flag.text, { kind: 'flag', pass: flag.kind });
  }
  for (const change of document.changes) {
    if (change.block !== undefined) place(change.block, change.after, { kind: 'change', pass: change.pass, original: change.before });
  }
  for (const list of marks.values()) list.sort((a, b) => a.start - b.start);
  return marks;
}

/** Changes counted by pass, most first. */
export function changeCounts(document: CleanDocument): [string, number][] {
  const counts = new Map<string, number>();
  for (const change of document.changes) counts.set(change.pass, (counts.get(change.pass) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
