/**
 * The reader's lists, tables, quotes, preformatted text and pictures. Their text is set as
 * text, never parsed; a picture loads the address the page itself gave it.
 */
import type { ImageBlock, ListBlock, TableBlock } from '../core';
import type { Make } from './render';
import { fillText } from './render-text';

/** A flat list of items with depths as nested `<ol>`/`<ul>`. */
export function renderList(make: Make, block: ListBlock): HTMLElement {
  const listOf = (ordered: boolean): HTMLElement => make(ordered ? 'ol' : 'ul', 'qy-list');
  const root = listOf(block.items[0]?.ordered ?? false);
  const open: HTMLElement[] = [root];
  for (const item of block.items) {
    while (open.length > item.depth + 1) open.pop();
    while (open.length < item.depth + 1) {
      const parent = open.at(-1)?.lastElementChild ?? open.at(-1);
      const nested = listOf(item.ordered);
      parent?.append(nested);
      open.push(nested);
    }
    const element = make('li');
    fillText(make, element, item.text, [], item.spans);
    open.at(-1)?.append(element);
  }
  return root;
}

/** A table that scrolls on its own when wider than the column, so the text never does. */
export function renderTable(make: Make, block: TableBlock): HTMLElement {
  const frame = make('div', 'qy-table-frame');
  frame.tabIndex = 0;
  const table = make('table', 'qy-table');
  const body = make('tbody');
  for (const row of block.rows) {
    const line = make('tr');
    for (const cell of row) {
      const element = make(cell.header ? 'th' : 'td', undefined, cell.text);
      for (const { src, alt } of cell.images ?? []) element.append(picture(make, src, alt, 'qy-cell-image'));
      if (cell.colspan) element.colSpan = cell.colspan;
      if (cell.rowspan) element.rowSpan = cell.rowspan;
      line.append(element);
    }
    body.append(line);
  }
  table.append(body);
  frame.append(table);
  return frame;
}

function picture(make: Make, src: string, alt: string, className: string): HTMLImageElement {
  const image = make('img', className);
  image.alt = alt;
  image.loading = 'lazy';
  image.decoding = 'async';
  image.src = src;
  return image;
}

/** A picture with its caption; should it fail to load, its alt text stands in its place. */
export function renderImage(make: Make, block: ImageBlock): HTMLElement {
  const figure = make('figure', 'qy-figure');
  figure.append(picture(make, block.src, block.alt, 'qy-image'));
  if (block.caption) figure.append(make('figcaption', 'qy-caption', block.caption));
  return figure;
}
