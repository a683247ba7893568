import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../core/model';
import { marksByBlock } from './change-marks';
import { droppedByPlace } from './dropped-lines';
import { elementMaker, MAX_OUTLINE_ENTRIES, renderArticle, renderChangeSummary, renderOutline } from './render';

const DOCUMENT: CleanDocument = {
  detected: true,
  title: '交流材料',
  script: 'simplified',
  blocks: [
    { kind: 'heading', level: 1, text: '一、贯彻落实情况' },
    { kind: 'paragraph', text: '<img src=x onerror=alert(1)>认真传达。' },
    { kind: 'omission', chars: 706 },
  ],
  outline: [
    { level: 1, text: '一、贯彻落实情况', present: true, block: 0 },
    { level: 1, text: '二、突出三项举措', present: false },
  ],
  changes: [],
  flags: [],
};

function make() {
  const { document } = parseHTML('<html><body></body></html>');
  return elementMaker(document as unknown as Document);
}

describe('reader rendering', () => {
  it('renders headings one level below the title, paragraphs and honest omission markers', () => {
    const article = renderArticle(make(), DOCUMENT);
    expect([...article.children].map((el) => [el.tagName, el.textContent])).toEqual([
      ['H1', '交流材料'],
      ['H2', '一、贯彻落实情况'],
      ['P', '<img src=x onerror=alert(1)>认真传达。'],
      ['P', '此处省略706字'],
    ]);
  });

  it('inserts page text as text, never as markup', () => {
    const article = renderArticle(make(), DOCUMENT);
    expect(article.querySelector('img')).toBeNull();
  });

  it('links present outline entries and marks hidden ones unavailable', () => {
    const selected: number[] = [];
    const copied: number[] = [];
    const nav = renderOutline(make(), DOCUMENT, { select: (block) => selected.push(block), copySection: (entry) => copied.push(entry) });
    const link = nav.querySelector('button.qy-outline-link') as HTMLButtonElement;
    link.click();
    expect(selected).toEqual([0]);
    (nav.querySelector('button.qy-outline-copy') as HTMLButtonElement).click();
    expect(copied).toEqual([0]);
    const unavailable = nav.querySelector('.qy-outline-unavailable');
    expect(unavailable?.getAttribute('aria-disabled')).toBe('true');
    expect(unavailable?.textContent).toContain('未显示');
  });
});

describe('a huge outline', () => {
  it('lists the first entries and says how many more the text has', () => {
    const outline = Array.from({ length: MAX_OUTLINE_ENTRIES + 7 }, (_, i) => ({ level: 1, text: `第${i}条`, present: true, block: 0 }));
    const nav = renderOutline(make(), { ...DOCUMENT, outline }, { select: () => undefined, copySection: () => undefined });
    expect(nav.querySelectorAll('.qy-outline-entry')).toHaveLength(MAX_OUTLINE_ENTRIES);
    expect(nav.querySelector('.qy-outline-more')?.textContent).toBe('另有 7 条未列出，正文中都在');
  });
});

describe('show changes', () => {
  const changed: CleanDocument = {
    ...DOCUMENT,
    blocks: [{ kind: 'paragraph', text: '区委认真传达会议精神' }],
    changes: [
      { pass: 'out-of-step-annotation', before: '?zhèn)鬟_', after: '传达', block: 0 },
      { pass: 'watermark', before: '新文秘網', after: '', block: 0 },
    ],
    flags: [{ kind: 'lost-bytes', text: '精神', block: 0 }],
  };

  it('marks repairs with the original and flagged spans distinctly', () => {
    const article = renderArticle(make(), changed, { marks: marksByBlock(changed), dropped: new Map() });
    const paragraph = article.querySelector('p');
    expect(paragraph?.textContent).toBe('区委认真传达会议精神');
    const change = paragraph?.querySelector('mark.qy-change');
    expect(change?.textContent).toBe('传达');
    expect(change?.getAttribute('title')).toBe('错位乱码：原文“?zhèn)鬟_”');
    expect(change?.getAttribute('tabindex')).toBe('0');
    expect(paragraph?.querySelector('mark.qy-flag')?.textContent).toBe('精神');
  });

  it('sums the changes by kind', () => {
    expect(renderChangeSummary(make(), changed).textContent).toBe('修改 2 处：错位乱码 1 · 水印 1；存疑 1 处');
  });

  it('shows each dropped line where it stood, with what it was taken for and a button to put it back', () => {
    const dropped: CleanDocument = {
      ...changed,
      changes: [
        ...changed.changes,
        { pass: 'site-chrome', before: '首頁 > 交流材料', after: '', line: { role: 'navigation', at: 0, text: '首頁 > 交流材料' } },
        { pass: 'site-chrome', before: '相關文章', after: '', line: { role: 'related', at: 1, text: '相关文章' } },
      ],
    };
    const article = renderArticle(make(), dropped, { marks: new Map(), dropped: droppedByPlace(dropped) });
    expect([...article.children].map((child) => child.className)).toEqual(['qy-title', 'qy-dropped', 'qy-paragraph', 'qy-dropped']);
    const first = article.querySelector('.qy-dropped');
    expect(first?.textContent).toBe('已删去的网站内容（导航）：首頁 > 交流材料恢复');
    expect(first?.querySelector<HTMLElement>('.qy-restore')?.dataset.change).toBe('2');
  });
});
