/**
 * A 文秘 page with a table, a picture, a list and a quote keeps them all, their text cleaned
 * like the rest (Simplified, full-width punctuation, no pasted pinyin), in the JSON, the
 * Markdown and the copied text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { toMarkdown, toText } from '../../src/core/export';
import type { Block, ImageBlock, ListBlock, TableBlock } from '../../src/core/model';

const PAGE = readFileSync(new URL('../fixtures/rich/page.html', import.meta.url));
const only = <Kind extends Block['kind']>(blocks: Block[], kind: Kind): Extract<Block, { kind: Kind }> => {
  const found = blocks.filter((block): block is Extract<Block, { kind: Kind }> => block.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Extract<Block, { kind: Kind }>;
};

describe('a page with a table, a picture, a list and a quote', async () => {
  const cleaned = await cleanFile(PAGE, 'simplified', 'https://example.cn/zj/1.html');

  it('keeps the table, its header row, its merged cell and its cleaned cells', () => {
    const table: TableBlock = only(cleaned.blocks, 'table');
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['指标', '年初目标', '完成情况', '完成率'],
      ['地区生产总值（亿元）', '120', '126.5', '105.4%'],
      ['固定资产投资（亿元）', '45', '47.2', '104.9%'],
      ['城乡居民收入增长', '与经济增长同步，城镇增长6.1%', '达标'],
    ]);
    expect(table.rows[0]?.every((cell) => cell.header)).toBe(true);
    expect(table.rows[3]?.[1]?.colspan).toBe(2);
  });

  it('keeps the picture at the address the page gave it, with its caption', () => {
    const image: ImageBlock = only(cleaned.blocks, 'image');
    expect(image).toEqual({ kind: 'image', src: 'https://example.cn/zj/chart.png', alt: '全年投资走势图', caption: '图1 全年投资走势' });
  });

  it('keeps the ordered list and the quote', () => {
    const list: ListBlock = only(cleaned.blocks, 'list');
    expect(list.items.map((item) => [item.text, item.ordered, item.depth])).toEqual([
      ['完善工作机制，建立月调度制度；', true, 0],
      ['加强督促检查，对重点项目实行挂牌督办；', true, 0],
      ['严格考核问责，考核结果与评先评优挂钩。', true, 0],
    ]);
    expect(only(cleaned.blocks, 'quote').text).toBe('只有把工作做细做实，才能确保各项目标任务落到实处。');
  });

  it('writes them as Markdown', () => {
    const markdown = toMarkdown(cleaned);
    expect(markdown).toContain('| 指标 | 年初目标 | 完成情况 | 完成率 |\n| --- | --- | --- | --- |\n| 地区生产总值（亿元） | 120 | 126.5 | 105.4% |');
    expect(markdown).toContain('![全年投资走势图](<https://example.cn/zj/chart.png>)\n\n*图1 全年投资走势*');
    expect(markdown).toContain('1. 完善工作机制，建立月调度制度；\n2. 加强督促检查');
    expect(markdown).toContain('> 只有把工作做细做实');
  });

  it('copies the table as tab-separated rows and the list numbered', () => {
    const text = toText(cleaned);
    expect(text).toContain('指标\t年初目标\t完成情况\t完成率\n地区生产总值（亿元）\t120\t126.5\t105.4%');
    expect(text).toContain('1. 完善工作机制，建立月调度制度；\n2. 加强督促检查');
    expect(text).toContain('图1 全年投资走势');
  });

  it('records the pinyin it removed from a cell', () => {
    expect(cleaned.changes).toContainEqual(expect.objectContaining({ pass: 'pinyin-annotation', before: '長(zhǎng)', block: cleaned.blocks.findIndex((block) => block.kind === 'table') }));
  });

  it('keeps the paragraph’s link at its address and its emphasis, on the cleaned words', () => {
    const paragraph = cleaned.blocks.find((block) => block.kind === 'paragraph' && block.text.startsWith('一是强化组织领导'));
    expect(paragraph?.kind === 'paragraph' && paragraph.text).toBe('一是强化组织领导。成立了工作领导小组，定期研究解决重大问题。详见上半年工作总结，务必落实到位。');
    const shown = paragraph?.kind === 'paragraph' ? (paragraph.spans ?? []).map((span) => [span.kind, paragraph.text.slice(span.start, span.end), span.href]) : [];
    expect(shown).toEqual([
      ['strong', '重大问题', undefined],
      ['link', '上半年工作总结', 'https://example.cn/zj/2.html'],
      ['emphasis', '务必', undefined],
    ]);
    expect(toMarkdown(cleaned)).toContain('定期研究解决**重大问题**。详见[上半年工作总结](<https://example.cn/zj/2.html>)，*务必*落实到位。');
  });
});
