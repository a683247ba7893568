/**
 * Pass `lost-bytes`: bytes were lost and the rest of a line was read out of step:
 *
 *   。ǘ嫿ê椭C社會要有新作為  is  （二）構建和諧社會要有新作為
 *
 * The page's own 目录/提纲 lists that heading intact, so it is the evidence: an outline
 * entry that surrounds the damaged span with the same text on both sides, and whose GBK
 * bytes contain most of the span's bytes in order (what lost bytes leave behind), replaces
 * the span. Without such evidence, a single lost (or extra) byte is searched for in byte
 * space (only lost: a deletion would always read shorter, and so better) and the
 * re-decodings scored by the character model:
 *
 *   深空J識  is  深刻認識   (c9ee bf|d5 4a d752: the cc of 刻 was lost)
 *
 * A span neither method repairs with a clear margin is flagged, never rewritten.
 */
import type { TextRepair } from '../draft';
import { linePass, type Pass, type PassContext } from '../pass';
import { clearWinner, IMPROVEMENT_BITS } from '../lm/clear-winner';
import { logLikelihood } from '../lm/score';
import { decodeGbkStrict, encodeGbk, FIRST_TRAIL, LAST_TRAIL } from '../text/gbk';
import { differingMiddle } from '../text/differing-middle';
import { PINYIN_LETTERS } from '../text/han';
import { findGarbageSpans } from '../text/garbage';
import { removeAnnotations } from '../text/pasted-readings';

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

/** Characters of context scored on each side of a one-byte repair. */
const SCORE_CONTEXT = 4;

/** Characters before a garbage span that may already be read out of step, yet look ordinary. */
const LEFT_REACH = 8;
const PINYIN_GROUP_OPEN = new RegExp(`\\([${PINYIN_LETTERS}]*$`, 'u');
const PINYIN_GROUP_CLOSE = new RegExp(`^[${PINYIN_LETTERS}]*\\)`, 'u');

/**
 * One byte lost, in the span or in the characters just before it: text read one byte off
 * can look ordinary for a while (服務事項 read as 服帐马棥耙痪W). The character after the
 * region must come out unchanged, proof that the reading is back in step.
 */
function repairOneByte(before: string, damaged: string, after: string, context: PassContext): { region: string; repaired: string } | undefined {
  const left = [...before].slice(-LEFT_REACH).join('');
  const right = [...after][0] ?? '';
  const region = left + damaged + right;
  const bytes = encodeGbk(region);
  if (!bytes || !right) return undefined;
  const leftContext = [...before].slice(-SCORE_CONTEXT - LEFT_REACH, -LEFT_REACH).join('');
  const rightContext = [...after].slice(1, 1 + SCORE_CONTEXT).join('');
  // Annotations the re-reading reveals (一崔k(bàn) is 一次辦(bàn)) are removed later; they do not count here.
  const score = (middle: string): number =>
    logLikelihood(context.toSimplified(removeAnnotations(leftContext + middle + rightContext).text), context.model);
  const readings = new Map<string, number>();
  const consider = (candidate: number[]): void => {
    const decoded = decodeGbkStrict(candidate);
    if (decoded === undefined || !decoded.endsWith(right) || readings.has(decoded)) return;
    // A comma or full stop out of one lost byte is too easy a fit: where more bytes went, it
    // reads well and is wrong (成瑺I造 is 成果，營造, not 成，營造).
    if (/[，。]/.test(differingMiddle(region, decoded).after)) return;
    if (findGarbageSpans(leftContext + decoded + rightContext, context.model, context.toSimplified).length > 0) return;
    readings.set(decoded, score(decoded));
  };
  // A mark in the region may be a full-width pair flattened to ASCII, out of step after the
  // lost byte: `慶;顒拥` is 慶祝活動 once d7 is put back before the a3 bb that read as `；`.
  const flattenedMarks = encodeGbk(fullWidth(region));
  for (const stream of flattenedMarks && flattenedMarks.length !== bytes.length ? [bytes, flattenedMarks] : [bytes]) {
    for (let at = 0; at <= stream.length; at++) {
      for (let byte = FIRST_TRAIL; byte <= LAST_TRAIL; byte++) consider([...stream.slice(0, at), byte, ...stream.slice(at)]);
    }
  }
  const ranked = [...readings].map(([decoded, scored]) => ({ decoded, score: scored }));
  const winner = clearWinner(ranked, { score: score(region), by: IMPROVEMENT_BITS });
  return winner && { region, repaired: winner.decoded };
}

function repairSpans(text: string, outline: readonly string[], context: PassContext): TextRepair {
  const repair: TextRepair = { text, edits: [], flags: [] };
  for (const span of findGarbageSpans(text, context.model, context.toSimplified).reverse()) {
    const chars = [...repair.text];
    const before = chars.slice(0, span.start).join('');
    const damaged = chars.slice(span.start, span.end).join('');
    const after = chars.slice(span.end).join('');
    // Lone decoder ?s were judged by out-of-step-annotation already.
    if (/^\?+$/.test(damaged)) continue;
    // Garbage inside an annotation whose character was misread (一崔k(bàn)): take the whole group.
    const open = PINYIN_GROUP_OPEN.exec(before)?.[0] ?? '';
    const close = PINYIN_GROUP_CLOSE.exec(after)?.[0] ?? '';
    const widened = open && close ? { before: before.slice(0, -open.length), damaged: open + damaged + close, after: after.slice(close.length) } : { before, damaged, after };
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
      continue;
    }
    const oneByte = repairOneByte(widened.before, widened.damaged, widened.after, context);
    if (oneByte) {
      const start = widened.before.length - [...widened.before].slice(-LEFT_REACH).join('').length;
      repair.text = repair.text.slice(0, start) + oneByte.repaired + repair.text.slice(start + oneByte.region.length);
      repair.edits.unshift(differingMiddle(oneByte.region, oneByte.repaired));
    } else {
      repair.flags?.unshift(damaged);
    }
  }
  return repair;
}

export const lostBytes: Pass = linePass(NAME, (draft, context) => {
  const outline = (draft.outlineBlock ?? []).map((entry) => entry.text);
  return (text) => repairSpans(text, outline, context);
});
