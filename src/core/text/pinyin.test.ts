import { describe, expect, it } from 'vitest';
import { annotationFits, readingsOf, readingsOfAll, toneless } from './pinyin';

describe('character readings', () => {
  it('knows Traditional characters and their several readings', () => {
    expect(readingsOf('鎮')).toContain('zhèn');
    expect(readingsOf('調')).toEqual(expect.arrayContaining(['diào', 'tiáo']));
  });

  it('adds the readings of the Simplified form (幹 annotated gān, from 干)', () => {
    expect(annotationFits('幹', 'gān')).toBe(true);
    expect(annotationFits('處', 'chù')).toBe(true);
    expect(annotationFits('間', 'jiān')).toBe(true);
  });

  it('reads a batch of characters each on its own, with their Simplified readings', () => {
    const batch = readingsOfAll(['纔', '幾', 'a']);
    expect(batch.get('纔')).toContain('cái');
    expect(batch.get('幾')).toEqual(expect.arrayContaining(['jǐ', 'jī']));
    expect(batch.get('a')).toEqual([]);
  });

  it('strips tones', () => {
    expect(toneless('zhèn')).toBe('zhen');
    expect(toneless('lǜ')).toBe('lv');
  });

  it('accepts any reading of the character, toned or toneless', () => {
    expect(annotationFits('區', 'qū')).toBe(true);
    expect(annotationFits('調', 'diào')).toBe(true);
    expect(annotationFits('會', 'hui')).toBe(true);
    expect(annotationFits('區', 'qú')).toBe(false);
    expect(annotationFits('真', 'zhèn')).toBe(false);
  });
});
