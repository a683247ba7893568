/**
 * `npm run bench`, the always-on part as a user pays for it: the main-thread script time
 * (CDP's ScriptDuration) that an installed extension adds to a page load, everything it
 * runs at load counted, with nothing of the product's own timing involved.
 *
 * Three browsers load each page in turn: without an extension, with a floor extension whose
 * content script only walks the page's text nodes up to 20,000 characters (what any
 * detector that reads the page pays), and with the built Qingyue. Pages are served without
 * their scripts, inline handlers and `javascript:` URLs, so that only extensions run script.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, onlyFrom } from '../tests/support/browser';
import { median, percentile } from './timing';

/** Loads of each page in each browser: the median of them is the page's figure. */
const LOADS = 3;
/** After `load`, time for the content scripts' document_idle turn to come and finish. */
const SETTLE_MS = 250;

const FLOOR_SCRIPT = `const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
let length = 0;
for (let node = walker.nextNode(); node && length < 20000; node = walker.nextNode()) length += node.nodeValue.length;
`;

function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qingyue-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'floor',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['floor.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'floor.js'), FLOOR_SCRIPT);
  return dir;
}

export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/\s on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/javascript:/gi, '#');
}

/** Serves `files` by index, without their scripts, as UTF-8 (the suite is stored so). */
async function serveScriptFree(files: string[]): Promise<{ urlOf: (index: number) => string; origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const file = files[Number(/^\/page\/(\d+)$/.exec(request.url ?? '')?.[1] ?? -1)];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(withoutScripts(readFileSync(file, 'utf8')));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, urlOf: (index) => `${origin}/page/${index}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** One tab of a browser, and the script time of a page load in it, in ms, measured by the browser on the page's main thread. */
async function loader(context: BrowserContext): Promise<(url: string) => Promise<number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async (): Promise<number> =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
  return async (url) => {
    await page.goto('about:blank');
    const before = await scriptSeconds();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    return ((await scriptSeconds()) - before) * 1000;
  };
}

export interface AlwaysOnFigures {
  pages: number;
  loadsPerPage: number;
  /** Added script time per page load, the median over pages and the 95th percentile. */
  floor: { medianMs: number; p95Ms: number };
  qingyue: { medianMs: number; p95Ms: number };
  medianRatio: number;
  p95Ratio: number;
}

export async function alwaysOnFigures(files: string[], qingyueDir: string): Promise<AlwaysOnFigures> {
  const server = await serveScriptFree(files);
  const browsers = {
    none: await launchChromium({ extension: false }),
    floor: await launchChromium({ extension: true, extensionDir: floorExtension() }),
    qingyue: await launchChromium({ extension: true, extensionDir: qingyueDir }),
  };
  for (const context of Object.values(browsers)) await onlyFrom(context, server.origin);
  const load = { none: await loader(browsers.none), floor: await loader(browsers.floor), qingyue: await loader(browsers.qingyue) };
  try {
    const added = { floor: [] as number[], qingyue: [] as number[] };
    for (const [index] of files.entries()) {
      const loads = { none: [] as number[], floor: [] as number[], qingyue: [] as number[] };
      // Interleaved, so that the machine's drift touches the three alike.
      for (let i = 0; i < LOADS; i++) {
        for (const name of ['none', 'floor', 'qingyue'] as const) loads[name].push(await load[name](server.urlOf(index)));
      }
      added.floor.push(Math.max(0, median(loads.floor) - median(loads.none)));
      added.qingyue.push(Math.max(0, median(loads.qingyue) - median(loads.none)));
    }
    const figures = (values: number[]) => ({ medianMs: median(values), p95Ms: percentile(values, 0.95) });
    const floor = figures(added.floor);
    const qingyue = figures(added.qingyue);
    return { pages: files.length, loadsPerPage: LOADS, floor, qingyue, medianRatio: qingyue.medianMs / floor.medianMs, p95Ratio: qingyue.p95Ms / floor.p95Ms };
  } finally {
    for (const context of Object.values(browsers)) await context.close();
    await server.close();
  }
}
