/**
 * Builds the reader's article and outline from the document model. Page text is only ever
 * set as text (`textContent`), never parsed as HTML.
 */
import { omissionLabel } from '../core/export';
import type { Block, CleanDocument, OutlineEntry } from '../core/model';
import { changeCounts, type Mark } from './change-marks';

/** What each pass did, in the reader's words. */
export const PASS_LABELS: Record<string, string> = {
  'pinyin-annotation': '拼音注音',
  'out-of-step-annotation': '错位乱码',
  'lost-bytes': '丢失字节',
  'censored-pinyin': '拼音替字',
  'half-width-punctuation': '半角标点',
  'hard-wrap': '断行',
  watermark: '水印',
  'hidden-text': '隐藏文字',
  'site-chrome': '网站栏目',
  'omission-notice': '省略提示',
  'outline-block': '目录提纲',
  'em-dash': '破折号',
};
const FLAG_NOTE = '疑似乱码，无法可靠修复，保留原样';

export type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => HTMLElementTagNameMap[K];

export function elementMaker(document: Document): Make {
  return (tag, className, text) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };
}

export function blockId(index: number): string {
  return `qy-block-${index}`;
}

const UNAVAILABLE = {
  simplified: { tag: '未显示', note: '这一节在网站隐藏的部分，页面没有显示' },
  traditional: { tag: '未顯示', note: '這一節在網站隱藏的部分，頁面沒有顯示' },
};

/** The block's text with its marks: a repair shows what the page had on hover and focus. */
function fillText(make: Make, element: HTMLElement, text: string, marks: readonly Mark[]): void {
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) element.append(text.slice(at, mark.start));
    const span = make('mark', mark.kind === 'change' ? 'qy-change' : 'qy-flag', text.slice(mark.start, mark.end));
    span.tabIndex = 0;
    const label = PASS_LABELS[mark.pass] ?? mark.pass;
    const note = mark.kind === 'change' ? `${label}：原文“${mark.original ?? ''}”` : FLAG_NOTE;
    span.title = note;
    span.dataset.note = note;
    element.append(span);
    at = mark.end;
  }
  if (at < text.length) element.append(text.slice(at));
}

function renderBlock(make: Make, block: Block, index: number, document: CleanDocument, marks: readonly Mark[]): HTMLElement {
  let element: HTMLElement;
  if (block.kind === 'omission') {
    element = make('p', 'qy-omission', omissionLabel(block, document.script));
    element.setAttribute('role', 'note');
  } else {
    const level = Math.min(6, block.kind === 'heading' ? block.level + 1 : 0) as 0 | 2 | 3 | 4 | 5 | 6;
    element = level ? make(`h${level}`, 'qy-heading') : make('p', 'qy-paragraph');
    fillText(make, element, block.text, marks);
  }
  element.id = blockId(index);
  return element;
}

/** The article; with `marks`, repairs and flagged spans are marked in the text. */
export function renderArticle(make: Make, document: CleanDocument, marks: ReadonlyMap<number, readonly Mark[]> = new Map()): HTMLElement {
  const article = make('article', 'qy-article');
  article.append(
    make('h1', 'qy-title', document.title),
    ...document.blocks.map((block, i) => renderBlock(make, block, i, document, marks.get(i) ?? [])),
  );
  return article;
}

/** "修改 N 处：拼音注音 12 · 半角标点 8 …；存疑 M 处". */
export function renderChangeSummary(make: Make, document: CleanDocument): HTMLElement {
  const summary = make('p', 'qy-change-summary');
  const counts = changeCounts(document);
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const parts = counts.map(([pass, count]) => `${PASS_LABELS[pass] ?? pass} ${count}`).join(' · ');
  summary.textContent = `修改 ${total} 处${parts ? `：${parts}` : ''}；存疑 ${document.flags.length} 处`;
  return summary;
}

function renderEntry(make: Make, entry: OutlineEntry, document: CleanDocument, onSelect: (block: number) => void): HTMLLIElement {
  const item = make('li', `qy-outline-entry qy-level-${entry.level}`);
  if (entry.present && entry.block !== undefined) {
    const target = entry.block;
    const button = make('button', 'qy-outline-link', entry.text);
    button.type = 'button';
    button.dataset.block = String(target);
    button.addEventListener('click', () => onSelect(target));
    item.append(button);
  } else {
    const { tag, note } = UNAVAILABLE[document.script];
    const label = make('span', 'qy-outline-unavailable', entry.text);
    label.setAttribute('aria-disabled', 'true');
    label.title = note;
    const badge = make('span', 'qy-unavailable-tag', tag);
    badge.setAttribute('aria-hidden', 'true');
    label.append(badge, make('span', 'qy-visually-hidden', `（${note}）`));
    item.append(label);
  }
  return item;
}

export function renderOutline(make: Make, document: CleanDocument, onSelect: (block: number) => void): HTMLElement {
  const nav = make('nav', 'qy-outline');
  nav.setAttribute('aria-label', document.script === 'traditional' ? '提綱' : '提纲');
  nav.append(make('h2', 'qy-outline-title', document.script === 'traditional' ? '提綱' : '提纲'));
  const list = make('ol', 'qy-outline-list');
  list.append(...document.outline.map((entry) => renderEntry(make, entry, document, onSelect)));
  nav.append(list);
  return nav;
}
