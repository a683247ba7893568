import { describe, expect, it } from 'vitest';
import { annotationFits, spellingsOf, toneless } from './pinyin';
import { charactersReading, isSyllable } from './reading-index';

describe('character readings', () => {
  it('knows Traditional characters and their several readings', () => {
    expect(annotationFits('鎮', 'zhèn')).toBe(true);
    expect(annotationFits('調', 'diào')).toBe(true);
    expect(annotationFits('調', 'tiáo')).toBe(true);
  });

  it('adds the readings of the Simplified form (幹 annotated gān, from 干)', () => {
    expect(annotationFits('幹', 'gān')).toBe(true);
    expect(annotationFits('處', 'chù')).toBe(true);
    expect(annotationFits('間', 'jiān')).toBe(true);
  });

  it('lists the Simplified readings in the table itself, and reads nothing into non-Han', () => {
    expect(annotationFits('纔', 'cái')).toBe(true);
    expect(annotationFits('幾', 'jǐ')).toBe(true);
    expect(annotationFits('幾', 'jī')).toBe(true);
    expect(annotationFits('a', 'a')).toBe(false);
  });

  it('reads a character GBK lacks as its Simplified form', () => {
    // 䴉 (U+4D09) has no GBK code; its Simplified form 鹮 has one and reads huán.
    expect(annotationFits('\u4d09', 'huán')).toBe(true);
    expect(annotationFits('\u4d09', 'huan')).toBe(true);
    expect(annotationFits('\u4d09', 'hú')).toBe(false);
  });

  it('spells a toned annotation as itself and a toneless one as every tone', () => {
    expect(spellingsOf('zhèn')).toEqual(['zhèn']);
    expect(spellingsOf('hui')).toEqual(expect.arrayContaining(['huī', 'huí', 'huǐ', 'huì']));
    expect(spellingsOf('zhx')).toEqual([]);
  });

  it('finds the characters of a reading once each, in GBK code order', () => {
    const zhen = charactersReading('zhen');
    expect(zhen).toEqual(expect.arrayContaining(['真', '镇', '鎮']));
    expect(new Set(zhen).size).toBe(zhen.length);
    expect(charactersReading('zhèn')).not.toContain('真');
    expect(isSyllable('shu')).toBe(true);
    expect(isSyllable('shx')).toBe(false);
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
