/**
 * `qingyue detect` reads a page as the extension does: on every fixture page and every page
 * of Readability's suite, the CLI's verdict is the toolbar badge the built extension gives
 * the page in real Chromium.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { extensionSession, type ExtensionSession } from '../support/browser';
import { EXTERNAL_DIR } from './reader-session';

const FIXTURES = resolve('tests/fixtures');
/** Time for the detector, run at document_idle, to tell the background and for the badge to be set. */
const SETTLE_MS = 300;

let session: ExtensionSession;

beforeAll(async () => {
  session = await extensionSession({ '/fixtures/': FIXTURES, '/external/': EXTERNAL_DIR });
  // Only the badge: the reader opening on each recognised page would add nothing here.
  await session.worker.evaluate(() => chrome.storage.local.set({ autoOpen: false }));
});

afterAll(async () => {
  await session?.close();
});

/** The CLI's verdicts, by file, from one `qingyue detect DIR` run. */
async function cliVerdicts(dir: string): Promise<Map<string, boolean>> {
  let out = '';
  const code = await runCli(['detect', dir], { stdout: (text) => void (out += text), stderr: () => undefined, readStdin: async () => new Uint8Array() });
  expect(code).toBe(0);
  return new Map(out.trim().split('\n').map((line) => line.split('\t')).map(([verdict, file]) => [file ?? '', verdict === 'detected']));
}

/** The badge the extension gave the page at `path`: the tab is found by its address, so pages load side by side. */
async function badgeOn(path: string): Promise<boolean> {
  const url = `${session.server.origin}${path}`;
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const badge = await session.worker.evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });
    return tab?.id === undefined ? undefined : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
  await page.close();
  expect(badge, url).toBeDefined();
  return badge === '清';
}

/** Pages at once: enough to overlap the waits, few enough for two cores. */
const SIDE_BY_SIDE = 4;

async function eachSideBySide<Item>(items: readonly Item[], work: (item: Item) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: SIDE_BY_SIDE }, worker));
}

/** Returns how many pages each verdict had. */
async function expectSameVerdicts(dir: string, route: string, only: (file: string) => boolean): Promise<{ detected: number; not: number }> {
  const verdicts = [...(await cliVerdicts(dir))].filter(([file]) => only(file));
  const differing: string[] = [];
  await eachSideBySide(verdicts, async ([file, detected]) => {
    if ((await badgeOn(`${route}${relative(dir, file)}`)) !== detected) differing.push(`${file}: CLI ${detected ? 'detected' : 'not-detected'}`);
  });
  expect(differing).toEqual([]);
  const detected = verdicts.filter(([, verdict]) => verdict).length;
  return { detected, not: verdicts.length - detected };
}

describe('qingyue detect and the extension', () => {
  it('agree on every fixture page, targets and not', async () => {
    // The directory holds the real excerpts' texts and the READMEs too: the pages are what a browser shows.
    const counts = await expectSameVerdicts(FIXTURES, '/fixtures/', (file) => /\.html?$/.test(file));
    expect(counts.detected).toBeGreaterThanOrEqual(25);
    expect(counts.not).toBeGreaterThanOrEqual(15);
  }, 300_000);

  it.skipIf(!existsSync(EXTERNAL_DIR))('agree on every page of Readability’s suite', async () => {
    const counts = await expectSameVerdicts(EXTERNAL_DIR, '/external/', (file) => file.endsWith('/source.html'));
    expect(counts.detected + counts.not).toBeGreaterThanOrEqual(130);
  }, 600_000);
});
