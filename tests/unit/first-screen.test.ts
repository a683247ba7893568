/**
 * A page's first screen, cleaned on its own and handed to the reader before the rest where
 * the rest takes a while (a long page, or byte damage below the first screen): the same
 * passes, the same text as the whole page's start, and no change to the whole.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePage, parsePage } from '../../src/cli/load-page';
import { bundledResources } from '../../src/core/bundled-resources';
import { markupStyleOf } from '../../src/core/hidden-text';
import type { CleanDocument } from '../../src/core/model';
import { cleanPage, FIRST_SCREEN_CHARS } from '../../src/core/pipeline';
import { hugeTargetPage } from '../support/huge-page';

const seed = decodePage(readFileSync('tests/fixtures/seed/page.html'));
/** Its out-of-step spans lie on both sides of its first 2,000 characters. */
const d01 = decodePage(readFileSync('tests/fixtures/pages/d01/page.html'));

async function cleaned(html: string): Promise<{ firstScreens: CleanDocument[]; whole: CleanDocument }> {
  const document = parsePage(html);
  const firstScreens: CleanDocument[] = [];
  const whole = await cleanPage(document, markupStyleOf(document), bundledResources, {
    onFirstScreen: async (firstScreen) => void firstScreens.push(firstScreen),
  });
  return { firstScreens, whole };
}

const textOf = (document: CleanDocument): string[] => document.blocks.map((block) => ('text' in block ? block.text : `[${block.kind}]`));

describe('a page’s first screen', () => {
  it('is handed over once, clean, and starts as the whole page does', async () => {
    const { firstScreens, whole } = await cleaned(hugeTargetPage(seed, 80_000).html);
    expect(firstScreens).toHaveLength(1);
    const [firstScreen] = firstScreens as [CleanDocument];
    expect(firstScreen.title).toBe(whole.title);
    expect(firstScreen.blocks.length).toBeGreaterThan(5);
    const firstScreenChars = firstScreen.blocks.reduce((sum, block) => sum + ('text' in block ? block.text.length : 0), 0);
    expect(firstScreenChars).toBeLessThan(2 * FIRST_SCREEN_CHARS);
    // The last block of the first screen may be cut where the screen ends; all before it is final.
    expect(textOf(firstScreen).slice(0, -1)).toEqual(textOf(whole).slice(0, firstScreen.blocks.length - 1));
    expect(firstScreen.changes.length).toBeGreaterThan(0);
  });

  it('changes nothing in the whole page', async () => {
    const html = hugeTargetPage(seed, 80_000).html;
    const document = parsePage(html);
    const alone = await cleanPage(document, markupStyleOf(document), bundledResources);
    expect((await cleaned(html)).whole).toEqual(alone);
  });

  it('is made where byte damage lies below it, and changes nothing there either', async () => {
    const { firstScreens, whole } = await cleaned(d01);
    expect(firstScreens).toHaveLength(1);
    const [firstScreen] = firstScreens as [CleanDocument];
    expect(textOf(firstScreen).slice(0, -1)).toEqual(textOf(whole).slice(0, firstScreen.blocks.length - 1));
    expect(firstScreen.blocks.length).toBeLessThan(whole.blocks.length);
    const document = parsePage(d01);
    expect(whole).toEqual(await cleanPage(document, markupStyleOf(document), bundledResources));
  });

  it('is not made for a short page whose damage it holds', async () => {
    expect((await cleaned(seed)).firstScreens).toEqual([]);
  });
});
