/**
 * Builds the reader's article and outline from the document model. Page text is only ever
 * set as text (`textContent`), never parsed as HTML.
 */
import { type Block, type CleanDocument, omissionLabel, type OutlineEntry } from '../core';
import { t } from '../extension/i18n';
import { changeCounts, type Mark } from './change-marks';
import { renderDroppedLine, type DroppedLine } from './dropped-lines';
import { renderImage, renderList, renderTable } from './render-rich';
import { fillText, passLabel } from './render-text';

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

/** The element and class of each block of running text. */
const TEXT_TAGS = { paragraph: ['p', 'qy-paragraph'], quote: ['blockquote', 'qy-quote'], preformatted: ['pre', 'qy-preformatted'] } as const;

function renderBlock(make: Make, block: Block, index: number, document: CleanDocument, marks: readonly Mark[]): HTMLElement {
  let element: HTMLElement;
  if (block.kind === 'omission') {
    element = make('p', 'qy-omission', omissionLabel(block, document.script));
    element.setAttribute('role', 'note');
  } else if (block.kind === 'list') {
    element = renderList(make, block);
  } else if (block.kind === 'table') {
    element = renderTable(make, block);
  } else if (block.kind === 'image') {
    element = renderImage(make, block);
  } else if (block.kind === 'heading') {
    element = make(`h${Math.min(6, block.level + 1) as 2 | 3 | 4 | 5 | 6}`, 'qy-heading');
    fillText(make, element, block.text, marks);
  } else {
    const [tag, className] = TEXT_TAGS[block.kind];
    element = make(tag, className);
    fillText(make, element, block.text, marks, block.kind === 'preformatted' ? [] : block.spans);
  }
  element.id = blockId(index);
  return element;
}

/** What 显示修改 adds to the blocks: the marks in their text, and the dropped lines where they stood. */
export interface ShownChanges {
  marks: ReadonlyMap<number, readonly Mark[]>;
  dropped: ReadonlyMap<number, readonly DroppedLine[]>;
}

const NO_CHANGES: ShownChanges = { marks: new Map(), dropped: new Map() };

/**
 * The article with its first `upTo` blocks (all by default); with `changes`, repairs and
 * flagged spans are marked in the text and dropped lines shown where they stood. A huge
 * article gets the rest from `renderBlocks` a slice at a time, so that no one task builds and
 * lays out all of it.
 */
export function renderArticle(make: Make, document: CleanDocument, changes: ShownChanges = NO_CHANGES, upTo = document.blocks.length): HTMLElement {
  const article = make('article', 'qy-article');
  article.append(make('h1', 'qy-title', document.title), ...renderBlocks(make, document, changes, 0, upTo));
  return article;
}

/** Blocks `from` to `to` (not included) of the article, each after the dropped lines that stood before it. */
export function renderBlocks(make: Make, document: CleanDocument, changes: ShownChanges, from: number, to: number): HTMLElement[] {
  const end = Math.min(to, document.blocks.length);
  const elements: HTMLElement[] = [];
  for (let index = from; index < end; index++) {
    for (const line of changes.dropped.get(index) ?? []) elements.push(renderDroppedLine(make, line));
    elements.push(renderBlock(make, document.blocks[index] as Block, index, document, changes.marks.get(index) ?? []));
  }
  if (end === document.blocks.length) for (const line of changes.dropped.get(end) ?? []) elements.push(renderDroppedLine(make, line));
  return elements;
}

/** "修改 N 处：拼音注音 12 · 半角标点 8 …；存疑 M 处". */
export function renderChangeSummary(make: Make, document: CleanDocument): HTMLElement {
  const summary = make('p', 'qy-change-summary');
  const counts = changeCounts(document);
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const parts = counts.map(([pass, count]) => `${passLabel(pass)} ${count}`).join(' · ');
  summary.textContent = t('changeSummary', total, parts ? `：${parts}` : '', document.flags.length);
  return summary;
}

export interface OutlineActions {
  select: (block: number) => void;
  copySection: (entryIndex: number) => void;
}

function renderEntry(make: Make, entry: OutlineEntry, index: number, actions: OutlineActions): HTMLLIElement {
  const item = make('li', `qy-outline-entry qy-level-${entry.level}`);
  item.dataset.level = String(entry.level);
  if (entry.present && entry.block !== undefined) {
    const target = entry.block;
    const link = make('button', 'qy-outline-link', entry.text);
    link.type = 'button';
    link.dataset.block = String(target);
    link.addEventListener('click', () => actions.select(target));
    const copy = make('button', 'qy-outline-copy', t('copySection'));
    copy.type = 'button';
    copy.setAttribute('aria-label', t('copySectionLabel', entry.text));
    copy.addEventListener('click', () => actions.copySection(index));
    item.append(link, copy);
  } else {
    const note = t('unavailableNote');
    const label = make('span', 'qy-outline-unavailable', entry.text);
    label.setAttribute('aria-disabled', 'true');
    label.tabIndex = 0;
    label.title = note;
    label.dataset.note = note;
    const badge = make('span', 'qy-unavailable-tag', t('unavailableTag'));
    badge.setAttribute('aria-hidden', 'true');
    label.append(badge, make('span', 'qy-visually-hidden', `（${note}）`));
    item.append(label);
  }
  return item;
}

/** Entries after `item` that sit deeper than it: its sub-entries. */
function subEntries(item: HTMLElement): HTMLElement[] {
  const level = Number(item.dataset.level);
  const below: HTMLElement[] = [];
  for (let next = item.nextElementSibling as HTMLElement | null; next && Number(next.dataset.level) > level; next = next.nextElementSibling as HTMLElement | null) {
    below.push(next);
  }
  return below;
}

/** Entries with sub-entries get a button that folds them away. */
function addFolding(make: Make, items: HTMLElement[]): void {
  for (const item of items) {
    if (subEntries(item).length === 0) continue;
    const fold = make('button', 'qy-outline-fold', '▾');
    fold.type = 'button';
    fold.setAttribute('aria-expanded', 'true');
    fold.setAttribute('aria-label', t('foldCollapse'));
    fold.addEventListener('click', () => {
      const expand = fold.getAttribute('aria-expanded') !== 'true';
      fold.setAttribute('aria-expanded', String(expand));
      fold.setAttribute('aria-label', expand ? t('foldCollapse') : t('foldExpand'));
      fold.textContent = expand ? '▾' : '▸';
      for (const sub of subEntries(item)) sub.hidden = !expand;
    });
    item.prepend(fold);
  }
}

/** ↑/↓ move between the outline's entries, Home/End to the first and last. */
function addArrowKeys(nav: HTMLElement): void {
  nav.addEventListener('keydown', (event) => {
    const stops = [...nav.querySelectorAll<HTMLElement>('li:not([hidden]) > .qy-outline-link, li:not([hidden]) > .qy-outline-unavailable')];
    const focused = (nav.getRootNode() as Document | ShadowRoot).activeElement;
    const at = stops.findIndex((stop) => stop === focused);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: stops.length - 1 };
    const target = moves[event.key];
    if (target === undefined || !stops[target]) return;
    event.preventDefault();
    event.stopPropagation();
    stops[target]?.focus();
  });
}

/**
 * More entries than an outline can be read by: a huge article numbers thousands of
 * paragraphs (一是…, 二是…). The outline lists the first ones and says how many it leaves
 * out; every one of them is still in the article.
 */
export const MAX_OUTLINE_ENTRIES = 300;

export function renderOutline(make: Make, document: CleanDocument, actions: OutlineActions): HTMLElement {
  const nav = make('nav', 'qy-outline');
  nav.setAttribute('aria-label', t('outline'));
  nav.append(make('h2', 'qy-outline-title', t('outline')));
  const list = make('ol', 'qy-outline-list');
  const items = document.outline.slice(0, MAX_OUTLINE_ENTRIES).map((entry, i) => renderEntry(make, entry, i, actions));
  list.append(...items);
  addFolding(make, items);
  nav.append(list);
  const left = document.outline.length - items.length;
  if (left > 0) nav.append(make('p', 'qy-outline-more', t('outlineMore', left)));
  addArrowKeys(nav);
  return nav;
}
