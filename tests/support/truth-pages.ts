/**
 * The pages with a known truth, as one list for every suite that reads them: the seed,
 * the damaged fixture pages and the real excerpts of other sites (tests/fixtures/real,
 * from ../shared/fixtures/real). Paths are relative to tests/fixtures/.
 */
import { readdirSync } from 'node:fs';

export const FIXTURES = new URL('../fixtures/', import.meta.url);

const dirs = (group: string): string[] => readdirSync(new URL(`${group}/`, FIXTURES)).filter((name) => !name.includes('.')).sort();

export interface TruthPage {
  name: string;
  page: string;
  truth: string;
}

export const TRUTH_PAGES: TruthPage[] = [
  { name: 'seed', page: 'seed/page.html', truth: 'seed/expected.json' },
  ...dirs('pages').map((name) => ({ name, page: `pages/${name}/page.html`, truth: `pages/${name}/truth.json` })),
  ...dirs('real').map((name) => ({ name, page: `real/${name}/page.html`, truth: `real/${name}/truth.json` })),
];
