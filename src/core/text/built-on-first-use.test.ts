import { describe, expect, it } from 'vitest';
import { builtOnFirstUse } from './built-on-first-use';

describe('builtOnFirstUse', () => {
  it('makes nothing until asked, then makes once and keeps it', () => {
    let made = 0;
    const pattern = builtOnFirstUse(() => {
      made++;
      return /\p{Script=Han}/u;
    });
    expect(made).toBe(0);
    const first = pattern();
    expect(pattern()).toBe(first);
    expect(made).toBe(1);
  });
});
