/**
 * Reopening a page returns the reader to where it was, from extension storage; the options
 * page forgets every place. The built extension in real Chromium.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker, launchChromium, onlyFrom } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { ReaderDriver } from './reader-driver';

let server: StaticServer;
let browser: BrowserContext;
let worker: Worker;

beforeAll(async () => {
  server = await serveStatic({ '/fixtures/': 'tests/fixtures' });
  browser = await launchChromium({ extension: true });
  worker = await extensionWorker(browser);
  await onlyFrom(browser, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSeed(): Promise<{ close: () => Promise<void>; reader: ReaderDriver }> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/fixtures/seed/page.html`);
  const reader = await ReaderDriver.attach(page);
  await reader.waitUntil(true);
  return { close: () => page.close(), reader };
}

/** The block at the top of the reader's view. */
const blockAtTop = (reader: ReaderDriver) =>
  reader.evaluate<string>(`const top = root.querySelector('.qy-scroller').getBoundingClientRect().top;
    return [...root.querySelectorAll('[id^="qy-block-"]')].find((block) => block.getBoundingClientRect().bottom > top + 1)?.id;`);
const storedPlaces = () => worker.evaluate(() => chrome.storage.local.get('readingPlaces').then((items) => Object.keys((items.readingPlaces as object | undefined) ?? {}).length));

describe('the reading position', () => {
  it('is where the reader returns on reopening the page, until the options page forgets it', async () => {
    const first = await openSeed();
    await first.reader.evaluate(`root.getElementById('qy-block-12').scrollIntoView({ block: 'start' }); return null;`);
    await expect.poll(storedPlaces).toBe(1);
    expect(await blockAtTop(first.reader)).toBe('qy-block-12');
    await first.close();

    const second = await openSeed();
    await expect.poll(() => blockAtTop(second.reader)).toBe('qy-block-12');
    await second.close();

    const options = await browser.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await options.getByRole('button', { name: '清除所有阅读位置' }).click();
    await expect.poll(storedPlaces).toBe(0);
    await options.close();

    const third = await openSeed();
    await third.reader.waitForText('.qy-title', '三区政协主席秘书长联席会交流材料');
    expect(await blockAtTop(third.reader)).toBe('qy-block-0');
    await third.close();
  });
});
