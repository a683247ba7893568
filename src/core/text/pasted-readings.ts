/**
 * Readings pasted after characters, `區(qū)委` → `區委`, removed where each fits its
 * character. Whether a page was annotated at all is the pass's question
 * (passes/pinyin-annotation.ts); the byte repairs ask this too, to score a span's context
 * without its readings.
 */
import { replaceRecorded, type TextRepair } from '../draft';
import { ANNOTATED_CHARACTER, readingsOf } from './annotator-pattern';
import { annotationFits } from './pinyin';

/** `fits`: whether a reading fits its character; by default any reading the table gives it. */
export function removeAnnotations(text: string, fits: (ch: string, reading: string) => boolean = annotationFits): TextRepair {
  return replaceRecorded(text, ANNOTATED_CHARACTER(), (match) => {
    const ch = match[1] ?? '';
    return readingsOf(match[2] ?? '').every((reading) => fits(ch, reading)) ? ch : match[0];
  });
}
