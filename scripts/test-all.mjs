// `npm test`: every suite (unit, then the extension end to end in real Chromium and Firefox), and one
// closing line `N passed, N failed, N skipped` summing them all.
//
// The gate is honest: a file that fails without a failing test (its setup threw, it could
// not be imported) counts as a failure, a test skipped because its file failed counts as
// failed, and a skipped test anywhere fails the run, since a suite that skips has not
// shown anything.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// Chromium, Firefox, a Chinese font and speech first: installed when we can, else a stop
// with the command to run, counted as a failure like any suite that could not start.
const systemPackages = spawnSync('node', ['scripts/system-packages.mjs', 'test'], { stdio: 'inherit' });
if (systemPackages.status !== 0) {
  console.error('✗ system packages: missing (see above)');
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const resultsDir = mkdtempSync(join(tmpdir(), 'qingyue-tests-'));
const suites = [
  { name: 'unit', prepare: [], config: 'vitest.config.ts' },
  { name: 'e2e', prepare: [['npx', 'wxt', 'build'], ['npx', 'wxt', 'build', '-b', 'firefox']], config: 'vitest.e2e.config.ts' },
];

/** What one vitest JSON report adds to the totals, and the reasons it failed beyond its failing tests. */
function tally(result) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const problems = [];
  for (const file of result.testResults) {
    const name = relative(process.cwd(), file.name);
    const tests = file.assertionResults;
    counts.passed += tests.filter((test) => test.status === 'passed').length;
    const failedTests = tests.filter((test) => test.status === 'failed').length;
    const skippedTests = tests.filter((test) => ['skipped', 'pending', 'todo'].includes(test.status)).length;
    if (file.status === 'failed') {
      // Its tests did not run: every one is a failure, and the file is one when it has none.
      counts.failed += Math.max(1, failedTests + skippedTests);
      problems.push(`${name}: ${file.message?.split('\n')[0] || `${failedTests} failed`}`);
      continue;
    }
    counts.failed += failedTests;
    counts.skipped += skippedTests;
    if (skippedTests > 0) problems.push(`${name}: ${skippedTests} skipped (a skipped test fails the run)`);
  }
  return { counts, problems };
}

const total = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
for (const suite of suites) {
  for (const [command, ...args] of suite.prepare) {
    const prepared = spawnSync(command, args, { stdio: 'inherit' });
    if (prepared.status !== 0) problems.push(`${suite.name}: ${command} ${args.join(' ')} failed`);
  }
  const output = join(resultsDir, `${suite.name}.json`);
  const run = spawnSync('npx', ['vitest', 'run', '--config', suite.config, '--reporter=default', '--reporter=json', `--outputFile=${output}`], {
    stdio: 'inherit',
  });
  let result;
  try {
    result = JSON.parse(readFileSync(output, 'utf8'));
  } catch {
    problems.push(`${suite.name}: no results (the suite did not run)`);
    total.failed += 1;
    continue;
  }
  const { counts, problems: found } = tally(result);
  for (const key of Object.keys(total)) total[key] += counts[key];
  problems.push(...found.map((problem) => `${suite.name}: ${problem}`));
  if (run.status !== 0 && counts.failed === 0) {
    problems.push(`${suite.name}: vitest exited with ${run.status} and no failed test`);
    total.failed += 1;
  }
}
const failedRun = total.failed > 0 || total.skipped > 0 || problems.length > 0;
if (failedRun && total.failed === 0) total.failed = 1;
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedRun ? 1 : 0);
