/**
 * Pass `lost-bytes`: bytes were lost and the rest of a line was read out of step:
 *
 *   。ǘ嫿ê椭C社會要有新作為  is  （二）構建和諧社會要有新作為
 *
 * The page's own 目录/提纲 lists that heading intact, so it is the evidence: an outline
 * entry that surrounds the damaged span with the same text on both sides, and whose GBK
 * bytes contain most of the span's bytes in order (what lost bytes leave behind), replaces
 * the span. A span with no such evidence is flagged, never rewritten.
 */
import type { Draft, TextRepair } from '../draft';
import { repairAllText } from '../draft';
import type { Pass, PassContext } from '../pass';
import { encodeGbk } from '../text/gbk';
import { findGarbageSpans } from '../text/garbage';

const NAME = 'lost-bytes';
/** Characters of clean text on each side that must match the outline entry. */
const ANCHOR_CHARS = 4;
/** Share of the damaged span's bytes that must survive, in order, in the replacement. */
const MIN_BYTE_OVERLAP = 0.7;
/** Lost bytes are few: the replacement may be at most this many bytes longer or shorter. */
const MAX_BYTE_DIFFERENCE = 10;

function longestCommonSubsequence(a: readonly number[], b: readonly number[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    b.forEach((y, j) => row.push(x === y ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0)));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The text as the page had it before full-width punctuation was flattened to ASCII. */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) => (/[A-Za-z0-9]/.test(ch) ? ch : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}

function byteOverlap(damaged: string, replacement: string): number {
  const damagedBytes = encodeGbk(damaged.replace(/[?\uFFFD]/g, '')) ?? [];
  const options = [replacement, fullWidth(replacement)].map((text) => encodeGbk(text) ?? []);
  return Math.max(
    ...options.map((bytes) =>
      Math.abs(bytes.length - damagedBytes.length) > MAX_BYTE_DIFFERENCE || damagedBytes.length === 0
        ? 0
        : longestCommonSubsequence(damagedBytes, bytes) / damagedBytes.length,
    ),
  );
}

/** The part of `entry` between the clean text before and after the span, if both anchor there. */
function replacementFrom(entry: string, before: string, after: string): string | undefined {
  const head = after.replace(/[。.]$/, '').slice(0, ANCHOR_CHARS);
  const tail = before.slice(-ANCHOR_CHARS);
  if (head.length < 2) return undefined;
  const end = entry.indexOf(head);
  if (end < 0) return undefined;
  if (!tail) return entry.slice(0, end);
  const start = entry.lastIndexOf(tail, end - tail.length);
  return start < 0 ? undefined : entry.slice(start + tail.length, end);
}

function repairFromOutline(text: string, outline: readonly string[], context: PassContext): TextRepair {
  const repair: TextRepair = { text, edits: [], flags: [] };
  for (const span of findGarbageSpans(text, context.model, context.toSimplified).reverse()) {
    const chars = [...repair.text];
    const before = chars.slice(0, span.start).join('');
    const damaged = chars.slice(span.start, span.end).join('');
    const after = chars.slice(span.end).join('');
    const scored = outline
      .map((entry) => replacementFrom(entry, before, after))
      .filter((candidate): candidate is string => candidate !== undefined && candidate !== damaged)
      .map((candidate) => ({ candidate, overlap: byteOverlap(damaged, candidate) }))
      .sort((a, b) => b.overlap - a.overlap);
    const best = scored[0];
    if (best && best.overlap >= MIN_BYTE_OVERLAP) {
      const replacement = byteOverlap(damaged, fullWidth(best.candidate)) >= best.overlap ? fullWidth(best.candidate) : best.candidate;
      repair.text = before + replacement + after;
      repair.edits.unshift({ before: damaged, after: replacement });
    } else {
      repair.flags?.unshift(damaged);
    }
  }
  return repair;
}

export const lostBytes: Pass = {
  name: NAME,
  run(draft: Draft, context: PassContext): Draft {
    const outline = (draft.outlineBlock ?? []).map((entry) => entry.text);
    return repairAllText(draft, NAME, (text) => repairFromOutline(text, outline, context), { outline: false });
  },
};
