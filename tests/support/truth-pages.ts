/**
 * The pages with a known truth whose output is recorded, as one list for every suite that
 * reads them: the seed, the damaged fixture pages and the first set of real excerpts of
 * other sites (tests/fixtures/real, from ../shared/fixtures/real; every set is in
 * real-sets.ts). Paths are relative to tests/fixtures/.
 */
import { readdirSync } from 'node:fs';
import { FIXTURES, REAL_EXCERPTS } from './real-sets';

export { FIXTURES };

const dirs = (group: string): string[] => readdirSync(new URL(`${group}/`, FIXTURES)).filter((name) => !name.includes('.')).sort();

export interface TruthPage {
  name: string;
  page: string;
  truth: string;
}

export const TRUTH_PAGES: TruthPage[] = [
  { name: 'seed', page: 'seed/page.html', truth: 'seed/expected.json' },
  ...dirs('pages').map((name) => ({ name, page: `pages/${name}/page.html`, truth: `pages/${name}/truth.json` })),
  ...REAL_EXCERPTS.filter((excerpt) => excerpt.set === 'real').map(({ name, page, truth }) => ({ name, page, truth: truth ?? '' })),
];
