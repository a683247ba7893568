/**
 * Builds the reader's article and outline from the document model. Page text is only ever
 * set as text (`textContent`), never parsed as HTML.
 */
import { omissionLabel } from '../core/export';
import type { Block, CleanDocument, OutlineEntry } from '../core/model';

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => HTMLElementTagNameMap[K];

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

function renderBlock(make: Make, block: Block, index: number, document: CleanDocument): HTMLElement {
  let element: HTMLElement;
  if (block.kind === 'heading') {
    const level = Math.min(6, block.level + 1) as 2 | 3 | 4 | 5 | 6;
    element = make(`h${level}`, 'qy-heading', block.text);
  } else if (block.kind === 'omission') {
    element = make('p', 'qy-omission', omissionLabel(block, document.script));
    element.setAttribute('role', 'note');
  } else {
    element = make('p', 'qy-paragraph', block.text);
  }
  element.id = blockId(index);
  return element;
}

export function renderArticle(make: Make, document: CleanDocument): HTMLElement {
  const article = make('article', 'qy-article');
  article.append(make('h1', 'qy-title', document.title), ...document.blocks.map((block, i) => renderBlock(make, block, i, document)));
  return article;
}

function renderEntry(make: Make, entry: OutlineEntry, document: CleanDocument, onSelect: (block: number) => void): HTMLLIElement {
  const item = make('li', `qy-outline-entry qy-level-${entry.level}`);
  if (entry.present && entry.block !== undefined) {
    const target = entry.block;
    const button = make('button', 'qy-outline-link', entry.text);
    button.type = 'button';
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
