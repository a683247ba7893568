import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { structure } from './structure';

const blocks = (lines: string[]) =>
  structure.run(newDraft('', [], lines)).units.map((unit) => (unit.kind === 'block' ? unit.block : unit));

describe('structure', () => {
  it('makes numbered short lines headings, ranked by the styles in use', () => {
    expect(
      blocks([
        '一、貫徹落實市委政協工作會議精神情況',
        '（一）落實科學發展觀要有新建樹，重點在圍繞中心、促進發展上取得新突破。',
        '一是要牢固樹立和落實科學發展觀。圍繞中心、服務大局。',
      ]),
    ).toEqual([
      { kind: 'heading', level: 1, text: '一、貫徹落實市委政協工作會議精神情況' },
      { kind: 'heading', level: 2, text: '（一）落實科學發展觀要有新建樹，重點在圍繞中心、促進發展上取得新突破。' },
      { kind: 'paragraph', text: '一是要牢固樹立和落實科學發展觀。圍繞中心、服務大局。' },
    ]);
  });

  it('keeps a numbered item with several sentences a paragraph', () => {
    expect(blocks(['（1）全面摸底建账。对全县47个老旧小区逐一摸底。'])).toEqual([
      { kind: 'paragraph', text: '（1）全面摸底建账。对全县47个老旧小区逐一摸底。' },
    ]);
  });

  it('makes no block of a line the repairs emptied', () => {
    expect(blocks(['', '正文。', '  '])).toEqual([{ kind: 'paragraph', text: '正文。' }]);
  });

  it('takes the page’s own heading tags as headings, numbered or not', () => {
    const draft = newDraft('', [], [{ text: '基本情况', headingTag: 2 }, '今年以来，全镇上下齐心协力。', { text: '（一）主要做法', headingTag: 3 }]);
    expect(structure.run(draft).units.map((unit) => (unit.kind === 'block' ? unit.block : unit))).toEqual([
      { kind: 'heading', level: 1, text: '基本情况' },
      { kind: 'paragraph', text: '今年以来，全镇上下齐心协力。' },
      { kind: 'heading', level: 1, text: '（一）主要做法' },
    ]);
  });

  it('levels follow the document: 1. is level 1 when it is the top style', () => {
    expect(blocks(['1.做优做强茶产业。'])).toEqual([{ kind: 'heading', level: 1, text: '1.做优做强茶产业。' }]);
  });

  it('groups a table’s cells, a list’s items and a <pre>’s lines into one block each, filling empty cells', () => {
    const cell = (row: number, column: number, header = false) => ({ kind: 'cell' as const, table: 1, row, column, header });
    const item = (itemId: number, depth: number) => ({ kind: 'list-item' as const, list: 5, item: itemId, depth, ordered: depth === 0 });
    const draft = newDraft('', [], [
      { text: '季度', container: cell(0, 0, true) },
      { text: '金额', container: cell(0, 1, true) },
      { text: '120', container: cell(1, 1) },
      { text: '第一项', container: item(6, 0) },
      { text: '细项', container: item(7, 1) },
      { text: 'a = 1', preformatted: true, container: { kind: 'pre', pre: 9 } },
      { text: 'b = 2', preformatted: true, container: { kind: 'pre', pre: 9 } },
      { text: '引文', container: { kind: 'quote' } },
    ]);
    const result = structure.run(draft);
    expect(result.units.map((unit) => (unit.kind === 'block' ? unit.block : unit))).toEqual([
      { kind: 'table', rows: [[{ text: '季度', header: true }, { text: '金额', header: true }], [{ text: '' }, { text: '120' }]] },
      { kind: 'list', items: [{ text: '第一项', depth: 0, ordered: true }, { text: '细项', depth: 1, ordered: false }] },
      { kind: 'preformatted', text: 'a = 1\nb = 2' },
      { kind: 'quote', text: '引文' },
    ]);
    expect([...result.mergedInto]).toEqual([[1, 0], [2, 0], [4, 3], [6, 5]]);
  });

  it('gives a picture the caption that follows it', () => {
    const draft = newDraft('', [], [{ text: '', picture: { src: 'https://example.cn/1.png', alt: '图' } }, { text: '图1 走势', container: { kind: 'caption' } }]);
    expect(structure.run(draft).units.map((unit) => unit.kind === 'block' && unit.block)).toEqual([
      { kind: 'image', src: 'https://example.cn/1.png', alt: '图', caption: '图1 走势' },
    ]);
  });

  it('keeps short lines broken by <br> as one paragraph with its line breaks, not long ones', () => {
    const draft = newDraft('', [], [
      '床前明月光，',
      { text: '疑是地上霜。', afterBreak: true },
      { text: '举头望明月，', afterBreak: true },
      '低头思故乡。',
      { text: '这首诗写于开元十四年九月十五日的扬州旅舍，诗人时年二十六岁。', afterBreak: true },
      { text: '（一）基本情况', afterBreak: true },
    ]);
    expect(structure.run(draft).units.map((unit) => unit.kind === 'block' && unit.block)).toEqual([
      { kind: 'paragraph', text: '床前明月光，\n疑是地上霜。\n举头望明月，' },
      { kind: 'paragraph', text: '低头思故乡。' },
      { kind: 'paragraph', text: '这首诗写于开元十四年九月十五日的扬州旅舍，诗人时年二十六岁。' },
      { kind: 'heading', level: 1, text: '（一）基本情况' },
    ]);
  });
});
