/**
 * Every page with a known truth: the seed, the damaged fixture pages and the real excerpts
 * of other sites (tests/fixtures/real, from ../shared/fixtures/real). Each is recognised by
 * its damage, has no damage left outside the spans it flagged, and makes no wrong repair.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import type { CleanDocument } from '../../src/core/model';
import { tallyRepairs } from '../support/repair-tally';
import { editDistanceShare, unflaggedDamage, type TruthDocument } from '../support/scoring';
import { FIXTURES as fixtures, TRUTH_PAGES as cases } from '../support/truth-pages';

/** A page further off than this is wrong: on a real page always, elsewhere unless flagged spans explain it. */
const MAX_PAGE_EDIT = 0.02;
const MAX_REAL_MEAN_EDIT = 0.005;

const results = new Map<string, { cleaned: CleanDocument; truth: TruthDocument }>();

beforeAll(async () => {
  for (const { name, page, truth } of cases) {
    const cleaned = await cleanFile(readFileSync(new URL(page, fixtures)), 'simplified');
    results.set(name, { cleaned, truth: JSON.parse(readFileSync(new URL(truth, fixtures), 'utf8')) as TruthDocument });
  }
}, 120_000);

const result = (name: string) => results.get(name) as { cleaned: CleanDocument; truth: TruthDocument };

describe('pages with a known truth', () => {
  it('has the seed, six fixture pages and eighteen real pages', () => {
    expect(cases.map((c) => c.name).filter((name) => name.startsWith('r'))).toHaveLength(18);
    expect(cases).toHaveLength(25);
  });

  it.each(cases.map((c) => c.name))('%s is recognised, with no damage left outside its flags and no wrong repair', (name) => {
    const { cleaned, truth } = result(name);
    expect(cleaned.detected).toBe(true);
    expect(unflaggedDamage(cleaned)).toEqual([]);
    expect(tallyRepairs(cleaned, truth).wrong).toEqual([]);
    const distance = editDistanceShare(cleaned, truth);
    if (name.startsWith('r')) expect(distance).toBeLessThanOrEqual(MAX_PAGE_EDIT);
    else if (distance > MAX_PAGE_EDIT) expect(cleaned.flags.length).toBeGreaterThan(0);
  });

  it('comes out close to the truth on the real pages', () => {
    const distances = cases.filter((c) => c.name.startsWith('r')).map((c) => editDistanceShare(result(c.name).cleaned, result(c.name).truth));
    expect(distances.reduce((a, b) => a + b, 0) / distances.length).toBeLessThanOrEqual(MAX_REAL_MEAN_EDIT);
  });
});
