/**
 * `npm run eval`: scores the cleaning on the seed, the damaged fixture pages and the real
 * pages against their truth files, and prints a table with the repairs counted as right,
 * wrong or flagged. Reads ../shared/fixtures when it is there (the shared set may have
 * grown), else the copies in tests/fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanFile } from '../src/cli/main';
import { tallyRepairs } from '../tests/support/repair-tally';
import { editDistanceShare, omissionsRight, outlineScore, unflaggedDamage, type TruthDocument } from '../tests/support/scoring';

const root = existsSync('../shared/fixtures/pages') ? '../shared/fixtures' : 'tests/fixtures';
const realRoot = existsSync('../shared/fixtures/real/pages') ? '../shared/fixtures/real/pages' : 'tests/fixtures/real';
const cases = [
  { name: 'seed', page: join(root, 'seed/page.html'), truth: join(root, 'seed/expected.json') },
  ...readdirSync(join(root, 'pages'))
    .sort()
    .map((name) => ({ name, page: join(root, 'pages', name, 'page.html'), truth: join(root, 'pages', name, 'truth.json') })),
  ...readdirSync(realRoot)
    .filter((name) => existsSync(join(realRoot, name, 'truth.json')))
    .sort()
    .map((name) => ({ name, page: join(realRoot, name, 'page.html'), truth: join(realRoot, name, 'truth.json') })),
];

const rows: string[][] = [['page', 'edit', 'leaks', 'omissions', 'outline F1', 'present', 'title', 'detected', 'repairs right/wrong/flagged']];
const repairs = { right: 0, wrong: 0, flagged: 0 };
const distances: number[] = [];
let presentRight = 0;
let outlineEntries = 0;
const f1s: number[] = [];
let allGood = true;
for (const { name, page, truth: truthFile } of cases) {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as TruthDocument;
  const cleaned = await cleanFile(readFileSync(page), 'simplified');
  const distance = editDistanceShare(cleaned, truth);
  const leaks = unflaggedDamage(cleaned);
  const tally = tallyRepairs(cleaned, truth);
  repairs.right += tally.right;
  repairs.wrong += tally.wrong.length;
  repairs.flagged += tally.flagged;
  for (const wrong of tally.wrong) console.error(`${name}: wrong repair ${wrong}`);
  const outline = outlineScore(cleaned, truth);
  distances.push(distance);
  f1s.push(outline.f1);
  presentRight += outline.presentRight;
  outlineEntries += truth.outline.length;
  const good = distance <= 0.02 && leaks.length === 0 && tally.wrong.length === 0 && omissionsRight(cleaned, truth) && cleaned.title === truth.title && cleaned.detected;
  allGood &&= good;
  rows.push([
    name,
    `${(distance * 100).toFixed(2)}%`,
    leaks.join('; ') || '—',
    omissionsRight(cleaned, truth) ? 'right' : 'WRONG',
    outline.f1.toFixed(2),
    `${outline.presentRight}/${truth.outline.length}`,
    cleaned.title === truth.title ? 'right' : 'WRONG',
    cleaned.detected ? 'yes' : 'NO',
    `${tally.right}/${tally.wrong.length}/${tally.flagged}`,
  ]);
}
const mean = distances.reduce((a, b) => a + b, 0) / distances.length;
rows.push([
  'all',
  `mean ${(mean * 100).toFixed(2)}%, worst ${(Math.max(...distances) * 100).toFixed(2)}%`,
  '',
  '',
  `mean ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(2)}`,
  `${((presentRight / Math.max(1, outlineEntries)) * 100).toFixed(0)}%`,
  '',
  '',
  `${repairs.right}/${repairs.wrong}/${repairs.flagged}`,
]);
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
process.exitCode = allGood && mean <= 0.005 ? 0 : 1;
