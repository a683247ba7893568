import { describe, expect, it } from 'vitest';
import { createCharModel, LOG2_STEPS, type CharModelData } from './char-model';

/** Two base-36 digits of log2(count) in LOG2_STEPS, as scripts/build-char-model.ts stores them. */
const stored = (count: number): string => Math.round(Math.log2(count) * LOG2_STEPS).toString(36).padStart(2, '0');

const data: CharModelData = {
  source: 'test',
  log2Total: Math.log2(1024),
  // 𠮷 (U+20BB7) is outside the BMP: two UTF-16 units before its digits.
  unigrams: `书${stored(256)}记${stored(128)}\u{20bb7}${stored(4)}`,
  bigrams: { 书: `记${stored(64)}` },
};

describe('character model', () => {
  const model = createCharModel(data);

  it('decodes stored counts, astral characters included', () => {
    expect(model.unigramLog2('书')).toBeCloseTo(Math.log2(256 / 1024), 5);
    expect(model.unigramLog2('\u{20bb7}')).toBeCloseTo(Math.log2(4 / 1024), 5);
    expect(model.knows('\u{20bb7}')).toBe(true);
    expect(model.knows('鎮')).toBe(false);
  });

  it('prefers a seen pair and backs off to the unigram for an unseen one', () => {
    expect(model.transitionLog2('书', '记')).toBeGreaterThan(model.transitionLog2('记', '记'));
    expect(model.transitionLog2('记', '书')).toBeCloseTo(Math.log2(0.3 * (256 / 1024)), 5);
  });

  it('gives an unknown character the floor', () => {
    expect(model.unigramLog2('鎮')).toBe(model.transitionLog2('书', '鎮'));
  });
});
