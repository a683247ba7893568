/**
 * Do no harm on clean pages of every kind, pinyin pages included (tests/fixtures/clean):
 * none is recognised, and the text comes out as the page shows it, but for script and
 * punctuation width: no reading dropped, no line joined in verse, code, lists or timetables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePage, parsePage } from '../../src/cli/load-page';
import { cleanFile } from '../../src/cli/main';
import { detectTargetPage } from '../../src/core/detect';
import { blockText } from '../../src/core/model';
import { toSimplified } from '../../src/core/script';
import { bodyText } from '../support/scoring';

const dir = new URL('../fixtures/clean/', import.meta.url);
const pages = readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
/** Script and punctuation width are the changes allowed on a clean page. */
const normalised = (text: string) => toSimplified(text).replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
const lineBreaks = (html: string) => (html.match(/<br>|\n(?=[^<]*<\/pre>)|<li>/g) ?? []).length;

describe('do no harm on clean and pinyin pages', () => {
  it('has pages of every kind', () => {
    expect(pages.length).toBeGreaterThanOrEqual(14);
  });

  it.each(pages)('%s', async (name) => {
    const bytes = readFileSync(new URL(name, dir));
    const html = decodePage(bytes);
    const article = parsePage(html).querySelector('article') as Element;
    expect(detectTargetPage(article.textContent ?? '').detected).toBe(false);
    const cleaned = await cleanFile(bytes, 'simplified');
    expect(cleaned.detected).toBe(false);
    expect(cleaned.changes.filter((change) => !['half-width-punctuation', 'site-chrome'].includes(change.pass))).toEqual([]);
    expect(normalised(bodyText(cleaned.blocks))).toBe(normalised(article.textContent ?? ''));
    // Every line the page broke stays a line of its own: a block, a list's item, a <pre>'s line.
    const lines = cleaned.blocks.reduce((count, block) => count + blockText(block).split('\n').length, 0);
    expect(lines).toBeGreaterThanOrEqual(lineBreaks(html));
  });
});
