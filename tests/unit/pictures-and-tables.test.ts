/**
 * On Readability's pages, the pictures and the tables of data that Readability's expected
 * output keeps are in the reader's article and in the Markdown, counted page by page.
 * Not counted, as the reader drops them on purpose: tracking pixels, icons, corners and
 * rules (a declared side under MIN_PICTURE_SIDE, outside a table), and placeholders or
 * one-colour icons written out as short `data:` addresses with no real address beside them,
 * and pictures the page's own style sheet hides (named below).
 * A table of data has at least two rows and two columns and no table inside, and a header
 * or more than ten cells: Readability's own test, which it records on no attribute.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { toMarkdown } from '../../src/core/export';
import { MIN_INLINE_PICTURE, MIN_PICTURE_SIDE } from '../../src/core/rich-elements';
import { elementMaker, renderArticle } from '../../src/reader/render';

const SUITE = new URL('../../../shared/external/readability-test-pages/', import.meta.url).pathname;
const pages = existsSync(SUITE) ? readdirSync(SUITE).filter((name) => existsSync(join(SUITE, name, 'expected.html'))).sort() : [];

/** Pictures Readability keeps that the page itself hides with its style sheet, which Readability does not read. */
const HIDDEN_BY_THE_PAGE: Record<string, number> = {
  // The video player's 16×9 spacer, in a `visibility: hidden` box.
  qq: 1,
  // A video's poster, in a figure whose class the style sheet sets to `display: none`.
  'nytimes-5': 1,
};

function keptPicture(image: Element): boolean {
  const sides = ['width', 'height'].map((side) => Number.parseFloat(image.getAttribute(side) ?? '')).filter((side) => side > 0);
  const table = image.closest('table');
  if (!(table && holdsData(table)) && sides.some((side) => side < MIN_PICTURE_SIDE)) return false;
  const src = image.getAttribute('src') ?? '';
  const lazy = ['data-src', 'srcset', 'data-srcset'].some((name) => image.hasAttribute(name));
  return !(src.startsWith('data:') && src.length < MIN_INLINE_PICTURE && !lazy);
}

function holdsData(table: Element): boolean {
  const rows = [...table.querySelectorAll('tr')];
  const columns = Math.max(0, ...rows.map((row) => row.querySelectorAll('td, th').length));
  if (table.querySelector('table') || rows.length < 2 || columns < 2) return false;
  return table.querySelector('th, thead, caption') !== null || rows.length * columns > 10;
}

describe.skipIf(pages.length === 0)('pictures and tables of Readability’s pages', () => {
  it('has the suite’s pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  it.each(pages)('%s keeps them in the reader and the Markdown', async (name) => {
    const expected = parseHTML(readFileSync(join(SUITE, name, 'expected.html'), 'utf8')).document;
    const pictures = [...expected.querySelectorAll('img')].filter(keptPicture).length - (HIDDEN_BY_THE_PAGE[name] ?? 0);
    const tables = [...expected.querySelectorAll('table')].filter(holdsData).length;

    const cleaned = await cleanFile(readFileSync(join(SUITE, name, 'source.html')), 'simplified', 'http://fakehost/test/page.html');
    const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
    const article = renderArticle(elementMaker(document as unknown as Document), cleaned);
    expect(article.querySelectorAll('img').length).toBeGreaterThanOrEqual(pictures);
    expect(article.querySelectorAll('table').length).toBeGreaterThanOrEqual(tables);

    const markdown = toMarkdown(cleaned);
    expect(markdown.match(/!\[(?:[^\]\\]|\\.)*\]\(</g)?.length ?? 0).toBeGreaterThanOrEqual(pictures);
    expect(markdown.match(/^\| (?:--- \| )*--- \|$/gm)?.length ?? 0).toBeGreaterThanOrEqual(tables);
  });
});
