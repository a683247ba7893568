import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { pinyinAnnotation } from './pinyin-annotation';

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
