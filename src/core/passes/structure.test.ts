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
});
