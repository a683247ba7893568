/**
 * `npm run bench`, Chromium part: the detector and the pipeline on live pages in real
 * Chromium (Debian's, as the end-to-end tests use), and the time from pressing the toolbar
 * button to the painted reader with the built extension loaded, against Readability alone
 * on the same page in the same run.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { decodePage } from '../src/cli/load-page';
import { READER_PAINTED_MARK, READER_WHOLE_MARK } from '../src/extension/messages';
import { SLICE_MS } from '../src/extension/time-slices';
import { chromiumPath, extensionWorker, launchChromium, onlyFrom } from '../tests/support/browser';
import { hugeTargetPage } from '../tests/support/huge-page';
import { serveStatic } from '../tests/support/static-server';
import { HOST_TAG, pressToolbarButton, ReaderDriver } from '../tests/e2e/reader-driver';
import { median, SHORT_RUNS } from './timing';

type Harness = { detector: (repeat: number) => number; readability: (repeat: number) => Promise<number>; pipeline: (repeat: number) => Promise<number> };
declare const qingyueBench: Harness;

export interface ChromiumFigures {
  version: string;
  /** The first run on a freshly loaded page: what one page visit costs. */
  detectorFirstMs: number[];
  /** Mean of 20 runs after it. */
  detectorMs: number[];
  pipelineVsReadability: { page: string; pipelineMs: number; readabilityMs: number; ratio: number }[];
  /**
   * Toolbar button to the painted reader, and to its element's insertion seen from the page,
   * against Readability alone on the same page.
   */
  triggerToPainted: { page: string; paintedMs: number; insertedMs: number; readabilityMs: number; ratio: number; readabilityFirstMs: number }[];
  /** The floor of any reader an extension injects, on the source page (see `injectionFloor`). */
  injectionFloor: { ranMs: number; paintedMs: number };
  /** Toolbar button to the painted first screen of the 5 MB page, and to the reader's insertion. */
  hugeFirstScreen: { paintedMs: number; insertedMs: number };
  /** The longest the tab was blocked at a time while the 5 MB page was cleaned, and the slice the reader aims at. */
  hugeBlocking: { longestTaskMs: number; sliceMs: number };
}

/**
 * Opens the reader from the toolbar on `url` in fresh tabs: the median time to its first
 * paint (the reader's own mark), and, measured from outside the product by an observer in
 * the page's own world, to the insertion of the reader's element that stays.
 */
async function openingAfterTrigger(context: BrowserContext, worker: Worker, url: string, runs: number): Promise<{ paintedMs: number; insertedMs: number }> {
  const painted: number[] = [];
  const inserted: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.addInitScript((hostTag) => {
      const insertions: { node: Node; at: number }[] = [];
      (window as unknown as { readerInsertions: typeof insertions }).readerInsertions = insertions;
      new MutationObserver((mutations) => {
        for (const mutation of mutations) for (const node of mutation.addedNodes) if (node.nodeName === hostTag.toUpperCase()) insertions.push({ node, at: performance.now() });
      }).observe(document, { childList: true, subtree: true });
    }, HOST_TAG);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.bringToFront();
    await page.evaluate(() => performance.mark('bench:trigger'));
    await pressToolbarButton(worker);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READER_PAINTED_MARK, { timeout: 120_000, polling: 20 });
    painted.push(await page.evaluate((mark) => performance.measure('bench:trigger-to-painted', 'bench:trigger', mark).duration, READER_PAINTED_MARK));
    inserted.push(
      await page.evaluate(() => {
        const insertions = (window as unknown as { readerInsertions: { node: Node; at: number }[] }).readerInsertions;
        const reader = insertions.find((insertion) => insertion.node.isConnected);
        return (reader?.at ?? Number.NaN) - (performance.getEntriesByName('bench:trigger')[0]?.startTime ?? 0);
      }),
    );
    const reader = await ReaderDriver.attach(page);
    await page.keyboard.press('Escape');
    await reader.waitUntil(false);
    await page.close();
  }
  return { paintedMs: median(painted), insertedMs: median(inserted) };
}

/**
 * The longest task (as the page's own long-task observer sees it) from the toolbar's trigger
 * until the whole 5 MB page is in place: how long the reader blocks the tab at worst.
 */
async function longestTaskWhileCleaning(context: BrowserContext, worker: Worker, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const longTasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = longTasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (performance.getEntriesByName('bench:trigger').length > 0) longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.bringToFront();
    await page.evaluate(() => performance.mark('bench:trigger'));
    await pressToolbarButton(worker);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READER_WHOLE_MARK, { timeout: 300_000, polling: 200 });
    return await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  } finally {
    await page.close();
  }
}

/**
 * The floor of any reader an extension injects, measured the way the reader is: from the
 * toolbar's trigger mark, a script injected by the background that only marks that it runs,
 * inserts an element and marks the frame after it is painted.
 */
async function injectionFloor(context: BrowserContext, worker: Worker, url: string, runs: number): Promise<{ ranMs: number; paintedMs: number }> {
  const ran: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    await page.evaluate(() => performance.mark('bench:trigger'));
    // As source text: the bench runs under tsx, whose helpers an injected function would not find.
    await worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => {
        performance.mark('bench:floor-ran');
        const host = document.createElement('div');
        host.attachShadow({ mode: 'closed' }).textContent = document.title;
        document.documentElement.append(host);
        requestAnimationFrame(() => setTimeout(() => performance.mark('bench:floor-painted')));
      } });
    })()`);
    await page.waitForFunction(() => performance.getEntriesByName('bench:floor-painted').length > 0, undefined, { polling: 10 });
    const [ranMs, paintedMs] = await page.evaluate(() => [performance.measure('ran', 'bench:trigger', 'bench:floor-ran').duration, performance.measure('painted', 'bench:trigger', 'bench:floor-painted').duration]);
    ran.push(ranMs ?? Number.NaN);
    painted.push(paintedMs ?? Number.NaN);
    await page.close();
  }
  return { ranMs: median(ran), paintedMs: median(painted) };
}

async function harnessSource(): Promise<string> {
  const result = await build({
    entryPoints: ['bench/browser-harness.ts'],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function withHarness(context: BrowserContext, url: string, source: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // Through the DevTools protocol, so a page's Content-Security-Policy cannot refuse it.
  await page.evaluate(source);
  return page;
}

/** The pages the reader's opening is timed on: the source page and the first synthetic one. */
const TRIGGER_PAGES = ['seed/', 'pages/d01/'];
const HUGE_TEXT_BYTES = 5_000_000;

export async function chromiumFigures(suitePages: string[], fixturePages: string[], pipelinePages: string[]): Promise<ChromiumFigures> {
  const hugeDir = mkdtempSync(join(tmpdir(), 'qingyue-bench-huge-'));
  writeFileSync(join(hugeDir, 'page.html'), hugeTargetPage(decodePage(readFileSync('tests/fixtures/seed/page.html')), HUGE_TEXT_BYTES).html);
  const server = await serveStatic({ '/fixtures/': 'tests/fixtures', '/suite/': '../shared/external/readability-test-pages', '/huge/': hugeDir });
  const source = await harnessSource();
  const plain = await launchChromium({ extension: false });
  const withExtension = await launchChromium({ extension: true });
  for (const context of [plain, withExtension]) await onlyFrom(context, server.origin);
  try {
    const version = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
    const urlOf = (file: string): string =>
      file.startsWith('tests/fixtures/') ? `${server.origin}/fixtures/${file.slice('tests/fixtures/'.length)}` : `${server.origin}/suite/${file.split('/').slice(-2).join('/')}`;

    const detectorFirstMs: number[] = [];
    const detectorMs: number[] = [];
    for (const file of [...suitePages, ...fixturePages]) {
      const page = await withHarness(plain, urlOf(file), source);
      detectorFirstMs.push(await page.evaluate(() => qingyueBench.detector(1)));
      detectorMs.push(await page.evaluate(() => qingyueBench.detector(20)));
      await page.close();
    }

    const pipelineVsReadability: ChromiumFigures['pipelineVsReadability'] = [];
    for (const file of pipelinePages) {
      const page = await withHarness(plain, urlOf(file), source);
      await page.evaluate(() => qingyueBench.pipeline(1));
      const pipelineMs = await page.evaluate(() => qingyueBench.pipeline(5));
      const readabilityMs = await page.evaluate((runs) => qingyueBench.readability(runs), SHORT_RUNS);
      pipelineVsReadability.push({ page: file, pipelineMs, readabilityMs, ratio: pipelineMs / readabilityMs });
      await page.close();
    }

    // Trigger to painted reader: opened by the toolbar button (opening by itself is turned
    // off for this), on fresh pages, against Readability alone on the same page.
    const worker = await extensionWorker(withExtension);
    await worker.evaluate(() => chrome.storage.local.set({ autoOpen: false }));
    const triggerToPainted: ChromiumFigures['triggerToPainted'] = [];
    for (const file of fixturePages.filter((path) => TRIGGER_PAGES.some((name) => path.includes(name)))) {
      const { paintedMs, insertedMs } = await openingAfterTrigger(withExtension, worker, urlOf(file), 5);
      const readabilityPage = await withHarness(plain, urlOf(file), source);
      // Its first parse on the freshly loaded page is cold, as every opening of the reader is.
      const readabilityFirstMs = await readabilityPage.evaluate(() => qingyueBench.readability(1));
      const readabilityMs = await readabilityPage.evaluate((runs) => qingyueBench.readability(runs), SHORT_RUNS);
      await readabilityPage.close();
      triggerToPainted.push({ page: file, paintedMs, insertedMs, readabilityMs, ratio: paintedMs / readabilityMs, readabilityFirstMs });
    }
    const floor = await injectionFloor(withExtension, worker, urlOf(fixturePages[0] ?? ''), 7);
    const hugeFirstScreen = await openingAfterTrigger(withExtension, worker, `${server.origin}/huge/page.html`, 3);
    const hugeBlocking = { longestTaskMs: await longestTaskWhileCleaning(withExtension, worker, `${server.origin}/huge/page.html`), sliceMs: SLICE_MS };
    return {
      version,
      detectorFirstMs,
      detectorMs,
      pipelineVsReadability,
      triggerToPainted,
      injectionFloor: floor,
      hugeFirstScreen,
      hugeBlocking,
    };
  } finally {
    await plain.close();
    await withExtension.close();
    await server.close();
  }
}
