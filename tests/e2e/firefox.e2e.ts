/**
 * The add-on in real Firefox (Debian's firefox-esr, over WebDriver BiDi): installed from the
 * build, it opens the reader by itself on the source page with the CLI's clean text, switches
 * script, and closes leaving the page as it was.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { toText } from '../../src/core/export';
import { FirefoxReader, launchFirefox } from '../support/firefox';
import { serveStatic, type StaticServer } from '../support/static-server';

const SEED = 'tests/fixtures/seed/page.html';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic({ '/fixtures/': 'tests/fixtures' });
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSeed(): Promise<{ page: Page; reader: FirefoxReader }> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/fixtures/seed/page.html`);
  const reader = new FirefoxReader(browser, page);
  await reader.waitUntil(true);
  return { page, reader };
}

const pageMarkup = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('qingyue-reader').forEach((host) => host.remove());
    return clone.outerHTML;
  });

describe('the add-on in Firefox', () => {
  it('opens by itself on the source page, and its 复制 gives exactly the CLI’s text', async () => {
    const { page, reader } = await openSeed();
    expect(await reader.text('.qy-title')).toBe('三区政协主席秘书长联席会交流材料');
    expect(await reader.text('.qy-article')).toContain('认真传达全市政协工作会议精神');
    await reader.click('.qy-copy');
    await expect.poll(() => reader.text('.qy-status')).not.toBe('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(toText(await cleanFile(readFileSync(SEED), 'simplified')));
    await page.close();
  });

  it('switches to Traditional and back', async () => {
    const { page, reader } = await openSeed();
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-title'), { timeout: 10_000 }).toBe('三區政協主席秘書長聯席會交流材料');
    expect(await reader.text('.qy-article')).toContain('認真傳達全市政協工作會議精神');
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-title')).toBe('三区政协主席秘书长联席会交流材料');
    await page.close();
  });

  it('closes with its button and leaves the page’s DOM exactly as it was', async () => {
    const { page, reader } = await openSeed();
    const before = await pageMarkup(page);
    await reader.click('.qy-close');
    await reader.waitUntil(false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
