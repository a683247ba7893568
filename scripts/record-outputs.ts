/** `npm run record-outputs`: records the pipeline's output on every truth page (see tests/support/recorded-outputs.ts). */
import { writeFileSync } from 'node:fs';
import { OUTPUTS, pipelineOutput } from '../tests/support/recorded-outputs';
import { TRUTH_PAGES } from '../tests/support/truth-pages';

for (const { name, page } of TRUTH_PAGES) {
  writeFileSync(new URL(`${name}.json`, OUTPUTS), await pipelineOutput(page));
  console.log(`recorded ${name}`);
}
