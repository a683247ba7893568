/**
 * Pass `pinyin-annotation`: an annotator pasted the reading after every occurrence of a
 * set of characters, `區(qū)委` `發(fā)揮`, or stacked toneless ones, `會(hui)(hui)`, with a
 * stray space `會(huì )` or full-width brackets `會（huì）`.
 *
 * A reading is dropped only when it fits its character (any of its readings, or one the
 * page's annotator gives it again and again in another tone: `績(jī)`), and only on
 * a page whose annotations make the annotator's pattern (text/annotator-pattern.ts): a
 * pinyin reader, a dictionary entry `行(háng)` or a real parenthesis keeps its text.
 */
import type { Draft, TextRepair } from '../draft';
import { pageLinePass, type PagePass } from '../pass';
import { ANNOTATED_CHARACTER, annotationPattern, isAnnotatorPattern, readingsOf } from '../text/annotator-pattern';
import { PATTERN_SAMPLE_CHARS } from '../text/page-sample';
import { removeAnnotations } from '../text/pasted-readings';
import { annotationFits, toneless } from '../text/pinyin';

const NAME = 'pinyin-annotation';

const keep = (text: string): TextRepair => ({ text, edits: [] });

function pageSample(draft: Draft): string {
  let text = draft.title;
  for (const unit of draft.units) {
    if (text.length >= PATTERN_SAMPLE_CHARS) break;
    if (unit.kind === 'line') text += `\n${unit.text}`;
  }
  return text.slice(0, PATTERN_SAMPLE_CHARS);
}

/**
 * The annotator's damage is told by the whole page's pattern, not by one annotation. A
 * second run, after the byte repairs revealed a few more, goes by what the first one saw.
 */
function annotatorWorkedOn(draft: Draft, sample: string): boolean {
  return draft.changes.some((change) => change.pass === NAME) || isAnnotatorPattern(annotationPattern(sample, annotationFits), 1);
}

/** The annotator's table gave a character one reading, wherever it stands: this often it is its table's, not chance. */
const MIN_TABLE_REPEATS = 2;

/**
 * Readings the annotator's table gives in a tone the readings table lacks: the tone a
 * character has in Taiwan (`績(jī)`, where the Mainland reads jì). The same character with
 * the same reading again and again is the table's; once, it may be a reading of another
 * character whose bytes were misread (`認真(zhèn)`), and its tone still counts.
 */
function tableReadings(sample: string): Set<string> {
  const seen = new Map<string, number>();
  for (const [, ch = '', group = ''] of sample.matchAll(ANNOTATED_CHARACTER())) {
    for (const reading of readingsOf(group)) {
      if (annotationFits(ch, reading) || !annotationFits(ch, toneless(reading))) continue;
      seen.set(`${ch}${reading}`, (seen.get(`${ch}${reading}`) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, count]) => count >= MIN_TABLE_REPEATS).map(([key]) => key));
}

function annotationRemover(draft: Draft): (text: string) => TextRepair {
  const sample = pageSample(draft);
  if (!annotatorWorkedOn(draft, sample)) return keep;
  const table = tableReadings(sample);
  return (text) => removeAnnotations(text, (ch, reading) => annotationFits(ch, reading) || table.has(`${ch}${reading}`));
}

export const pinyinAnnotation: PagePass = pageLinePass(NAME, annotationRemover, { title: true });
