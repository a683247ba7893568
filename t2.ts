import { readFileSync } from 'node:fs';
import { decodePage, parsePage } from './src/cli/load-page';
import { markupStyleOf } from './src/core/hidden-text';
import { cleanPage } from './src/core/pipeline';
import { bundledResources } from './src/core/bundled-resources';
for (const name of ['seed', 'pages/d01', 'pages/d06', 'pages/d04']) {
  const src = decodePage(readFileSync(`tests/fixtures/${name}/page.html`));
  { const d = parsePage(src); await cleanPage(d, markupStyleOf(d), bundledResources); }
  (globalThis as any).passTimes = {};
  for (let i = 0; i < 3; i++) { const d = parsePage(src); await cleanPage(d, markupStyleOf(d), bundledResources); }
  console.log(name, Object.entries((globalThis as any).passTimes).map(([k, v]) => `${k}=${((v as number) / 3).toFixed(1)}`).join(' '));
}
