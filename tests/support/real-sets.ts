/**
 * The real excerpts of other sites' damaged pages, set by set (tests/fixtures/real…, copied
 * from ../shared/fixtures or collected for this project, see each set's README): each as the
 * text a reader copies out of the page (`source`), the page (`page`), and, where a forward
 * model of the damage verified a reading, its truth (`truth`, in the document model) and the
 * clean text (`expected`). Paths are relative to tests/fixtures/.
 */
import { existsSync, readdirSync } from 'node:fs';

export const FIXTURES = new URL('../fixtures/', import.meta.url);

/** real/ and real2/ come from ../shared; real3/ and real4/ were collected for this project. */
export const REAL_SETS = ['real', 'real2', 'real3', 'real4'] as const;

export interface RealExcerpt {
  set: (typeof REAL_SETS)[number];
  name: string;
  source: string;
  page: string;
  truth?: string;
  expected?: string;
}

const exists = (path: string): boolean => existsSync(new URL(path, FIXTURES));

export const REAL_EXCERPTS: RealExcerpt[] = REAL_SETS.flatMap((set) =>
  readdirSync(new URL(`${set}/pages/`, FIXTURES))
    .sort()
    .map((name) => {
      const truth = `${set}/pages/${name}/truth.json`;
      const expected = `${set}/${name}.expected.txt`;
      return {
        set,
        name,
        source: `${set}/${name}.source.txt`,
        page: `${set}/pages/${name}/page.html`,
        ...(exists(truth) ? { truth } : {}),
        ...(exists(expected) ? { expected } : {}),
      };
    }),
);
