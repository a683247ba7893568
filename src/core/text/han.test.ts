import { describe, expect, it } from 'vitest';
import { isHan } from './han';

describe('isHan', () => {
  it('agrees with the Unicode Script=Han property on every code point', () => {
    const property = /^\p{Script=Han}$/u;
    const disagreements: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (isHan(ch) !== property.test(ch)) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it('is false for nothing, and for more than one character', () => {
    expect([isHan(undefined), isHan(''), isHan('中文'), isHan('中a')]).toEqual([false, false, false, false]);
  });
});
