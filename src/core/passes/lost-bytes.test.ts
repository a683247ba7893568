import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { testContext } from '../../../tests/support/test-context';
import { lostBytes } from './lost-bytes';

const OUTLINE = [
  '(一)落實科學發展觀要有新建樹,重點在圍繞中心、促進發展上取得新突破',
  '(二)構建和諧社會要有新作為,重點在增進團結、凝聚力量上取得新突破',
];

function run(line: string, outline: string[] = OUTLINE) {
  const draft = { ...newDraft('', [], [line]), outlineBlock: outline.map((text) => ({ text })) };
  const result = lostBytes.run(draft, testContext());
  const unit = result.units[0];
  return { text: unit?.kind === 'line' ? unit.text : '', changes: result.changes, flags: result.flags };
}

describe('lost-bytes', () => {
  it('restores the seed heading from the page’s own outline', () => {
    const result = run('。ǘ嫿ê椭C社會要有新作為,重點在增進團結、凝聚力量上取得新突破。');
    expect(result.text).toBe('（二）構建和諧社會要有新作為,重點在增進團結、凝聚力量上取得新突破。');
    expect(result.changes).toEqual([{ pass: 'lost-bytes', before: '。ǘ嫿ê椭C', after: '（二）構建和諧', at: 0 }]);
  });

  it('flags the span when the outline has no matching entry', () => {
    const result = run('。ǘ嫿ê椭C社會要有新作為,重點在增進團結、凝聚力量上取得新突破。', []);
    expect(result.text).toBe('。ǘ嫿ê椭C社會要有新作為,重點在增進團結、凝聚力量上取得新突破。');
    expect(result.flags).toEqual([{ kind: 'lost-bytes', text: '。ǘ嫿ê椭C', at: 0 }]);
  });

  it('finds a single lost byte by the character model when the outline has nothing', () => {
    const result = run('一、深空J識弘揚實幹精神的重要意義', []);
    expect(result.text).toBe('一、深刻認識弘揚實幹精神的重要意義');
    expect(result.changes).toEqual([{ pass: 'lost-bytes', before: '空J', after: '刻認', at: 0 }]);
  });

  it('finds a lost lead byte before a misread quotation mark', () => {
    expect(run('政務服務事棥耙痪W通辦”率達到98.6%', []).text).toBe('政務服務事項“一網通辦”率達到98.6%');
  });

  it('does not take an entry whose bytes do not explain the damage', () => {
    const result = run('。ǘ嫿ê椭C社會要有新作為', ['(三)完善治理社會要有新作為']);
    expect(result.flags).toHaveLength(1);
  });

  it('leaves clean prose alone', () => {
    const line = '要大力推進參加政協的各黨派之間的團結與合作,使政協成為合作共事的大舞臺。';
    expect(run(line)).toEqual({ text: line, changes: [], flags: [] });
  });
});
