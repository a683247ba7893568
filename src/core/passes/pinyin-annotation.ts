/**
 * Pass `pinyin-annotation`: an annotator pasted the reading after every occurrence of a
 * set of characters, `區(qū)委` `發(fā)揮`, or stacked toneless ones, `會(hui)(hui)`.
 * The reading is dropped only when it fits the character (any of its readings), so a real
 * parenthesis after a Han character stays.
 */
import { replaceRecorded } from '../draft';
import { linePass, type Pass } from '../pass';
import { HAN, PINYIN_LETTERS } from '../text/han';
import { annotationFits } from '../text/pinyin';

const NAME = 'pinyin-annotation';
const ANNOTATED = new RegExp(`(${HAN})((?:\\([${PINYIN_LETTERS}]{1,7}\\))+)`, 'gu');

export function removeAnnotations(text: string): ReturnType<typeof replaceRecorded> {
  return replaceRecorded(text, ANNOTATED, (match) => {
    const ch = match[1] ?? '';
    const readings = [...(match[2] ?? '').matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    return readings.every((reading) => annotationFits(ch, reading)) ? ch : match[0];
  });
}

export const pinyinAnnotation: Pass = linePass(NAME, () => removeAnnotations, { title: true });
