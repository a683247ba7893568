/**
 * Pass `pinyin-annotation`: an annotator pasted the reading after every occurrence of a
 * set of characters, `區(qū)委` `發(fā)揮`, or stacked toneless ones, `會(hui)(hui)`, with a
 * stray space `會(huì )` or full-width brackets `會（huì）`.
 *
 * A reading is dropped only when it fits its character (any of its readings), and only on
 * a page whose annotations make the annotator's pattern (text/annotator-pattern.ts): a
 * pinyin reader, a dictionary entry `行(háng)` or a real parenthesis keeps its text.
 */
import type { Draft, TextRepair } from '../draft';
import { pageLinePass, type PagePass } from '../pass';
import { annotationPattern, isAnnotatorPattern } from '../text/annotator-pattern';
import { PATTERN_SAMPLE_CHARS } from '../text/page-sample';
import { removeAnnotations } from '../text/pasted-readings';
import { annotationFits } from '../text/pinyin';

const NAME = 'pinyin-annotation';

const keep = (text: string): TextRepair => ({ text, edits: [] });

/**
 * The annotator's damage is told by the whole page's pattern, not by one annotation. A
 * second run, after the byte repairs revealed a few more, goes by what the first one saw.
 */
function annotatorWorkedOn(draft: Draft): boolean {
  if (draft.changes.some((change) => change.pass === NAME)) return true;
  let text = draft.title;
  for (const unit of draft.units) {
    if (text.length >= PATTERN_SAMPLE_CHARS) break;
    if (unit.kind === 'line') text += `\n${unit.text}`;
  }
  return isAnnotatorPattern(annotationPattern(text.slice(0, PATTERN_SAMPLE_CHARS), annotationFits), 1);
}

export const pinyinAnnotation: PagePass = pageLinePass(NAME, (draft) => (annotatorWorkedOn(draft) ? removeAnnotations : keep), { title: true });
