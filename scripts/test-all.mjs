// `npm test`: every suite (unit, then the extension end to end in real Chromium), and one
// closing line `N passed, N failed, N skipped` summing them all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const resultsDir = mkdtempSync(join(tmpdir(), 'qingyue-tests-'));
const suites = [
  { name: 'unit', prepare: [], config: 'vitest.config.ts' },
  { name: 'e2e', prepare: [['npx', 'wxt', 'build'], ['npx', 'wxt', 'build', '-b', 'firefox']], config: 'vitest.e2e.config.ts' },
];

const total = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
for (const suite of suites) {
  for (const [command, ...args] of suite.prepare) {
    const prepared = spawnSync(command, args, { stdio: 'inherit' });
    if (prepared.status !== 0) {
      console.error(`${suite.name}: ${command} ${args.join(' ')} failed`);
      broken = true;
    }
  }
  const output = join(resultsDir, `${suite.name}.json`);
  spawnSync('npx', ['vitest', 'run', '--config', suite.config, '--reporter=default', '--reporter=json', `--outputFile=${output}`], {
    stdio: 'inherit',
  });
  try {
    const result = JSON.parse(readFileSync(output, 'utf8'));
    const failedSuites = result.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    total.passed += result.numPassedTests;
    total.failed += result.numFailedTests + failedSuites;
    total.skipped += result.numPendingTests + result.numTodoTests;
  } catch {
    console.error(`${suite.name}: no results (the suite did not run)`);
    broken = true;
  }
}
if (broken) total.failed += 1;
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
