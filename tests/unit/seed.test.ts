/**
 * The product's acceptance on the page it was created from: the CLI's JSON for
 * tests/fixtures/seed/page.html against the hand-made expected.json.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { blockText, type CleanDocument } from '../../src/core/model';
import { damageLeft, editDistanceShare, type TruthDocument } from '../support/scoring';

const seedDir = new URL('../fixtures/seed/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', seedDir), 'utf8')) as TruthDocument;
let cleaned: CleanDocument;

beforeAll(async () => {
  cleaned = await cleanFile(readFileSync(new URL('page.html', seedDir)), 'simplified');
});

describe('the seed page', () => {
  it('is detected and titled', () => {
    expect(cleaned.detected).toBe(true);
    expect(cleaned.title).toBe(expected.title);
    expect(cleaned.script).toBe('simplified');
  });

  it('comes out within 0.5% edit distance of the expected text', () => {
    expect(editDistanceShare(cleaned, expected)).toBeLessThanOrEqual(0.005);
  });

  it('keeps both omissions with their counts', () => {
    expect(cleaned.blocks.filter((block) => block.kind === 'omission')).toEqual([
      { kind: 'omission', chars: 706 },
      { kind: 'omission', chars: 1237, total: 3926, shown: 1983 },
    ]);
  });

  it('has the page’s outline with present right for every entry', () => {
    expect(cleaned.outline.map(({ text, present }) => ({ text, present }))).toEqual(
      expected.outline.map(({ text, present }) => ({ text, present })),
    );
  });

  it('links present outline entries to the blocks that hold them', () => {
    for (const entry of cleaned.outline.filter((e) => e.present)) {
      const block = cleaned.blocks[entry.block ?? -1];
      expect(block ? blockText(block).replace(/[\p{P}\s]/gu, '') : '').toContain(
        entry.text.replace(/[\p{P}\s]/gu, ''),
      );
    }
  });

  it('leaves no damage: annotations, ?, notices, site name or URL, ASCII punctuation', () => {
    expect(damageLeft(cleaned, ['新文秘网', '新文秘網', 'jey722'])).toEqual([]);
  });

  it('repairs the byte damage by method and records each repair', () => {
    const repairs = cleaned.changes.filter((c) => c.pass === 'out-of-step-annotation' || c.pass === 'lost-bytes' || c.pass === 'censored-pinyin');
    expect(repairs.map(({ pass, after }) => ({ pass, after }))).toEqual([
      { pass: 'out-of-step-annotation', after: '传达' },
      { pass: 'lost-bytes', after: '（二）构建和谐' },
      { pass: 'censored-pinyin', after: '书记' },
    ]);
    expect(cleaned.flags).toEqual([]);
  });
});
