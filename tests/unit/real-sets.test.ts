/**
 * Every real excerpt of other sites' pages (tests/fixtures/real, real2, real3, real4), as the
 * page and as the text a reader copies out of it: the text gives the page's article (title,
 * outline, headings, the same text), every flag stands in its block as the reader sees it, and where a forward model verified a reading, neither
 * makes a wrong repair: a fluent reading the page never had is the worst outcome. Each wrong
 * repair found is kept here as a case (s06, s14, s17, s27, t03, t04, t10, t16 once had one).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/cli/load-input';
import { cleanFile } from '../../src/cli/main';
import { blockText, type CleanDocument } from '../../src/core/model';
import { FIXTURES, REAL_EXCERPTS } from '../support/real-sets';
import { tallyRepairs } from '../support/repair-tally';
import type { TruthDocument } from '../support/scoring';

const article = (document: CleanDocument) => ({
  title: document.title,
  outline: document.outline,
  headings: document.blocks.filter((block) => block.kind === 'heading'),
  text: document.blocks.map(blockText),
});

/** Flags the reader cannot show: not in their block's text as it reads, or inside another flag there. */
function misplacedFlags(document: CleanDocument): string[] {
  return document.flags.filter((flag, i) => {
    const block = flag.block === undefined ? undefined : document.blocks[flag.block];
    if (!block || !('text' in block)) return false;
    if (!block.text.includes(flag.text)) return true;
    return document.flags.some((other, j) => j !== i && other.block === flag.block && other.text.length > flag.text.length && other.text.includes(flag.text));
  }).map((flag) => flag.text);
}

describe('the real excerpts, page and text', () => {
  it('are 100 and more, from four sets', () => {
    expect(REAL_EXCERPTS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(REAL_EXCERPTS)('$set $name: the text gives the page’s article, and neither repairs wrongly', async ({ page, source, truth }) => {
    const fromPage = await cleanFile(readFileSync(new URL(page, FIXTURES)), 'simplified');
    const fromText = (await cleanInput(readFileSync(new URL(source, FIXTURES)), 'text', 'simplified')).document;
    expect(article(fromText)).toEqual(article(fromPage));
    expect(misplacedFlags(fromPage)).toEqual([]);
    if (!truth) return;
    const expected = JSON.parse(readFileSync(new URL(truth, FIXTURES), 'utf8')) as TruthDocument;
    expect(tallyRepairs(fromPage, expected).wrong).toEqual([]);
  });
});
