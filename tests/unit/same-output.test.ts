/**
 * The pipeline's output on every fixture and real page is byte for byte what was recorded
 * (tests/support/recorded-outputs.ts): a change made for speed changes nothing a reader sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUTS, pipelineOutput } from '../support/recorded-outputs';
import { TRUTH_PAGES } from '../support/truth-pages';

describe('the recorded output', () => {
  it('is kept for all 25 truth pages', () => {
    expect(TRUTH_PAGES).toHaveLength(25);
  });

  it.each(TRUTH_PAGES)('$name comes out byte for byte as recorded', async ({ name, page }) => {
    const recorded = readFileSync(new URL(`${name}.json`, OUTPUTS), 'utf8');
    expect(await pipelineOutput(page)).toBe(recorded);
  });
});
