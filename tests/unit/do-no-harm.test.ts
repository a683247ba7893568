/**
 * Do no harm: on the real pages of Mozilla Readability's test suite (none is a target
 * page) the detector says no, cleaning never fails, and the article is the one Readability
 * finds: at least 90% of the words of its expected output are in Qingyue's, and at least
 * 90% of Qingyue's are its (words counted as bags: Latin words, numbers and single Han
 * characters). On Chinese pages the passes change nothing but the script, the width of
 * punctuation and the lines they record as the site's: the text is the chosen article's less
 * those lines, converted to Simplified (Japanese never converted); Latin text is untouched by
 * punctuation rules.
 * Reads ../shared/external/readability-test-pages; skipped without it.
 */
import { distance } from 'fastest-levenshtein';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { decodePage, parsePage } from '../../src/cli/load-page';
import { articleElementSteps } from '../../src/core/article-element';
import { detectTargetPage } from '../../src/core/detect';
import { markupStyleOf } from '../../src/core/hidden-text';
import { blockText } from '../../src/core/model';
import { toSimplified } from '../../src/core/script';
import { runSteps } from '../../src/core/slices';
import { isJapaneseSample } from '../../src/core/text/script-counts';
import { bodyText } from '../support/scoring';

const SUITE = new URL('../../../shared/external/readability-test-pages/', import.meta.url).pathname;
const pages = existsSync(SUITE) ? readdirSync(SUITE).filter((name) => existsSync(join(SUITE, name, 'source.html'))).sort() : [];
const MAX_EDIT_SHARE = 0.005;
const MIN_WORD_SHARE = 0.9;
/** Pages with fewer Han characters in their article are not Chinese (or Japanese) pages. */
const CHINESE_MIN_HAN = 100;

/** The article's text as chosen (Readability's choice, less what the page hides), before any pass. */
function articleText(html: string): string {
  const document = parsePage(html);
  return (runSteps(articleElementSteps(document, markupStyleOf(document)))?.root.textContent ?? '').replace(/\s+/g, '');
}

/** Punctuation in one width: widening the page's ASCII marks inside Chinese is the cleaning's to do. */
const narrow = (text: string): string => text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const [word] of toSimplified(text).toLowerCase().matchAll(/\p{Script=Han}|[\p{L}\p{N}]+/gu)) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** How many words of `part` are in `whole`, as a share of `part`'s. */
function wordsIn(part: Map<string, number>, whole: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [word, count] of part) {
    shared += Math.min(count, whole.get(word) ?? 0);
    total += count;
  }
  return total === 0 ? 1 : shared / total;
}

describe.skipIf(pages.length === 0)('do no harm on the Readability suite', () => {
  it('has the suite’s pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  it.each(pages)('%s', async (name) => {
    const bytes = readFileSync(join(SUITE, name, 'source.html'));
    const html = decodePage(bytes);
    expect(detectTargetPage(parsePage(html).body?.textContent ?? '').detected).toBe(false);

    const cleaned = await cleanFile(bytes, 'simplified');
    expect(cleaned.detected).toBe(false);
    const expectedArticle = wordBag(parsePage(readFileSync(join(SUITE, name, 'expected.html'), 'utf8')).documentElement?.textContent ?? '');
    const output = wordBag(cleaned.blocks.map(blockText).join('\n'));
    expect(wordsIn(expectedArticle, output), 'share of the article’s words in the output').toBeGreaterThanOrEqual(MIN_WORD_SHARE);
    expect(wordsIn(output, expectedArticle), 'share of the output’s words in the article').toBeGreaterThanOrEqual(MIN_WORD_SHARE);

    const reference = articleText(html);
    const actual = bodyText(cleaned.blocks);
    const han = reference.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (han < CHINESE_MIN_HAN) {
      // Latin (and other) text: no punctuation rule touched it, so no full-width mark appears that the page lacks.
      const pageText = parsePage(html).body?.textContent ?? '';
      for (const mark of '，；：（）？！') expect(actual.split(mark).length).toBeLessThanOrEqual(pageText.split(mark).length);
      return;
    }
    const japanese = isJapaneseSample(reference);
    const dropped = cleaned.changes.filter((change) => change.line).map((change) => change.before.replace(/\s+/g, ''));
    const expected = dropped.reduce((rest, line) => rest.replace(line, ''), reference);
    if (japanese) expect(actual).toContain([...reference.matchAll(/[\u3040-\u30ff]+/g)][0]?.[0] ?? '');
    const inScript = narrow(japanese ? expected : toSimplified(expected));
    expect(distance(narrow(actual), inScript) / Math.max(1, inScript.length)).toBeLessThanOrEqual(MAX_EDIT_SHARE);
  });
});
