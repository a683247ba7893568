/**
 * What a re-reading of damaged bytes must show before byte-resync.ts may take it: it reads
 * as text (never invent), it puts no new mark against another, and what it adds over the
 * best reading counts only where the page writes it.
 */
import type { ScoringContext } from '../lm/scoring-context';
import { ANNOTATED_CHARACTER, readingsOf } from './annotator-pattern';
import { differingMiddle } from './differing-middle';
import { findGarbageSpans } from './garbage';
import { isHan } from './han';
import { annotationFits } from './pinyin';

/** The part of a reading that differs from the damaged text, with a character on each side: what a new mark may sit against. */
export function aroundChange(damaged: string, decoded: string): string {
  let start = 0;
  while (start < damaged.length && start < decoded.length && damaged[start] === decoded[start]) start++;
  let end = 0;
  while (end < damaged.length - start && end < decoded.length - start && damaged[damaged.length - 1 - end] === decoded[decoded.length - 1 - end]) end++;
  return decoded.slice(Math.max(0, start - 1), decoded.length - end + 1);
}

/**
 * What a reading's events added counts against the best reading only where the page writes
 * what it has in its place: `因为她的性格` against `因为四性格` on a page full of 她 and 的,
 * not `春鹰战` against the name `春羽`, nor `為过程相的` against `為固相的` on a page that
 * writes 過, never 过. A fluent alternative made of the page's own
 * characters is what a wrong shorter reading loses; one the page never writes is noise.
 */
export function withPageEvidence<Reading extends { decoded: string; added: number }>(reading: Reading, best: Reading | undefined, context: ScoringContext): Reading {
  if (!best || reading === best || reading.added === 0) return reading;
  return writtenOnPage(differingMiddle(best.decoded, reading.decoded).after, context) ? reading : { ...reading, added: 0 };
}

export function writtenOnPage(text: string, context: ScoringContext): boolean {
  return [...text].every((ch) => context.pageCharacters.has(ch));
}

/**
 * Never invent: a reading is taken only when every character of the span is known, what it
 * changed has no garbage and nothing of markup or annotation left (no Latin letter, no
 * full-width letter or digit, no `?`), and a quotation it opens starts with a word: a
 * character alone after its “ (`。“飛責任規定` for `。“法律責任規定`, where a vanished pair
 * took 法律's middle bytes) is what a fluent wrong reading looks like.
 */
export function readsAsText(decoded: string, changed: string, context: ScoringContext): boolean {
  const simplified = context.toSimplified(decoded);
  if ([...simplified].some((ch) => isHan(ch) && !context.model.knows(ch))) return false;
  // The annotator wrote a reading only after a character it fits: one after the span is the span's last character's.
  for (const [, ch = '', readings = ''] of decoded.matchAll(ANNOTATED_CHARACTER())) {
    if (!readingsOf(readings).every((reading) => annotationFits(ch, reading))) return false;
  }
  if (findGarbageSpans(changed, context.model, context.toSimplified).length > 0) return false;
  // A full-width letter or digit is what a comma and the character after it make, read as one pair (`，好` as `Ｃ`, `，你` as `８`).
  if (/[A-Za-zＡ-Ｚａ-ｚ０-９?]/.test(changed)) return false;
  const opened = /[“「（《]/.exec(changed);
  if (!opened) return true;
  const [first, second] = [...context.toSimplified(changed.slice(opened.index + 1) + decoded.slice(decoded.indexOf(changed) + changed.length))];
  return !isHan(first) || context.model.knowsPair(first ?? '', second ?? '');
}

