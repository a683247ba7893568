/**
 * Reopening a page returns the reader to where it was, from extension storage; the options
 * page forgets every place. The built extension in real Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionSession, type ExtensionSession } from '../support/browser';
import { ReaderDriver } from './reader-driver';

let session: ExtensionSession;

beforeAll(async () => {
  session = await extensionSession({ '/fixtures/': 'tests/fixtures' });
});

afterAll(async () => {
  await session?.close();
});

async function openSeed(): Promise<{ close: () => Promise<void>; reader: ReaderDriver }> {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}/fixtures/seed/page.html`);
  const reader = await ReaderDriver.attach(page);
  await reader.waitUntil(true);
  return { close: () => page.close(), reader };
}

/** The block at the top of the reader's view. */
const blockAtTop = (reader: ReaderDriver) =>
  reader.evaluate<string>(`const top = root.querySelector('.qy-scroller').getBoundingClientRect().top;
    return [...root.querySelectorAll('[id^="qy-block-"]')].find((block) => block.getBoundingClientRect().bottom > top + 1)?.id;`);
const storedPlaces = () => session.worker.evaluate(() => chrome.storage.local.get('readingPlaces').then((items) => Object.keys((items.readingPlaces as object | undefined) ?? {}).length));

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

    const options = await session.browser.newPage();
    await options.goto(`chrome-extension://${new URL(session.worker.url()).host}/options.html`);
    await options.getByRole('button', { name: '清除所有阅读位置' }).click();
    await expect.poll(storedPlaces).toBe(0);
    await options.close();

    const third = await openSeed();
    await third.reader.waitForText('.qy-title', '三区政协主席秘书长联席会交流材料');
    expect(await blockAtTop(third.reader)).toBe('qy-block-0');
    await third.close();
  });
});
