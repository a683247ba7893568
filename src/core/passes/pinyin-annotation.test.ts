import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { pinyinAnnotation } from './pinyin-annotation';

describe('pinyin-annotation on a whole page', () => {
  const lines = (draftLines: string[]) => pinyinAnnotation.run(newDraft('', [], draftLines)).units.map((unit) => (unit.kind === 'line' ? unit.text : ''));

  it('removes the variants an annotator leaves: a stray space, full-width brackets', () => {
    expect(lines(['召開區(qū )委常委會議', '全區（qū）政協工作'])).toEqual(['召開區委常委會議', '全區政協工作']);
  });

  it('removes a reading the annotator’s table gives again and again in another tone, and keeps one given once', () => {
    const page = ['報(bào)告人向有關(guān)方面報(bào)告工作實(shí)績(jī)。', '這里的所謂實(shí)績(jī),指報(bào)告人的業績。', '認真(zhèn)鬟_'];
    expect(lines(page)).toEqual(['報告人向有關方面報告工作實績。', '這里的所謂實績,指報告人的業績。', '認真(zhèn)鬟_']);
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
