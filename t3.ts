import { readFileSync } from 'node:fs';
import { decodePage, parsePage } from './src/cli/load-page';
import { markupStyleOf } from './src/core/hidden-text';
import { cleanPage } from './src/core/pipeline';
import { bundledResources } from './src/core/bundled-resources';
const name = process.argv[2];
const src = decodePage(readFileSync(`tests/fixtures/${name}/page.html`));
for (let i = 0; i < 6; i++) { const d = parsePage(src); await cleanPage(d, markupStyleOf(d), bundledResources); }
