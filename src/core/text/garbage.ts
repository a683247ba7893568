/**
 * Finds spans of decoder garbage in Chinese prose: what GBK bytes read out of step look
 * like. `。ǘ嫿ê椭C社會` has a line-initial 。, pinyin letters (ǘ ê) and a lone Latin
 * capital inside Han text, and a character almost never written (嫿).
 */
import type { CharModel } from '../lm/char-model';
import { isChineseProse, isHan } from './han';

/** Characters rarer than this (log2 unigram probability) are suspicious in official prose. */
const RARE_LOG2 = -19;
/** Ordinary characters allowed inside one garbage span. */
const MAX_INNER_GAP = 2;

export interface GarbageSpan {
  start: number;
  end: number;
}

function isSuspicious(chars: readonly string[], i: number, model: CharModel, toSimplified: (t: string) => string): boolean {
  const ch = chars[i] ?? '';
  const before = chars[i - 1];
  const after = chars[i + 1];
  if (ch === '?' || ch === '\uFFFD') return true;
  if (/[À-ɏ]/.test(ch)) return true;
  if (i === 0 && /[。，、；：]/.test(ch)) return true;
  if (/[A-Za-z]/.test(ch) && isChineseProse(before) && isChineseProse(after)) return true;
  if (isHan(ch)) return model.unigramLog2(toSimplified(ch)) < RARE_LOG2;
  return false;
}

export function findGarbageSpans(text: string, model: CharModel, toSimplified: (t: string) => string): GarbageSpan[] {
  const chars = [...text];
  const spans: GarbageSpan[] = [];
  let current: GarbageSpan | undefined;
  chars.forEach((_, i) => {
    if (!isSuspicious(chars, i, model, toSimplified)) return;
    if (current && i - current.end <= MAX_INNER_GAP) {
      current.end = i + 1;
    } else {
      current = { start: i, end: i + 1 };
      spans.push(current);
    }
  });
  return spans;
}
