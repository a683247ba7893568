/**
 * What the bytes behind each piece of a damaged span may have been, for byte-resync.ts's
 * search: each slot offers byte sequences, with the prior cost (bits) of the event each
 * assumes. An annotation marker stands for the byte the decoder ate; a bare `?` for itself,
 * a flattened full-width ？ or a broken lead byte; a plain character for its own bytes, or
 * its full-width form flattened to ASCII; and between characters read out of step, a byte
 * pair may have vanished.
 */
import { ORDINARY_CHARACTER_BITS, ORDINARY_MARK_BITS } from '../lm/clear-winner';
import type { ScoringContext } from '../lm/scoring-context';
import { bytesOfChar, charOfPair, encodeGbk, FIRST_LEAD, FIRST_TRAIL, isLeadByte, LAST_LEAD, LAST_TRAIL } from './gbk';
import { isHan } from './han';
import { annotationFits } from './pinyin';
import { charactersReading } from './reading-index';

/** Prior costs (bits) of the events a reading assumes. */
const PRIOR = { vanishedPair: 3, brokenLead: 2, flattenedFullWidth: 1, eatenMark: 1 };
const FULL_WIDTH_LEAD = 0xa3;

export interface ByteOption {
  bytes: number[];
  prior: number;
  /** What ordinary prose would cost of what the option adds that the text shows no trace of: a vanished pair's character, an eaten mark. */
  added?: number;
}

/** `inStep`: the candidate's bytes so far decode whole, with no lead byte waiting for its trail. */
export type Slot = (previousByte: number | undefined, inStep: boolean) => ByteOption[];

/**
 * Byte sequences an annotation marker may stand for, given the byte before it:
 *   [X]          the misread pair is (previous byte, X);
 *   [V1, V2, X]  a pair V1 V2 with no character vanished first, and (V2, X) is misread.
 */
export function annotationSlot(reading: string): Slot {
  // Every candidate in the beam asks again, mostly with the same previous byte.
  const optionsAfter = new Map<number | undefined, ByteOption[]>();
  return (previousByte) => {
    const known = optionsAfter.get(previousByte);
    if (known) return known;
    const options: ByteOption[] = [];
    optionsAfter.set(previousByte, options);
    if (previousByte !== undefined && isLeadByte(previousByte)) {
      for (let x = FIRST_TRAIL; x <= LAST_TRAIL; x++) {
        const ch = charOfPair(previousByte, x);
        if (ch && isHan(ch) && annotationFits(ch, reading)) options.push({ bytes: [x], prior: 0 });
      }
    }
    for (const ch of charactersReading(reading)) {
      const [v2, x] = bytesOfChar(ch) ?? [];
      if (v2 === undefined || x === undefined) continue;
      for (let v1 = FIRST_LEAD; v1 <= LAST_LEAD; v1++) {
        if (!charOfPair(v1, v2)) options.push({ bytes: [v1, v2, x], prior: PRIOR.vanishedPair, added: ORDINARY_CHARACTER_BITS });
      }
    }
    return options;
  };
}

/**
 * ASCII bytes a lead byte can have eaten where the text shows a bare `?`: a mark of the
 * text itself (`分攤,從而` read as `分?jǐn)?從而`: 82 + `,` became `?`), or a line break the
 * text no longer shows (`共同體。` broken by a line break inside 。), which leaves nothing.
 */
const EATEN_MARKS = [0x2c, 0x2e, 0x3b, 0x3a, 0x20];

/**
 * A bare `?`: itself, a flattened full-width ？, or a lead byte whose pair broke, with the
 * byte it ate: a reading must keep the mark the bytes account for.
 */
export const bareQuestionMarkSlot: Slot = () => {
  const options: ByteOption[] = [
    { bytes: [0x3f], prior: 0 },
    { bytes: [FULL_WIDTH_LEAD, 0xbf], prior: PRIOR.flattenedFullWidth },
  ];
  for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
    options.push({ bytes: [lead], prior: PRIOR.brokenLead });
    for (const mark of EATEN_MARKS) options.push({ bytes: [lead, mark], prior: PRIOR.brokenLead + PRIOR.eatenMark, added: ORDINARY_MARK_BITS });
  }
  return options;
};

/** How many vanished pairs, the likeliest by the characters they complete, a slot offers. */
const VANISHED_PAIR_CHOICES = 100;

/**
 * Before a character read out of step: nothing, or a byte pair that vanished. Out of step
 * the decoder pairs each trail byte with the next lead, and a pair it has no character for
 * vanishes without a trace (`胺∅韶` in `?!胺韶熑我` is `。“法律責任`: a8 c2 went). Read in
 * step, the pair's first byte ends the character whose lead dangles and its second begins
 * the next one: both must make known characters, and together none (GBK's unmapped pairs
 * are few, so there are few such pairs to try).
 */
export function vanishedPairSlot(nextFirstBytes: readonly number[], context: ScoringContext): Slot {
  const optionsAfter = new Map<number, ByteOption[]>();
  const none: ByteOption[] = [{ bytes: [], prior: 0 }];
  const likelihood = (ch: string): number | undefined => {
    if (!isHan(ch)) return undefined;
    const simplified = context.toSimplified(ch);
    return context.model.knows(simplified) ? context.model.unigramLog2(simplified) : undefined;
  };
  return (previousByte, inStep) => {
    // Only out of step: the candidate ends with a lead byte waiting for its trail.
    if (previousByte === undefined || !isLeadByte(previousByte) || inStep) return none;
    const known = optionsAfter.get(previousByte);
    if (known) return known;
    const pairs: { bytes: number[]; score: number }[] = [];
    for (let first = FIRST_LEAD; first <= LAST_TRAIL; first++) {
      const ending = likelihood(charOfPair(previousByte, first));
      if (ending === undefined) continue;
      for (let second = FIRST_LEAD; second <= LAST_LEAD; second++) {
        if (charOfPair(first, second)) continue;
        const beginnings = nextFirstBytes.map((next) => likelihood(charOfPair(second, next))).filter((value) => value !== undefined);
        if (beginnings.length > 0) pairs.push({ bytes: [first, second], score: ending + Math.max(...beginnings) });
      }
    }
    pairs.sort((a, b) => b.score - a.score);
    const options: ByteOption[] = [...none, ...pairs.slice(0, VANISHED_PAIR_CHOICES).map((pair) => ({ bytes: pair.bytes, prior: PRIOR.vanishedPair, added: ORDINARY_CHARACTER_BITS }))];
    optionsAfter.set(previousByte, options);
    return options;
  };
}

export function characterSlot(ch: string): Slot | undefined {
  const bytes = encodeGbk(ch);
  if (!bytes) return undefined;
  const code = ch.charCodeAt(0);
  const options: ByteOption[] = [{ bytes, prior: 0 }];
  if (code > 0x20 && code < 0x7f) options.push({ bytes: [FULL_WIDTH_LEAD, code + 0x80], prior: PRIOR.flattenedFullWidth });
  return () => options;
}
