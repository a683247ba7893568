/**
 * Damaged pages of layouts the fixtures do not have (a table layout, a modern <h2> layout,
 * GBK-served), made from a text of our own the way real pages were damaged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { damagedPage, type DamageOptions } from '../support/damage';
import { damageLeft, editDistanceShare } from '../support/scoring';

const TEXT = readFileSync(new URL('../fixtures/unseen/text.md', import.meta.url), 'utf8');
const VARIANTS: DamageOptions[] = [
  { layout: 'table', charset: 'gbk', annotatedCount: 25, siteName: '公文寫作網' },
  { layout: 'modern-h2', charset: 'utf-8', annotatedCount: 40, siteName: '範文大全網' },
  { layout: 'modern-h2', charset: 'gbk', annotatedCount: 60, siteName: '秘書工作網' },
];

describe.each(VARIANTS)('an unseen $layout layout served as $charset with $annotatedCount annotated characters', (options) => {
  it('is detected and cleaned: title, text within 2%, no damage left, headings kept', async () => {
    const page = await damagedPage(TEXT, options);
    const cleaned = await cleanFile(page.html, 'simplified');
    expect(cleaned.detected).toBe(true);
    expect(cleaned.title).toBe(page.truth.title);
    expect(editDistanceShare(cleaned, page.truth)).toBeLessThanOrEqual(0.02);
    expect(damageLeft(cleaned, [options.siteName])).toEqual([]);
    expect(cleaned.blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && block.level)).toEqual(
      page.truth.blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && block.level),
    );
    expect(cleaned.blocks.at(-1)).toEqual(page.truth.blocks.at(-1));
  });
});
