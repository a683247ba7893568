/**
 * Where a span's text is still read out of step after its last mark, for byte-resync.ts:
 * how far the run goes, and whether it reads as prose in step after all, so that a `?`
 * standing for itself is not searched.
 */
import { logLikelihood } from '../lm/score';
import type { ScoringContext } from '../lm/scoring-context';
import { isHan } from './han';

/**
 * After its last mark the decoder reads on out of step until the next ASCII byte, which it
 * reads in step again (`?yàn)橐还锏木嚯x` is 因為一公里的距離: x is 離's trail): a byte pair
 * may have vanished anywhere in that run, as between the marks. Right after a bare `?` an
 * ASCII mark amid Han is the full-width pair a broken 。 leaves, flattened (`?;仡欀` is
 * 。回顧), and the run goes on through it; further on an ASCII character ends the run, and
 * the search reads it both ways. Runs are searched this far at most.
 */
const MAX_OUT_OF_STEP_RUN = 16;

/**
 * Text read out of step is a run of rare characters, −16 bits and less a character under the
 * model (`樗男愿癖容`, `仡欀袊伯`); text after a `?` that stands for a character GBK cannot
 * encode reads as prose, −8 to −11 (`巴兹?奥尔德林`, `戴夫?汉森这样的专家`), and is not
 * searched as a run: a run's search is the costliest of all.
 */
const OUT_OF_STEP_MEAN_BITS = -13;
/** Characters of a run that tell whether it is read out of step: no fewer, no more. */
const MIN_RUN_SAMPLE_CHARS = 3;
const RUN_SAMPLE_CHARS = 6;

/** Rarer than this (log2 unigram), a character is what a misread pair gives (`皬闹醒胝`), not prose. */
const RARE_CHARACTER_BITS = -16;

/** The text reads as prose on average; names written in rare characters (`斯蒂芬妮`) too. */
export function readsInStep(text: string, context: ScoringContext): boolean {
  const simplified = context.toSimplified(text);
  const length = [...simplified].length;
  return length > 0 && logLikelihood(simplified, context.model) / length > OUT_OF_STEP_MEAN_BITS;
}

/** How many characters after `from` may still be read out of step, and whether they read in step after all. */
export function outOfStepRun(text: string, from: number, context: ScoringContext): { run: number; inStep: boolean } {
  const chars = [...text.slice(from, from + MAX_OUT_OF_STEP_RUN + 1)];
  const flattenedFirst = text[from - 1] === '?' && isHan(chars[1]) ? 1 : 0;
  const end = chars.findIndex((ch, i) => i >= flattenedFirst && ch.charCodeAt(0) < 0x80);
  const run = end < 0 ? Math.min(chars.length, MAX_OUT_OF_STEP_RUN) : end;
  // Right after the `?` Han, not a mark or a letter the lead byte's pair left (`?!皬闹`, `?h委`).
  const sample = isHan(chars[0]) ? chars.slice(0, Math.min(run, RUN_SAMPLE_CHARS)) : [];
  const rare = sample.some((ch) => isHan(ch) && context.model.unigramLog2(context.toSimplified(ch)) < RARE_CHARACTER_BITS);
  const inStep = sample.length >= MIN_RUN_SAMPLE_CHARS && !rare && readsInStep(sample.join(''), context);
  return { run, inStep };
}
