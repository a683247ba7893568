/**
 * Damaged pages of layouts the fixtures do not have (a table layout, a modern <h2> layout,
 * GBK-served), made from a text of our own the way real pages were damaged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { damagedPage, type DamageOptions } from '../support/damage';
import { tallyRepairs } from '../support/repair-tally';
import { bodyText, damageLeft, editDistanceShare, unflaggedDamage } from '../support/scoring';

const TEXT = readFileSync(new URL('../fixtures/unseen/text.md', import.meta.url), 'utf8');
const VARIANTS: DamageOptions[] = [
  { layout: 'table', charset: 'gbk', annotatedCount: 25, siteName: '公文寫作網' },
  { layout: 'modern-h2', charset: 'utf-8', annotatedCount: 40, siteName: '範文大全網' },
  { layout: 'modern-h2', charset: 'gbk', annotatedCount: 60, siteName: '秘書工作網' },
  // Recognised by the damage alone: no 未完 tail, the site's name visible in sentences, a -- title suffix.
  { layout: 'table', charset: 'gbk', annotatedCount: 30, siteName: '材料天下網', titleSeparator: '--', visibleWatermark: true, withoutTail: true },
];
/**
 * Simplified pages keep their punctuation as two-byte codes, so a span read out of step
 * runs on to the end of its line, where the decoder dropped the last byte: too long a
 * run, and a byte truly lost, to repair. Such spans are flagged, never rewritten.
 */
const SIMPLIFIED_VARIANTS: DamageOptions[] = [
  { layout: 'modern-h2', charset: 'utf-8', annotatedCount: 20, siteName: '范文中心', script: 'simplified', titleSeparator: ' - ', visibleWatermark: true, withoutTail: true },
];

/** The damaged page, cleaned; recognised and titled as every such page must be. */
async function cleanedRecognised(options: DamageOptions) {
  const page = await damagedPage(TEXT, options);
  const cleaned = await cleanFile(page.html, 'simplified');
  expect(cleaned.detected).toBe(true);
  expect(cleaned.title).toBe(page.truth.title);
  return { page, cleaned };
}

describe.each(VARIANTS)('an unseen $layout layout served as $charset ($script) with $annotatedCount annotated characters, title separator $titleSeparator', (options) => {
  it('is detected and cleaned: title, text within 2%, no damage left, headings kept', async () => {
    const { page, cleaned } = await cleanedRecognised(options);
    expect(editDistanceShare(cleaned, page.truth)).toBeLessThanOrEqual(0.02);
    expect(damageLeft(cleaned, [options.siteName])).toEqual([]);
    expect(cleaned.blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && block.level)).toEqual(
      page.truth.blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && block.level),
    );
    expect(cleaned.blocks.at(-1)).toEqual(page.truth.blocks.at(-1));
  });
});

describe.each(SIMPLIFIED_VARIANTS)('an unseen Simplified page served as $charset with $annotatedCount annotated characters', (options) => {
  it('is recognised and titled, loses the site’s name, and flags what it cannot repair, with no wrong repair', async () => {
    const { page, cleaned } = await cleanedRecognised(options);
    expect(unflaggedDamage(cleaned)).toEqual([]);
    expect(bodyText(cleaned.blocks)).not.toContain(options.siteName);
    expect(tallyRepairs(cleaned, page.truth).wrong).toEqual([]);
  });
});

/**
 * Once a wrong repair: the annotator's cross-boundary match was itself split by another
 * character's reading (分(fēn)?zhì) for 分为, 治 = d6 ce matched across 分|为), and the span
 * was re-read as 四十 for 为四十. A reading shorter than one as fluent is refused now.
 */
it('a Simplified GBK page whose annotations split one another: no wrong repair', async () => {
  const options: DamageOptions = { layout: 'modern-h2', charset: 'gbk', annotatedCount: 30, siteName: '写作之家', script: 'simplified', titleSeparator: '--', visibleWatermark: true, withoutTail: true };
  const page = await damagedPage(TEXT, options);
  expect(tallyRepairs(await cleanFile(page.html, 'simplified'), page.truth).wrong).toEqual([]);
});
