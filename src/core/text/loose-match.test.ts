import { describe, expect, it } from 'vitest';
import { findIgnoringMarks } from './loose-match';

describe('findIgnoringMarks', () => {
  it('finds a piece whose marks were widened since it was recorded', () => {
    const text = '聪明但是没什么朋友，因?yàn)樗男愿癖容^独特，所以经常遭人欺负。';
    const found = findIgnoringMarks(text, '什么朋友,因?yàn)樗男愿癖容^独特,所');
    expect(found && text.slice(found.start, found.end)).toBe('什么朋友，因?yàn)樗男愿癖容^独特，所');
  });

  it('takes the piece’s own marks at either end along', () => {
    const text = '她不这样做，而是将它们?nèi)拥酱蠛永锶ァ?';
    const found = findIgnoringMarks(text, ',而是将它们?nèi)拥酱蠛永锶ァ?');
    expect(found && text.slice(found.start, found.end)).toBe('，而是将它们?nèi)拥酱蠛永锶ァ?');
  });

  it('counts characters outside the basic plane as one', () => {
    const text = '前言：𠮷野家，好';
    const found = findIgnoringMarks(text, '𠮷野家,好');
    expect(found && text.slice(found.start, found.end)).toBe('𠮷野家，好');
  });

  it('finds a piece of marks alone only as it is', () => {
    expect(findIgnoringMarks('都要精准，?!?', '?!?')).toEqual({ start: 5, end: 8 });
    expect(findIgnoringMarks('好，好', ',')).toBeUndefined();
  });

  it('finds nothing where the letters differ', () => {
    expect(findIgnoringMarks('认真传达', '认真?zhèn)')).toBeUndefined();
  });
});
