/**
 * Finds spans of decoder garbage in Chinese prose: what GBK bytes read out of step look
 * like. `。ǘ嫿ê椭C社會` has a line-initial 。, pinyin letters (ǘ ê) and a lone Latin
 * capital inside Han text, and a character almost never written (嫿).
 */
import type { CharModel } from '../lm/char-model';
import { isChineseProse, isHan, PINYIN_LETTERS } from './han';
import { annotationFits } from './pinyin';

/** Characters rarer than this (log2 unigram probability) are suspicious in official prose. */
const RARE_LOG2 = -19;
/** Ordinary characters allowed inside one garbage span. */
const MAX_INNER_GAP = 2;

export interface GarbageSpan {
  start: number;
  end: number;
}

type Suspicion = 'none' | 'weak' | 'strong';

/**
 * Strong: `?`, pinyin letters or a lone Latin letter inside Han text. Weak: a line that
 * starts with 。 and a rare character — each alone is often legitimate (遛狗).
 */
function suspicion(chars: readonly string[], i: number, model: CharModel, toSimplified: (t: string) => string): Suspicion {
  const ch = chars[i] ?? '';
  const before = chars[i - 1];
  const after = chars[i + 1];
  if (ch === '?' || ch === '\uFFFD' || /[À-ɏ]/.test(ch)) return 'strong';
  if (/[A-Za-z]/.test(ch) && isChineseProse(before) && isChineseProse(after)) return 'strong';
  if (i === 0 && /[。，、；：]/.test(ch)) return 'weak';
  if (isHan(ch) && model.unigramLog2(toSimplified(ch)) < RARE_LOG2) return 'weak';
  return 'none';
}

const ANNOTATION = new RegExp(`(\\p{Script=Han})\\(([${PINYIN_LETTERS}]{1,7})\\)`, 'gu');

/** Character positions inside annotations that fit their character: damage, but not garbage. */
function annotationPositions(chars: readonly string[]): Set<number> {
  const covered = new Set<number>();
  if (!chars.includes('(')) return covered;
  const text = chars.join('');
  for (const match of text.matchAll(ANNOTATION)) {
    if (!annotationFits(match[1] ?? '', match[2] ?? '')) continue;
    const start = [...text.slice(0, match.index)].length + 1;
    for (let i = start; i < start + [...match[0]].length - 1; i++) covered.add(i);
  }
  return covered;
}

/** Spans of suspicious characters: one strong sign, or two weak ones close together. */
export function findGarbageSpans(text: string, model: CharModel, toSimplified: (t: string) => string): GarbageSpan[] {
  const chars = [...text];
  const annotations = annotationPositions(chars);
  const spans: (GarbageSpan & { strong: boolean; count: number })[] = [];
  chars.forEach((_, i) => {
    if (annotations.has(i)) return;
    const level = suspicion(chars, i, model, toSimplified);
    if (level === 'none') return;
    const current = spans.at(-1);
    if (current && i - current.end <= MAX_INNER_GAP) {
      current.end = i + 1;
      current.count++;
      current.strong ||= level === 'strong';
    } else {
      spans.push({ start: i, end: i + 1, strong: level === 'strong', count: 1 });
    }
  });
  return spans.filter((span) => span.strong || span.count >= 2).map(({ start, end }) => ({ start, end }));
}
