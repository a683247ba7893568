import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { pinyinAnnotation, removeAnnotations } from './pinyin-annotation';

describe('pinyin-annotation', () => {
  it('drops the reading pasted after each annotated character', () => {
    const result = removeAnnotations('召開區(qū)委常委會議,充分發(fā)揮政協組織的優(yōu)勢');
    expect(result.text).toBe('召開區委常委會議,充分發揮政協組織的優勢');
    expect(result.edits).toEqual([
      { before: '區(qū)', after: '區' },
      { before: '發(fā)', after: '發' },
      { before: '優(yōu)', after: '優' },
    ]);
  });

  it('accepts a reading the context does not use (協調(diào))', () => {
    expect(removeAnnotations('協調(diào)關系').text).toBe('協調關系');
  });

  it('drops stacked toneless annotations', () => {
    expect(removeAnnotations('會(hui)(hui)議').text).toBe('會議');
  });

  it('keeps a parenthesis that is not the character’s reading', () => {
    expect(removeAnnotations('附件(a)和附件(b)').text).toBe('附件(a)和附件(b)');
    expect(removeAnnotations('認真(zhèn)').text).toBe('認真(zhèn)');
  });
});

describe('pinyin-annotation on a whole page', () => {
  const lines = (draftLines: string[]) => pinyinAnnotation.run(newDraft('', [], draftLines)).units.map((unit) => (unit.kind === 'line' ? unit.text : ''));

  it('removes the variants an annotator leaves: a stray space, full-width brackets', () => {
    expect(lines(['召開區(qū )委常委會議', '全區（qū）政協工作'])).toEqual(['召開區委常委會議', '全區政協工作']);
  });

  it('keeps a pinyin reader, where every character carries its reading', () => {
    const reader = ['小(xiǎo)明(míng)去(qù)上(shàng)学(xué)。'];
    expect(lines(reader)).toEqual(reader);
  });

  it('keeps a dictionary entry, whose headword is written plainly elsewhere', () => {
    const entry = ['行(háng)：行业，银行，行列。', '行(xíng)：行走，行动，步行，行人。'];
    expect(lines(entry)).toEqual(entry);
  });

  it('keeps a vocabulary list and Japanese readings', () => {
    const page = ['学习(xuéxí)：to study', '漢字(かんじ)を学ぶ'];
    expect(lines(page)).toEqual(page);
  });
});
