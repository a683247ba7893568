/**
 * Whether a page's `字(pīnyīn)` annotations are the annotator's damage or pinyin the page
 * means to show. The annotator replaced a fixed list of characters wherever they occur:
 *
 *   區(qū)委辦、區(qū)政協辦 … 全區(qū)政協工作   (every 區 annotated, most characters not)
 *
 * A pinyin reader annotates every character (小(xiǎo)明(míng)); a dictionary or a
 * vocabulary list annotates a headword once and writes it plainly in its examples
 * (行(háng)：行业、银行). So the pattern is: few of the page's Han characters are
 * annotated, but most occurrences of the annotated ones are.
 *
 * The detector, which runs on every page, uses it too: it imports only what the detector may.
 */
import { builtOnFirstUse } from './built-on-first-use';

/** One pinyin syllable, toned or not: an annotation is one reading of one character. */
const SYLLABLE = '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,4}(?:ng|n|r)?';
/**
 * A Han character and its reading(s): `區(qū)`, toneless `會(hui)`, stacked `會(huì)(huì)`,
 * with a stray space `(huì )` or full-width brackets `（huì）`. Built on a page's first use.
 */
export const ANNOTATED_CHARACTER = builtOnFirstUse(() => new RegExp(`(\\p{Script=Han})((?:[(（] ?${SYLLABLE} ?[)）])+)`, 'gu'));

/** The readings inside an annotation group, `(huì)(huì)` → ['huì', 'huì']. */
export function readingsOf(group: string): string[] {
  return [...group.matchAll(/[(（] ?([^()（） ]+) ?[)）]/g)].map((match) => match[1] ?? '');
}

export interface AnnotationPattern {
  /** Annotations found (a stacked group counts once). */
  annotations: number;
  /** Share of the page's Han characters that carry an annotation. */
  annotatedShare: number;
  /** Share of the occurrences of annotated characters that are annotated. */
  coverage: number;
}

/** At most this share of the Han text annotated: more is a pinyin reader. */
const MAX_ANNOTATED_SHARE = 0.6;
/** At least this share of an annotated character's occurrences annotated: less is a dictionary. */
const MIN_COVERAGE = 0.6;

/**
 * Counts `text`'s annotations, by `fits` when given (only readings that fit their character
 * count), and how they spread over the page's characters. One walk over the text.
 */
export function annotationPattern(text: string, fits: (ch: string, reading: string) => boolean = () => true): AnnotationPattern {
  const annotatedCount = new Map<string, number>();
  let annotations = 0;
  for (const match of text.matchAll(ANNOTATED_CHARACTER())) {
    const ch = match[1] ?? '';
    // A single Latin letter is more often a list item than a reading: 条款(a).
    const readings = readingsOf(match[2] ?? '');
    if (readings.some((reading) => reading.length < 2 || !fits(ch, reading))) continue;
    annotations++;
    annotatedCount.set(ch, (annotatedCount.get(ch) ?? 0) + 1);
  }
  if (annotations === 0) return { annotations, annotatedShare: 0, coverage: 0 };
  let han = 0;
  let occurrences = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (!((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code >= 0x20000)) continue;
    han++;
    if (annotatedCount.has(ch)) occurrences++;
  }
  return { annotations, annotatedShare: annotations / Math.max(1, han), coverage: annotations / Math.max(1, occurrences) };
}

/** The annotator's pattern: a few characters, annotated wherever they occur. */
export function isAnnotatorPattern(pattern: AnnotationPattern, minAnnotations: number): boolean {
  return pattern.annotations >= minAnnotations && pattern.annotatedShare <= MAX_ANNOTATED_SHARE && pattern.coverage >= MIN_COVERAGE;
}
