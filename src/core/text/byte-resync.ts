/**
 * Re-reading damaged text in GBK byte space. The decoder that produced these pages ran out
 * of step with the bytes, and what it printed can be turned back into bytes, with a few
 * unknowns, and read again in step:
 *
 *   - `?` + `reading)`: an annotation inserted after a byte pair read across a character
 *     boundary, its `(` eaten with the lost byte X (認真?zhèn)鬟_ is 認真傳達);
 *   - a bare `?`: a lead byte whose pair broke, after which the text is read one byte off
 *     (`?;鶎狱h組織` is `。基層黨組織`);
 *   - ASCII punctuation and letters inside such a span may be full-width pairs (a3 xx)
 *     flattened to ASCII after decoding (`?T谌魏螘r候` is `。在任何時候`: Ｔ = a3 d4).
 *
 * A beam search fills the unknowns, scores each re-decoding with the character model, and
 * keeps a repair only when it decodes cleanly, resynchronises with the text that follows,
 * beats the damaged text by a wide margin and beats every other reading clearly. How far a
 * span's text is still read out of step is out-of-step-run.ts's; what a reading must show
 * to be taken, reading-evidence.ts's.
 */
import { clearWinner, IMPROVEMENT_BITS } from '../lm/clear-winner';
import { pairsOnPage } from '../lm/page-pairs';
import { logLikelihood } from '../lm/score';
import type { ScoringContext } from '../lm/scoring-context';
import { annotationSlot, bareQuestionMarkSlot, characterSlot, vanishedPairSlot, type Slot } from './byte-slots';
import type { Span } from './decoder-markers';
import { differingMiddle } from './differing-middle';
import { decodeGbkPrefix, decodeGbkStrict, encodeGbk } from './gbk';
import { PINYIN_LETTERS } from './han';
import { outOfStepRun, readsInStep } from './out-of-step-run';
import { aroundChange, readsAsText, withPageEvidence, writtenOnPage } from './reading-evidence';

const LEFT_CONTEXT = 6;
const RIGHT_CONTEXT = 10;
const ANNOTATION_AFTER = new RegExp(`^\\([${PINYIN_LETTERS}]{1,7}\\)`, 'u');

const RESYNC_CHARS = 2;
const BEAM_WIDTH = 64;
/** How many of the following characters' bytes are read along when scoring a candidate. */
const LOOKAHEAD_CHARS = 4;
/** Cost of each byte a candidate leaves unreadable (one trailing lead byte is allowed). */
const UNREADABLE_BYTE_BITS = 12;
/**
 * Real damage puts a few markers in a span; a run of hundreds (`認真??????…`) is not a
 * misread to re-read, and searching it would take time that grows with its square: it is
 * flagged as it stands.
 */
const MAX_MARKERS_PER_SPAN = 12;
/** A paragraph ends with a full stop, or a closing quote or bracket right after one. */
const PARAGRAPH_END = /(?:[。！？!…]|[。！？!][”」』）)])$/;
const UNFINISHED_PARAGRAPH_BITS = -6;
/**
 * A reading that opens a quotation and does not close it is the less likely where another
 * closes it (`。“從中央政治局做起”` rather than `…做起。`); the character model cannot
 * count quotes.
 */
const UNCLOSED_QUOTE_BITS = -6;
function opensUnclosedQuote(text: string): boolean {
  let open = 0;
  for (let at = text.indexOf('“'); at !== -1; at = text.indexOf('“', at + 1)) open++;
  for (let at = text.indexOf('”'); at !== -1 && open > 0; at = text.indexOf('”', at + 1)) open--;
  return open > 0;
}
/** What each pair of the page's own words in a reading is worth (lm/page-pairs.ts). */
const PAGE_PAIR_BITS = 4;
/** Chinese never sets two of these marks together: a reading that does is no reading (。。 for 。”, 。, for 。, ,, for ,). */
const DOUBLED_MARK = /[。，、；：,;:][。，、；：,;:.]/;

/** Full-width forms as ASCII, so that `？` and `?` count as the same reading. */
function flattened(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function encodableTail(text: string, maxChars: number): string {
  const chars = [...text];
  let tail = '';
  for (let i = chars.length - 1; i >= 0 && [...tail].length < maxChars; i--) {
    const ch = chars[i] ?? '';
    if (ch === '?' || !encodeGbk(ch)) break;
    tail = ch + tail;
  }
  return tail;
}

function encodableHead(text: string, maxChars: number): string {
  let head = '';
  for (const ch of [...text].slice(0, maxChars)) {
    if (ch === '?' || !encodeGbk(ch)) break;
    head += ch;
  }
  return head;
}

export type SpanOutcome = { kind: 'repaired'; before: string; after: string } | { kind: 'flagged'; text: string } | { kind: 'unchanged' };

/**
 * A reading in the beam. Its bytes are not kept: decoding is greedy from the start, so the
 * text up to the last whole character never changes as bytes are added, and only what
 * follows it (at most one lead byte) is decoded again.
 */
interface Candidate {
  /** The bytes so far decoded up to the last whole character. */
  text: string;
  /** The byte after that (a lead byte waiting for its trail), if any. */
  tail: number[];
  lastByte: number | undefined;
  prior: number;
  /** What ordinary prose would cost of what the reading's events added (see `ByteOption.added`). */
  added: number;
  score: number;
}

/** The candidate with `bytes` after it, or undefined when they cannot decode. */
function extended(candidate: Candidate, bytes: readonly number[], prior: number, added: number): Candidate | undefined {
  const local = candidate.tail.length === 0 ? bytes : candidate.tail.concat(bytes);
  const whole = decodeGbkStrict(local);
  if (whole !== undefined) return { text: candidate.text + whole, tail: [], lastByte: local.at(-1) ?? candidate.lastByte, prior, added, score: 0 };
  const upToLast = decodeGbkStrict(local.slice(0, -1));
  if (upToLast === undefined) return undefined;
  const last = local.at(-1);
  return { text: candidate.text + upToLast, tail: last === undefined ? [] : [last], lastByte: last, prior, added, score: 0 };
}

/**
 * The outcomes found on a page (its context), by everything a search reads: a first
 * screen's lines are cleaned again with the whole page, and a page may repeat a line.
 */
const outcomesOnPage = new WeakMap<ScoringContext, Map<string, SpanOutcome>>();

export function resyncSpan(text: string, span: Span, context: ScoringContext): SpanOutcome {
  const left = encodableTail(text.slice(0, span.start), LEFT_CONTEXT);
  const { run, inStep } = outOfStepRun(text, span.end, context);
  // A bare `?` with prose read in step on both sides stands for itself, or for a character GBK cannot encode (`巴兹?奥尔德林`).
  if (inStep && span.markers.every((marker) => marker.reading === undefined) && readsInStep(left, context)) return { kind: 'unchanged' };
  // A reading the annotator wrote after the character that ends the run tells what that character was: it is read along.
  const afterRun = [...text.slice(span.end)].slice(run + 1).join('');
  const annotation = ANNOTATION_AFTER.exec(afterRun)?.[0].length ?? 0;
  const right = encodableHead(text.slice(span.end), Math.max(RIGHT_CONTEXT, run + 1 + annotation + RESYNC_CHARS));
  const damaged = text.slice(span.start - left.length, span.end + right.length);
  // A paragraph ends with a full stop far more often than with a comma.
  const endsParagraph = span.end + right.length === text.length;
  let outcomes = outcomesOnPage.get(context);
  if (!outcomes) {
    outcomes = new Map();
    outcomesOnPage.set(context, outcomes);
  }
  const key = `${left.length}\u0000${right.length}\u0000${endsParagraph}\u0000${damaged}`;
  let outcome = outcomes.get(key);
  if (!outcome) {
    outcome = searchReadings(text, span, { left, right, run, damaged, endsParagraph }, context);
    outcomes.set(key, outcome);
  }
  return outcome;
}

interface SpanSurroundings {
  /** The encodable text just before the span and just after it, read along. */
  left: string;
  right: string;
  /** How many of `right`'s characters are still read out of step. */
  run: number;
  /** The span with them. */
  damaged: string;
  endsParagraph: boolean;
}

function searchReadings(text: string, span: Span, { left, right, run, damaged, endsParagraph }: SpanSurroundings, context: ScoringContext): SpanOutcome {
  if (span.markers.length > MAX_MARKERS_PER_SPAN) return { kind: 'flagged', text: damaged };
  /** Each slot with the page's own text it stands for; plain characters carry their bytes. */
  const slots: { slot: Slot; plainBytes?: number[]; mayVanish?: true }[] = [];
  let at = span.start;
  const addCharacters = (chars: string, insideSpan: boolean): boolean => {
    for (const ch of chars) {
      const slot = characterSlot(ch);
      const bytes = encodeGbk(ch);
      if (!slot || !bytes) return false;
      if (insideSpan) slots.push({ slot: vanishedPairSlot(slot(undefined, true).map((option) => option.bytes[0] ?? 0), context), mayVanish: true });
      slots.push({ slot, plainBytes: bytes });
    }
    return true;
  };
  for (const marker of span.markers) {
    if (!addCharacters(text.slice(at, marker.start), at > span.start)) return { kind: 'flagged', text: damaged };
    slots.push({ slot: marker.reading === undefined ? bareQuestionMarkSlot : annotationSlot(marker.reading) });
    at = marker.end;
  }
  // A pair may have vanished right before the byte that brings the decoder back in step, too.
  const rightChars = [...right];
  if (!addCharacters(rightChars.slice(0, run + 1).join(''), true)) return { kind: 'flagged', text: damaged };
  addCharacters(rightChars.slice(run + 1).join(''), false);
  /** The bytes of the plain characters after each slot, up to the next marker. */
  const following = slots.map((_, i) => {
    const ahead: number[] = [];
    let chars = 0;
    for (let j = i + 1; j < slots.length && chars < LOOKAHEAD_CHARS; j++) {
      const next = slots[j];
      if (next?.mayVanish) continue;
      if (!next?.plainBytes) break;
      ahead.push(...next.plainBytes);
      chars++;
    }
    return ahead;
  });

  // Not remembered: nearly every reading the search scores is scored once.
  const score = (decoded: string): number => {
    const simplified = context.toSimplified(decoded);
    return (
      logLikelihood(simplified, context.model) +
      pairsOnPage(simplified, context.pagePairs) * PAGE_PAIR_BITS +
      (opensUnclosedQuote(decoded) ? UNCLOSED_QUOTE_BITS : 0) +
      (endsParagraph && !PARAGRAPH_END.test(decoded) ? UNFINISHED_PARAGRAPH_BITS : 0)
    );
  };
  const leftBytes = encodeGbk(left) ?? [];
  let beam: Candidate[] = [{ text: decodeGbkStrict(leftBytes) ?? '', tail: [], lastByte: leftBytes.at(-1), prior: 0, added: 0, score: 0 }];
  slots.forEach(({ slot }, i) => {
    // Many byte choices read the same (every lead byte before a vanishing pair does): only
    // the likeliest of each reading stays, so the beam holds different readings.
    const byReading = new Map<string, Candidate>();
    // What follows reads the same after every candidate with the same dangling byte.
    const aheadAfter = new Map<number | undefined, { text: string; leftover: number }>();
    const aheadOf = (tail: readonly number[]): { text: string; leftover: number } => {
      let ahead = aheadAfter.get(tail[0]);
      if (!ahead) {
        ahead = decodeGbkPrefix(tail.concat(following[i] ?? []));
        aheadAfter.set(tail[0], ahead);
      }
      return ahead;
    };
    for (const candidate of beam) {
      for (const option of slot(candidate.lastByte, candidate.tail.length === 0)) {
        const prior = candidate.prior + option.prior;
        const next = extended(candidate, option.bytes, prior, candidate.added + (option.added ?? 0));
        if (!next) continue;
        // Reading the next few characters along puts every candidate on the same footing,
        // however many bytes its own reading took, and resolves a dangling lead byte.
        const ahead = aheadOf(next.tail);
        const aheadText = next.text + ahead.text;
        const key = `${aheadText}\u0000${ahead.leftover}\u0000${next.lastByte ?? ''}`;
        const known = byReading.get(key);
        if (known && known.prior <= prior) continue;
        const unreadable = Math.max(0, ahead.leftover - 1) * UNREADABLE_BYTE_BITS;
        next.score = score(aheadText) - unreadable - prior;
        byReading.set(key, next);
      }
    }
    beam = [...byReading.values()].sort((a, b) => b.score - a.score).slice(0, BEAM_WIDTH);
  });

  const resync = [...right].slice(-RESYNC_CHARS).join('');
  const readings = new Map<string, { decoded: string; score: number; added: number }>();
  for (const candidate of beam) {
    const decoded = candidate.tail.length === 0 ? candidate.text : undefined;
    if (decoded === undefined || !decoded.endsWith(resync)) continue;
    // Readings that differ only in script (曾經, 曾经: a vanished pair took the byte between) are one reading.
    const key = flattened(context.toSimplified(decoded));
    const scored = { decoded, score: score(decoded) - candidate.prior, added: candidate.added };
    const known = readings.get(key);
    if (!known || known.score < scored.score || (known.score === scored.score && writtenOnPage(decoded, context) && !writtenOnPage(known.decoded, context))) readings.set(key, scored);
  }
  // A reading that does not read as text is no reading: it neither wins nor stands in the way.
  const ranked = [...readings.values()]
    .filter(({ decoded }) => !DOUBLED_MARK.test(aroundChange(damaged, decoded)) && readsAsText(decoded, differingMiddle(damaged, decoded).after, context))
    .sort((a, b) => b.score - a.score);
  const [best] = ranked;
  if (best && flattened(context.toSimplified(best.decoded)) === flattened(context.toSimplified(damaged))) return { kind: 'unchanged' };
  const winner = clearWinner(ranked.map((reading) => withPageEvidence(reading, best, context)), { score: score(damaged), by: IMPROVEMENT_BITS });
  return winner ? { kind: 'repaired', before: damaged, after: winner.decoded } : { kind: 'flagged', text: damaged };
}
