import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { outlineBlock } from './outline-block';

const run = (lines: string[]) => outlineBlock.run(newDraft('', [], lines));

describe('outline-block', () => {
  it('moves the 目錄/提綱 block out of the body into the outline', () => {
    const draft = run([
      '目錄/提綱:……',
      '一、貫徹落實市委政協工作會議精神情況',
      '一是召開區(qū)委常委會議傳達會議精神',
      '……',
      '近幾年來,漢南區(qū)政協在區(qū)委的領導下',
    ]);
    expect(draft.outlineBlock?.map((entry) => entry.text)).toEqual([
      '一、貫徹落實市委政協工作會議精神情況',
      '一是召開區(qū)委常委會議傳達會議精神',
    ]);
    expect(draft.units).toHaveLength(1);
    expect(draft.changes[0]?.pass).toBe('outline-block');
  });

  it('reads the Simplified full-width form', () => {
    const draft = run(['目录/提纲：……', '一、提高政治站位', '……', '正文']);
    expect(draft.outlineBlock).toEqual([{ text: '一、提高政治站位' }]);
  });

  it('stops at a paragraph when the block never closes', () => {
    const long = '巡察反馈会后，局党组第一时间召开专题会议，传达学习反馈意见，统一思想认识，研究部署整改工作，明确责任分工，确保整改工作落到实处，取得实效。';
    const draft = run(['提纲', '一、提高政治站位', long]);
    expect(draft.outlineBlock).toEqual([{ text: '一、提高政治站位' }]);
    expect(draft.units.map((unit) => (unit.kind === 'line' ? unit.text : ''))).toEqual([long]);
  });

  it('leaves a page without such a block alone', () => {
    const lines = ['目录下的文件', '正文'];
    expect(run(lines).outlineBlock).toBeUndefined();
  });
});
