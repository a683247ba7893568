/**
 * The pipeline's output on every page with a known truth, as recorded in
 * tests/fixtures/outputs/: work that only makes the pipeline faster must leave it byte for
 * byte the same (tests/unit/same-output.test.ts). After a change meant to alter the output,
 * `npm run record-outputs` records it again, and the diff shows what changed.
 */
import { readFileSync } from 'node:fs';
import { decodePage, parsePage } from '../../src/cli/load-page';
import { bundledResources } from '../../src/core/bundled-resources';
import { markupStyleOf } from '../../src/core/hidden-text';
import { cleanPage } from '../../src/core/pipeline';
import { FIXTURES } from './truth-pages';

export const OUTPUTS = new URL('outputs/', FIXTURES);

/** The pipeline's own output (in the page's script), as the recorded file holds it. */
export async function pipelineOutput(page: string): Promise<string> {
  const document = parsePage(decodePage(readFileSync(new URL(page, FIXTURES))));
  return JSON.stringify(await cleanPage(document, markupStyleOf(document), bundledResources), null, 1) + '\n';
}
