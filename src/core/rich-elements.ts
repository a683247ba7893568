/**
 * What an article holds besides running text, as the line walk meets it: the list item, the
 * data table's cell, the quote or the `<pre>` a line belongs to, and the pictures worth
 * keeping. Lines carry their container through the passes, which clean their text like any
 * other line's; the structure pass then groups them into list, table, quote and
 * preformatted blocks.
 */
import type { InlineSpan } from './model';

export type LineContainer =
  /** `list`: the outermost list's number, so that a nested list's items join its block. */
  | { kind: 'list-item'; list: number; item: number; depth: number; ordered: boolean }
  | { kind: 'cell'; table: number; row: number; column: number; header: boolean; colspan?: number; rowspan?: number }
  | { kind: 'quote' }
  | { kind: 'caption' }
  | { kind: 'pre'; pre: number };

/** Whether two lines belong to the same container: lines of different ones are never joined. */
export function sameContainer(a: LineContainer | undefined, b: LineContainer | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'list-item' && b.kind === 'list-item') return a.list === b.list && a.item === b.item;
  if (a.kind === 'cell' && b.kind === 'cell') return a.table === b.table && a.row === b.row && a.column === b.column;
  if (a.kind === 'pre' && b.kind === 'pre') return a.pre === b.pre;
  return a.kind === b.kind;
}

/** Elements only a table of data has: a caption, a header, column groups. */
const DATA_TABLE_PARTS = 'caption, thead, tfoot, colgroup, col, th';
/** A table this big holds data even with no header: ten rows, or more than four columns, or more than ten cells. */
const DATA_ROWS = 10;
const DATA_COLUMNS = 4;
const DATA_CELLS = 10;

/**
 * A table of data (statistics in a 工作总结, a schedule), as opposed to one that lays out the
 * page, which many of these sites still use: the latter is read as running text. The test
 * is Readability's (`_markDataTables`), asked again here because Readability records
 * its answer only on a private property, and the fallback for pages it cannot take needs it.
 */
export function isDataTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none' || table.getAttribute('datatable') === '0') return false;
  // Before the header test, unlike Readability's: a table of tables lays them out, and
  // each of them is then a table of its own rather than text in one cell.
  if (table.querySelector('table')) return false;
  if (table.getAttribute('summary') || table.querySelector(DATA_TABLE_PARTS)) return true;
  const rows = table.querySelectorAll('tr');
  const columns = Math.max(0, ...[...rows].map((row) => [...row.children].filter((cell) => /^T[DH]$/i.test(cell.tagName)).length));
  if (rows.length <= 1 || columns <= 1) return false;
  return rows.length >= DATA_ROWS || columns > DATA_COLUMNS || rows.length * columns > DATA_CELLS;
}

export interface Picture {
  src: string;
  alt: string;
}

/** An address written out in the page (`data:`) this short is a placeholder or a one-colour icon. */
export const MIN_INLINE_PICTURE = 200;
/** A side this short (in the page's own attributes) is a tracking pixel or an icon, not a picture. */
export const MIN_PICTURE_SIDE = 24;

/** A side the page declares; 0 is none (a responsive picture's `height="0"`). */
function declaredSide(image: Element, attribute: 'width' | 'height'): number | undefined {
  const value = Number.parseFloat(image.getAttribute(attribute) ?? '');
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The largest candidate of a `srcset`: what a wide screen would load. */
function largestOfSrcset(srcset: string): string | undefined {
  const candidates = srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .map(([url, size]) => ({ url, size: Number.parseFloat(size ?? '1') || 1 }))
    .filter((candidate) => candidate.url);
  return candidates.sort((a, b) => b.size - a.size)[0]?.url;
}

/**
 * The picture an `<img>` shows, or undefined for a tracking pixel, an icon (unless `icons`:
 * in a table's cell a small picture is a datum, ✓ or ✗) or an image with no address. A
 * lazy image's real address (`data-src`, `srcset`) is taken over its placeholder: the page
 * itself would load it when scrolled to, so no new address is ever invented. Readability
 * has already done this for the article it returns; the fallback for pages it cannot take
 * needs it here.
 */
export function pictureOf(image: Element, { icons = false } = {}): Picture | undefined {
  const width = declaredSide(image, 'width');
  const height = declaredSide(image, 'height');
  const small = (width !== undefined && width < MIN_PICTURE_SIDE) || (height !== undefined && height < MIN_PICTURE_SIDE);
  if (small && !icons) return undefined;
  const src = image.getAttribute('src') ?? '';
  const placeholder = !src || src.startsWith('data:');
  const lazy =
    image.getAttribute('data-src') ??
    image.getAttribute('data-original') ??
    largestOfSrcset(image.getAttribute('data-srcset') ?? image.getAttribute('srcset') ?? '');
  const chosen = placeholder ? lazy || src : src;
  if (!chosen || (chosen.startsWith('data:') && chosen.length < MIN_INLINE_PICTURE)) return undefined;
  return { src: absolute(chosen, image.ownerDocument.baseURI), alt: (image.getAttribute('alt') ?? '').trim() };
}

function absolute(address: string, base: string | undefined): string {
  try {
    return base && !base.startsWith('about:') ? new URL(address, base).href : address;
  } catch {
    return address;
  }
}

/**
 * The link or emphasis an inline element makes: a link only to an http(s) address (not a
 * `javascript:` one, nor one within the page), `<em>` as emphasis, `<strong>` and `<b>` as
 * strong. The page's own markup decides, never the look.
 */
export function inlineSpanOf(element: Element, tag: string): Omit<InlineSpan, 'start' | 'end'> | undefined {
  if (tag === 'EM') return { kind: 'emphasis' };
  if (tag === 'STRONG' || tag === 'B') return { kind: 'strong' };
  if (tag !== 'A') return undefined;
  const href = element.getAttribute('href')?.trim();
  if (!href || href.startsWith('#')) return undefined;
  const address = absolute(href, element.ownerDocument.baseURI);
  return /^https?:\/\//i.test(address) ? { kind: 'link', href: address } : undefined;
}
