import { describe, expect, it } from 'vitest';
import { sectionText, toMarkdown, toText } from './export';
import type { CleanDocument } from './model';

const DOCUMENT: CleanDocument = {
  detected: true,
  title: '交流材料',
  script: 'simplified',
  blocks: [
    { kind: 'heading', level: 1, text: '一、贯彻落实情况' },
    { kind: 'paragraph', text: '一是召开会议。会议要求。' },
    { kind: 'omission', chars: 706 },
    { kind: 'heading', level: 1, text: '三、几点打算' },
    { kind: 'paragraph', text: '面对新形势。' },
    { kind: 'omission', chars: 100, total: 900, shown: 500 },
  ],
  outline: [
    { level: 1, text: '一、贯彻落实情况', present: true, block: 0 },
    { level: 3, text: '一是召开会议', present: true, block: 1 },
    { level: 1, text: '二、突出举措', present: false },
    { level: 1, text: '三、几点打算', present: true, block: 3 },
  ],
  changes: [],
  flags: [],
};

describe('export', () => {
  it('gives the text the copy button copies, with honest omission markers', () => {
    expect(toText(DOCUMENT)).toBe(
      '交流材料\n\n一、贯彻落实情况\n\n一是召开会议。会议要求。\n\n……（此处省略706字）……\n\n三、几点打算\n\n面对新形势。\n\n……（未完：全文共900字，此处显示500字）……\n',
    );
  });

  it('gives Markdown with headings one level below the title', () => {
    expect(toMarkdown(DOCUMENT)).toContain('# 交流材料\n\n## 一、贯彻落实情况\n\n一是召开会议。会议要求。\n\n> 此处省略706字');
  });

  it('copies one section: up to the next entry of its level on the page', () => {
    expect(sectionText(DOCUMENT, 0)).toBe('一、贯彻落实情况\n\n一是召开会议。会议要求。\n\n……（此处省略706字）……\n');
    expect(sectionText(DOCUMENT, 1)).toBe('一是召开会议。会议要求。\n\n……（此处省略706字）……\n');
    expect(sectionText(DOCUMENT, 3)).toBe('三、几点打算\n\n面对新形势。\n\n……（未完：全文共900字，此处显示500字）……\n');
    expect(sectionText(DOCUMENT, 2)).toBe('');
  });
});
