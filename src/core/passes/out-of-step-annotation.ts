/**
 * Pass `out-of-step-annotation`: the annotator searched GBK bytes, so a code also matched
 * across a character boundary, and the decoder then ate the annotation's `(`:
 *
 *   認真?zhèn)鬟_  is  認真傳達   (真=d5e6 傳=82f7: e6 82 read as 鎮 zhèn; `82 (` became `?`)
 *   能夠?qū)?dòng)態  is  能夠將動態  (f2 8c read as 驅; a vanished pair hides 84 before d3)
 *
 * Repair in byte space: each `?` + `reading)` stands for one lost byte X (and perhaps a
 * vanished byte pair before it) such that the misread pair has that reading. Candidates are
 * re-decoded from the surrounding bytes and scored by the character model; the best is
 * taken only when it is valid, resynchronises with the following text and wins clearly.
 * Otherwise the span is flagged and left as it is.
 */
import { repairAllText, type Draft, type TextRepair } from '../draft';
import { logLikelihood } from '../lm/score';
import type { Pass, PassContext } from '../pass';
import { bytesOfChar, charOfPair, decodeGbkStrict, encodeGbk, FIRST_LEAD, FIRST_TRAIL, isLeadByte, LAST_LEAD, LAST_TRAIL } from '../text/gbk';
import { isHan, PINYIN_LETTERS } from '../text/han';
import { annotationFits } from '../text/pinyin';
import { charactersReading } from '../text/reading-index';

const NAME = 'out-of-step-annotation';
const SITE = new RegExp(`\\?([${PINYIN_LETTERS}]{1,7})\\)`, 'gu');
/**
 * Sites this close together are repaired as one span: between them the text may still be
 * read one byte out of step (咨詢?nèi)绾纬蔀榇河鹱髡哒?qǐng)聯(lián)系 is 咨詢如何成為春雨作者請聯系).
 */
const MAX_GAP = 24;
const LEFT_CONTEXT = 6;
const RIGHT_CONTEXT = 10;
/** Characters after the span that must come out unchanged: proof of resynchronisation. */
const RESYNC_CHARS = 2;
const BEAM_WIDTH = 48;
/** The winner must beat the runner-up by this many bits. */
const MARGIN_BITS = 3;
/** Prior cost of assuming a byte pair vanished: a repair that needs fewer such events is likelier. */
const VANISHED_PAIR_BITS = 6;

interface Site {
  start: number;
  end: number;
  reading: string;
}

interface Cluster {
  sites: Site[];
  start: number;
  end: number;
}

function findClusters(text: string): Cluster[] {
  const clusters: Cluster[] = [];
  for (const match of text.matchAll(SITE)) {
    const site = { start: match.index, end: match.index + match[0].length, reading: match[1] ?? '' };
    const last = clusters.at(-1);
    if (last && site.start - last.end <= MAX_GAP) {
      last.sites.push(site);
      last.end = site.end;
    } else {
      clusters.push({ sites: [site], start: site.start, end: site.end });
    }
  }
  return clusters;
}

/**
 * Byte sequences one site may stand for, given the byte before it:
 *   [X]          the misread pair is (previous byte, X);
 *   [V1, V2, X]  a pair V1 V2 with no character vanished first, and (V2, X) is misread.
 */
function holeOptions(previousByte: number | undefined, reading: string): number[][] {
  const options: number[][] = [];
  if (previousByte !== undefined && isLeadByte(previousByte)) {
    for (let x = FIRST_TRAIL; x <= LAST_TRAIL; x++) {
      const ch = charOfPair(previousByte, x);
      if (ch && isHan(ch) && annotationFits(ch, reading)) options.push([x]);
    }
  }
  for (const ch of charactersReading(reading)) {
    const [v2, x] = bytesOfChar(ch) ?? [];
    if (v2 === undefined || x === undefined) continue;
    for (let v1 = FIRST_LEAD; v1 <= LAST_LEAD; v1++) if (!charOfPair(v1, v2)) options.push([v1, v2, x]);
  }
  return options;
}

/** Decodes a prefix, allowing it to end inside a character. */
function decodePrefix(bytes: readonly number[]): string | undefined {
  return decodeGbkStrict(bytes) ?? decodeGbkStrict(bytes.slice(0, -1));
}

function encodableTail(text: string, maxChars: number): string {
  const chars = [...text];
  for (let take = Math.min(maxChars, chars.length); take > 0; take--) {
    const tail = chars.slice(chars.length - take).join('');
    if (encodeGbk(tail)) return tail;
  }
  return '';
}

function encodableHead(text: string, maxChars: number): string {
  let head = '';
  for (const ch of [...text].slice(0, maxChars)) {
    if (!encodeGbk(ch) || ch === '?') break;
    head += ch;
  }
  return head;
}

interface Candidate {
  bytes: number[];
  /** Bits of prior cost for vanished pairs assumed so far. */
  prior: number;
  score: number;
}

type ClusterOutcome = { repaired: string; before: string } | { flagged: string };

function repairCluster(text: string, cluster: Cluster, context: PassContext): ClusterOutcome | undefined {
  const left = encodableTail(text.slice(0, cluster.start), LEFT_CONTEXT);
  const right = encodableHead(text.slice(cluster.end), RIGHT_CONTEXT);
  const damaged = text.slice(cluster.start - left.length, cluster.end + right.length);
  if ([...right].length < RESYNC_CHARS) return { flagged: damaged };
  const score = (decoded: string): number => logLikelihood(context.toSimplified(decoded), context.model);

  let beam: Candidate[] = [{ bytes: encodeGbk(left) ?? [], prior: 0, score: 0 }];
  cluster.sites.forEach((site, k) => {
    const next = cluster.sites[k + 1];
    const gap = text.slice(site.end, next ? next.start : site.end);
    const gapBytes = encodeGbk(gap) ?? [];
    const extended: Candidate[] = [];
    for (const candidate of beam) {
      for (const hole of holeOptions(candidate.bytes.at(-1), site.reading)) {
        const bytes = [...candidate.bytes, ...hole, ...gapBytes];
        const decoded = decodePrefix(bytes);
        const prior = candidate.prior + (hole.length > 1 ? VANISHED_PAIR_BITS : 0);
        if (decoded !== undefined) extended.push({ bytes, prior, score: score(decoded) - prior });
      }
    }
    beam = extended.sort((a, b) => b.score - a.score).slice(0, BEAM_WIDTH);
  });

  const rightBytes = encodeGbk(right) ?? [];
  const resync = [...right].slice(-RESYNC_CHARS).join('');
  const finished = beam
    .map((candidate) => {
      const decoded = decodeGbkStrict([...candidate.bytes, ...rightBytes]);
      return decoded !== undefined && decoded.endsWith(resync)
        ? { decoded, score: score(decoded) - candidate.prior }
        : undefined;
    })
    .filter((candidate): candidate is { decoded: string; score: number } => candidate !== undefined)
    .sort((a, b) => b.score - a.score);
  const [best, runnerUp] = finished;
  if (!best) return { flagged: damaged };
  const distinct = finished.find((candidate) => candidate.decoded !== best.decoded);
  const clearWin = !runnerUp || !distinct || best.score - distinct.score >= MARGIN_BITS;
  const plausible = [...best.decoded].every((ch) => !isHan(ch) || context.model.knows(context.toSimplified(ch)));
  return clearWin && plausible ? { repaired: best.decoded, before: damaged } : { flagged: damaged };
}

/** The smallest differing middle of two strings, for a readable change record. */
function differingMiddle(before: string, after: string): { before: string; after: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { before: before.slice(start, before.length - end), after: after.slice(start, after.length - end) };
}

export function repairOutOfStep(text: string, context: PassContext): TextRepair {
  const repair: TextRepair = { text, edits: [], flags: [] };
  for (const cluster of findClusters(text).reverse()) {
    const outcome = repairCluster(repair.text, cluster, context);
    if (!outcome) continue;
    if ('flagged' in outcome) {
      repair.flags?.unshift(outcome.flagged);
      continue;
    }
    const at = repair.text.indexOf(outcome.before, Math.max(0, cluster.start - LEFT_CONTEXT));
    repair.text = repair.text.slice(0, at) + outcome.repaired + repair.text.slice(at + outcome.before.length);
    repair.edits.unshift(differingMiddle(outcome.before, outcome.repaired));
  }
  return repair;
}

export const outOfStepAnnotation: Pass = {
  name: NAME,
  run(draft: Draft, context: PassContext): Draft {
    return repairAllText(draft, NAME, (text) => repairOutOfStep(text, context));
  },
};
