import { describe, expect, it } from 'vitest';
import { inPageForms } from './page-forms';
import { toSimplified } from './script';

describe('words written in the page’s own Traditional forms', () => {
  it('takes the form the page uses', () => {
    expect(inPageForms('他的頭髮白了，頭髮很長。', toSimplified)('发')).toBe('髮');
    expect(inPageForms('經濟發展，發揮作用。', toSimplified)('发')).toBe('發');
  });

  it('takes the most frequent form when the page uses several', () => {
    expect(inPageForms('發展發揮發現，頭髮', toSimplified)('发')).toBe('發');
  });

  it('falls back to OpenCC’s character default for characters the page never uses', () => {
    expect(inPageForms('區委邀請政協主席列辦公會議', toSimplified)('书记')).toBe('書記');
  });

  it('leaves characters that have no Traditional form alone', () => {
    expect(inPageForms('', toSimplified)('人民')).toBe('人民');
  });
});
