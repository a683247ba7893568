import { readFileSync, readdirSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { decodePage, parsePage } from './src/cli/load-page';
import { markupStyleOf } from './src/core/hidden-text';
import { cleanPage } from './src/core/pipeline';
import { bundledResources } from './src/core/bundled-resources';
const files = ['tests/fixtures/seed/page.html', ...readdirSync('tests/fixtures/pages').map((n) => `tests/fixtures/pages/${n}/page.html`)];
for (const f of files) { const d = parsePage(decodePage(readFileSync(f))); await cleanPage(d, markupStyleOf(d), bundledResources); }
for (const f of files) {
  const src = decodePage(readFileSync(f));
  let t0 = performance.now();
  for (let i = 0; i < 3; i++) { const d = parsePage(src); await cleanPage(d, markupStyleOf(d), bundledResources); }
  const p = (performance.now() - t0) / 3;
  t0 = performance.now();
  for (let i = 0; i < 3; i++) new Readability(parsePage(src)).parse();
  const r = (performance.now() - t0) / 3;
  t0 = performance.now(); for (let i = 0; i < 3; i++) parsePage(src); const parse = (performance.now() - t0) / 3;
  console.log(f.split('/').slice(-2)[0], p.toFixed(1), r.toFixed(1), parse.toFixed(1), ((p - parse) / (r - parse)).toFixed(1));
}
