import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePage, parsePage } from '../cli/load-page';
import { bundledResources } from './bundled-resources';
import { markupStyleOf } from './hidden-text';
import { cleanPage } from './pipeline';
import { inSlices, partOf, runSteps, type Slices } from './slices';
import { toScript } from './to-script';

function* counting(to: number): Generator<void, number> {
  for (let i = 0; i < to; i++) yield;
  return to;
}

/** Slices that are always due, recording the progress they are told. */
function everyStep(): Slices & { told: number[] } {
  const told: number[] = [];
  return { told, due: () => true, next: async (progress) => void told.push(progress) };
}

describe('slices', () => {
  it('runSteps runs a generator to its end', () => {
    expect(runSteps(counting(5))).toBe(5);
  });

  it('inSlices ends a slice only when it is due, and says how far it is', async () => {
    const never: Slices = { due: () => false, next: () => Promise.reject(new Error('not due')) };
    expect(await inSlices(counting(3), never, () => 0)).toBe(3);
    const slices = everyStep();
    expect(await inSlices(counting(4), slices, (done) => done / 4)).toBe(4);
    expect(slices.told).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it('cleans the source page in slices to exactly what it gives in one go, with progress from 0 to 1', async () => {
    const html = decodePage(readFileSync('tests/fixtures/seed/page.html'));
    const page = (): Document => parsePage(html);
    const whole = await cleanPage(page(), markupStyleOf(page()), bundledResources);
    const slices = everyStep();
    const document = page();
    const sliced = await cleanPage(document, markupStyleOf(document), bundledResources, { slices });
    expect(sliced).toEqual(whole);
    expect(slices.told.length).toBeGreaterThan(whole.blocks.length);
    expect(slices.told.every((progress, i) => progress >= 0 && progress <= 1 && progress >= (slices.told[i - 1] ?? 0))).toBe(true);
    expect(slices.told.at(-1)).toBe(1);
    const converted = await toScript(whole, 'simplified', bundledResources, 't', everyStep());
    expect(converted).toEqual(await toScript(whole, 'simplified', bundledResources));
  });
});

describe('a part of slices', () => {
  it('maps its progress into its share of the whole', async () => {
    const whole = everyStep();
    const secondHalf = partOf(whole, 0.5, 1);
    await secondHalf.next(0);
    await secondHalf.next(0.5);
    expect(whole.told).toEqual([0.5, 0.75]);
  });
});
