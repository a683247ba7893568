import { describe, expect, it } from 'vitest';
import type { CleanDocument } from './model';
import { restoreLine } from './restore-line';

const document: CleanDocument = {
  detected: true,
  title: '标题',
  script: 'simplified',
  blocks: [
    { kind: 'heading', level: 1, text: '一、基本情况' },
    { kind: 'paragraph', text: '正文。' },
  ],
  outline: [{ level: 1, text: '一、基本情况', present: true, block: 0 }],
  changes: [
    { pass: 'site-chrome', before: '首页 > 范文', after: '', line: { role: 'navigation', at: 0, text: '首页 > 范文' } },
    { pass: 'half-width-punctuation', before: ',', after: '，', block: 1 },
    { pass: 'site-chrome', before: '作者：佚名 点击：1865次', after: '', line: { role: 'meta', at: 0, text: '作者：佚名 点击：1865次' } },
    { pass: 'site-chrome', before: '相关文章', after: '', line: { role: 'related', at: 2, text: '相关文章' } },
  ],
  flags: [{ kind: 'lost-bytes', text: '？', block: 1 }],
};

describe('bringing back a dropped line', () => {
  it('puts it where it stood, forgets its record, and moves every later index on', () => {
    const restored = restoreLine(document, 2);
    expect(restored.blocks.map((block) => ('text' in block ? block.text : ''))).toEqual(['作者：佚名 点击：1865次', '一、基本情况', '正文。']);
    expect(restored.outline[0]?.block).toBe(1);
    expect(restored.changes.map((change) => [change.before, change.block ?? change.line?.at])).toEqual([
      ['首页 > 范文', 0],
      [',', 2],
      ['相关文章', 3],
    ]);
    expect(restored.flags[0]?.block).toBe(2);
  });

  it('keeps the order of lines dropped at one place', () => {
    const both = restoreLine(restoreLine(document, 0), 1);
    expect(both.blocks.slice(0, 2).map((block) => ('text' in block ? block.text : ''))).toEqual(['首页 > 范文', '作者：佚名 点击：1865次']);
  });

  it('leaves the document as it is for a change that dropped no line', () => {
    expect(restoreLine(document, 1)).toBe(document);
  });
});
