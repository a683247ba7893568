import { describe, expect, it } from 'vitest';
import { widenPunctuation } from './half-width-punctuation';

const widen = (text: string) => widenPunctuation(text).text;

describe('half-width-punctuation', () => {
  it('restores full-width punctuation inside Chinese', () => {
    expect(widen('召開辦公室主任聯席會議,籌備全區政協工作會議')).toBe('召開辦公室主任聯席會議，籌備全區政協工作會議');
    expect(widen('(一)落實科學發展觀要有新建樹')).toBe('（一）落實科學發展觀要有新建樹');
    expect(widen('多立科學發展之論;轉變觀念')).toBe('多立科學發展之論；轉變觀念');
    expect(widen('縣委巡察工作領導小組:')).toBe('縣委巡察工作領導小組：');
    expect(widen(',加強領導和協調')).toBe('，加強領導和協調');
    expect(widen('黨委想什么?')).toBe('黨委想什么？');
    expect(widen('温哥华瘢痕量表(Vancouver scar scale,VSS)评分')).toBe('温哥华瘢痕量表（Vancouver scar scale,VSS）评分');
  });

  it('drops a spurious comma before other punctuation', () => {
    expect(widen('研究部署整改工作,。局党组')).toBe('研究部署整改工作。局党组');
    expect(widen('区委办,、区人大办')).toBe('区委办、区人大办');
    expect(widen('“八项规定”,。3年多来')).toBe('“八项规定”。3年多来');
    expect(widen('加强党的建设,,全面从严治党')).toBe('加强党的建设，全面从严治党');
    expect(widen('西柏坡的精神是什么？,我们要学习')).toBe('西柏坡的精神是什么？我们要学习');
    expect(widen('学习《关于加强党的建设的意见,》')).toBe('学习《关于加强党的建设的意见》');
    expect(widen('学习《意见》,全面从严治党')).toBe('学习《意见》，全面从严治党');
  });

  it('widens a ? between Han characters once the byte repairs have left it unflagged', () => {
    expect(widenPunctuation('西柏坡的精神是什么?我们要学习', []).text).toBe('西柏坡的精神是什么？我们要学习');
    expect(widenPunctuation('共同體??梢哉f', ['共同體??梢哉f']).text).toBe('共同體??梢哉f');
  });

  it('records each replacement', () => {
    expect(widenPunctuation('會議,籌備').edits).toEqual([{ before: ',', after: '，' }]);
  });

  it('never touches Latin text, numbers or times', () => {
    expect(widen('Hello, world (really): yes!')).toBe('Hello, world (really): yes!');
    expect(widen('会议于10:30开始，增长3,500')).toBe('会议于10:30开始，增长3,500');
    expect(widen('根据501(c)(3)条款成立的组织')).toBe('根据501(c)(3)条款成立的组织');
    expect(widen('函数f(x)的值')).toBe('函数f(x)的值');
    expect(widen('He said, “yes,” and left…')).toBe('He said, “yes,” and left…');
  });

  it('leaves a decoder ? inside a word alone', () => {
    expect(widen('共同體??梢哉f')).toBe('共同體??梢哉f');
  });
});
