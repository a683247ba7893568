/**
 * Do no harm: on the real pages of Mozilla Readability's test suite (none is a target
 * page) the detector says no, cleaning never fails, and the text comes out as Readability's
 * own article text of the visible page: Chinese converted to Simplified, Japanese never
 * converted, Latin text untouched by punctuation rules.
 * Reads ../shared/external/readability-test-pages; skipped without it.
 */
import { Readability } from '@mozilla/readability';
import { distance } from 'fastest-levenshtein';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { decodePage, parsePage } from '../../src/cli/load-page';
import { detectTargetPage } from '../../src/core/detect';
import { visibleCloneSteps } from '../../src/core/extract';
import { markupStyleOf } from '../../src/core/hidden-text';
import { toSimplified } from '../../src/core/script';
import { runSteps } from '../../src/core/slices';
import { isJapaneseSample } from '../../src/core/text/script-counts';
import { bodyText } from '../support/scoring';

const SUITE = new URL('../../../shared/external/readability-test-pages/', import.meta.url).pathname;
const pages = existsSync(SUITE) ? readdirSync(SUITE).filter((name) => existsSync(join(SUITE, name, 'source.html'))).sort() : [];
const MAX_EDIT_SHARE = 0.005;
/** Pages with fewer Han characters in their article are not Chinese (or Japanese) pages. */
const CHINESE_MIN_HAN = 100;

/** Readability's article text on what a reader sees (both leave out hidden elements). */
function readabilityText(html: string): string {
  const document = parsePage(html);
  const article = new Readability(runSteps(visibleCloneSteps(document, markupStyleOf(document))).clone).parse();
  return (article?.textContent ?? '').replace(/\s+/g, '');
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
    const reference = readabilityText(html);
    const actual = bodyText(cleaned.blocks);
    const han = reference.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (han < CHINESE_MIN_HAN) {
      // Latin (and other) text: no punctuation rule touched it, so no full-width mark appears that the page lacks.
      const pageText = parsePage(html).body?.textContent ?? '';
      for (const mark of '，；：（）？！') expect(actual.split(mark).length).toBeLessThanOrEqual(pageText.split(mark).length);
      return;
    }
    const japanese = isJapaneseSample(reference);
    const expected = japanese ? reference : toSimplified(reference);
    if (japanese) expect(actual).toContain([...reference.matchAll(/[\u3040-\u30ff]+/g)][0]?.[0] ?? '');
    expect(distance(actual, expected) / Math.max(1, expected.length)).toBeLessThanOrEqual(MAX_EDIT_SHARE);
  });
});
