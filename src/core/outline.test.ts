import { describe, expect, it } from 'vitest';
import type { Block } from './model';
import { buildOutline } from './outline';

const BLOCKS: Block[] = [
  { kind: 'heading', level: 1, text: '一、贯彻落实市委政协工作会议精神情况' },
  { kind: 'paragraph', text: '一是召开区委常委会议传达会议精神。市委于22日召开全市政协工作会议。' },
  { kind: 'omission', chars: 706 },
  { kind: 'heading', level: 2, text: '（一）落实科学发展观要有新建树，重点在围绕中心、促进发展上取得新突破。' },
];

describe('outline', () => {
  it('takes the page’s own outline and marks what the visible text holds', () => {
    const outline = buildOutline(BLOCKS, [
      '一、贯彻落实市委政协工作会议精神情况',
      '一是召开区委常委会议传达会议精神',
      '一是坚持政协领导参加有关重要会议制度',
      '（一）落实科学发展观要有新建树，重点在围绕中心、促进发展上取得新突破',
    ]);
    expect(outline).toEqual([
      { level: 1, text: '一、贯彻落实市委政协工作会议精神情况', present: true, block: 0 },
      { level: 3, text: '一是召开区委常委会议传达会议精神', present: true, block: 1 },
      { level: 3, text: '一是坚持政协领导参加有关重要会议制度', present: false },
      { level: 2, text: '（一）落实科学发展观要有新建树，重点在围绕中心、促进发展上取得新突破', present: true, block: 3 },
    ]);
  });

  it('builds the outline from headings and run-in leads when the page has none', () => {
    expect(buildOutline(BLOCKS, undefined)).toEqual([
      { level: 1, text: '一、贯彻落实市委政协工作会议精神情况', present: true, block: 0 },
      { level: 3, text: '一是召开区委常委会议传达会议精神', present: true, block: 1 },
      { level: 2, text: '（一）落实科学发展观要有新建树，重点在围绕中心、促进发展上取得新突破', present: true, block: 3 },
    ]);
  });
});
