/**
 * `npm run eval`: scores the cleaning against every truth this project has, set by set: the
 * seed and the synthetic pages, and the real sets (real, real2, real3, real4) both as pages
 * and as the texts a reader copies out of them. Per set it reports the edit distance, the
 * repairs counted as right, wrong or flagged, the lines dropped as the site's chrome, the
 * chrome a reading drops that is still there, and the article's own lines dropped, which
 * must be none. Reads ../shared/fixtures when it is there (the shared set may have grown),
 * else the copies in tests/fixtures. Exits non-zero when any page is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanInput } from '../src/cli/load-input';
import { cleanFile } from '../src/cli/main';
import { blockText, type CleanDocument } from '../src/core/model';
import { plainLine } from '../src/core/roles/plain-line';
import { REAL_SETS } from '../tests/support/real-sets';
import { tallyRepairs } from '../tests/support/repair-tally';
import { editDistanceShare, unflaggedDamage, type TruthDocument } from '../tests/support/scoring';

const shared = (path: string): string => (existsSync(join('../shared/fixtures', path)) ? join('../shared/fixtures', path) : join('tests/fixtures', path));
const key = (text: string): string => plainLine(text).replace(/[\p{P}\p{S}\s]/gu, '');

interface Case {
  name: string;
  page: string;
  text?: string;
  truth?: string;
  /** Lines a clean reading drops (the set's index.json), the site's chrome. */
  chrome: string[];
}

function realCases(set: string): Case[] {
  const root = shared(set);
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { id: string; expected_notes?: { removed_lines?: string[] } }[];
  const chromeOf = new Map(index.map((item) => [item.id, (item.expected_notes?.removed_lines ?? []).map((line) => line.split(' — ')[0] ?? '')]));
  return readdirSync(join(root, 'pages'))
    .sort()
    .map((name) => ({
      name,
      page: join(root, 'pages', name, 'page.html'),
      text: join(root, `${name}.source.txt`),
      ...(existsSync(join(root, 'pages', name, 'truth.json')) ? { truth: join(root, 'pages', name, 'truth.json') } : {}),
      chrome: chromeOf.get(name) ?? [],
    }));
}

const SETS: { set: string; cases: Case[] }[] = [
  {
    set: 'seed and synthetic pages',
    cases: [
      { name: 'seed', page: shared('seed/page.html'), text: shared('seed/source-text.txt'), truth: shared('seed/expected.json'), chrome: [] },
      ...readdirSync(shared('pages')).sort().map((name) => ({ name, page: join(shared('pages'), name, 'page.html'), truth: join(shared('pages'), name, 'truth.json'), chrome: [] })),
    ],
  },
  ...REAL_SETS.map((set) => ({ set, cases: realCases(set) })),
];

interface Score {
  distance?: number;
  right: number;
  wrong: string[];
  flagged: number;
  chromeDropped: number;
  chromeLeft: string[];
  articleDropped: string[];
  leaks: string[];
  detected: boolean;
}

function score(cleaned: CleanDocument, truth: TruthDocument | undefined, chrome: readonly string[]): Score {
  const dropped = cleaned.changes.filter((change) => change.line).map((change) => change.before);
  const truthLines = new Set((truth?.blocks ?? []).flatMap((block) => ('text' in block ? block.text.split('\n') : [])).map(key));
  const articleDropped = truth ? dropped.filter((line) => truthLines.has(key(line))) : [];
  // A chrome line is left when the article still reads it: dropped as a line, or made an
  // omission block (a site's notice), it is gone. A line the index cut short (`…`) is matched by its start.
  const outputKeys = cleaned.blocks.flatMap((block) => blockText(block).split('\n')).map(key);
  const chromeLeft = chrome.filter((line) => {
    const wanted = key(line.replace(/…$/, ''));
    return wanted !== '' && outputKeys.some((outputKey) => outputKey.includes(wanted));
  });
  const tally = truth ? tallyRepairs(cleaned, truth) : { right: 0, wrong: [], flagged: cleaned.flags.length };
  return {
    ...(truth ? { distance: editDistanceShare(cleaned, truth) } : {}),
    right: tally.right,
    wrong: tally.wrong,
    flagged: tally.flagged,
    chromeDropped: dropped.length - articleDropped.length,
    chromeLeft,
    articleDropped,
    leaks: truth ? unflaggedDamage(cleaned) : [],
    detected: cleaned.detected,
  };
}

const percent = (value: number | undefined): string => (value === undefined ? '—' : `${(value * 100).toFixed(2)}%`);
const rows: string[][] = [['set', 'input', 'name', 'edit', 'repairs right/wrong/flagged', 'chrome dropped', 'chrome left', 'article lines dropped', 'leaks', 'detected']];
const summary: string[][] = [['set', 'input', 'verified', 'edit mean', 'edit worst', 'repairs right/wrong/flagged', 'chrome dropped', 'chrome left', 'article lines dropped', 'recognised']];
let allGood = true;
for (const { set, cases } of SETS) {
  for (const input of ['page', 'text'] as const) {
    const scored: Score[] = [];
    for (const item of cases) {
      if (input === 'text' && !item.text) continue;
      const truth = item.truth ? (JSON.parse(readFileSync(item.truth, 'utf8')) as TruthDocument) : undefined;
      const cleaned = input === 'page' ? await cleanFile(readFileSync(item.page), 'simplified') : (await cleanInput(readFileSync(item.text ?? ''), 'text', 'simplified')).document;
      const result = score(cleaned, truth, item.chrome);
      scored.push(result);
      for (const wrong of result.wrong) console.error(`${set} ${item.name} (${input}): wrong repair ${wrong}`);
      for (const line of result.articleDropped) console.error(`${set} ${item.name} (${input}): article line dropped: ${line}`);
      for (const line of result.chromeLeft) console.error(`${set} ${item.name} (${input}): chrome left: ${line}`);
      allGood &&= result.wrong.length === 0 && result.articleDropped.length === 0 && (result.distance ?? 0) <= 0.02 && result.detected;
      rows.push([set, input, item.name, percent(result.distance), `${result.right}/${result.wrong.length}/${result.flagged}`, String(result.chromeDropped), String(result.chromeLeft.length), String(result.articleDropped.length), result.leaks.join('; ') || '—', result.detected ? 'yes' : 'NO']);
    }
    if (scored.length === 0) continue;
    const distances = scored.flatMap((result) => (result.distance === undefined ? [] : [result.distance]));
    const sum = (pick: (result: Score) => number): number => scored.reduce((total, result) => total + pick(result), 0);
    summary.push([
      set,
      input,
      `${distances.length}/${scored.length}`,
      percent(distances.reduce((a, b) => a + b, 0) / Math.max(1, distances.length)),
      percent(Math.max(0, ...distances)),
      `${sum((r) => r.right)}/${sum((r) => r.wrong.length)}/${sum((r) => r.flagged)}`,
      String(sum((r) => r.chromeDropped)),
      String(sum((r) => r.chromeLeft.length)),
      String(sum((r) => r.articleDropped.length)),
      `${sum((r) => (r.detected ? 1 : 0))}/${scored.length}`,
    ]);
  }
}

function table(lines: string[][]): void {
  const widths = lines[0]?.map((_, i) => Math.max(...lines.map((row) => [...(row[i] ?? '')].length))) ?? [];
  for (const row of lines) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
}
if (process.argv.includes('--pages')) {
  table(rows);
  console.log();
}
table(summary);
process.exitCode = allGood ? 0 : 1;
