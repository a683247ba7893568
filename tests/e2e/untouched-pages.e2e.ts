/**
 * When the reader is not opened, a page's DOM is untouched: every page of Readability's
 * suite, loaded with the extension, ends byte for byte as the browser's own parser reads its
 * file, or (where DOMParser reads differently: declarative shadow roots) as the page loaded
 * in a browser without the extension. The pages' own scripts are off (the extension's still
 * run): with them, timestamps and races make two loads of the same page differ.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { HOST_TAG, ReaderDriver } from './reader-driver';

const EXTERNAL_DIR = resolve('../shared/external/readability-test-pages');
const pages = existsSync(EXTERNAL_DIR) ? readdirSync(EXTERNAL_DIR).filter((name) => existsSync(join(EXTERNAL_DIR, name, 'source.html'))) : [];
/** Pages loaded at once. */
const PARALLEL = 4;

let server: StaticServer;
let withExtension: BrowserContext;
let plain: BrowserContext | undefined;

beforeAll(async () => {
  server = await serveStatic({ '/fixtures/': 'tests/fixtures', '/external/': EXTERNAL_DIR }, 0, { utf8: ['/external/'] });
  withExtension = await launchChromium({ extension: true, pageScripts: false, localOnly: true });
});

afterAll(async () => {
  await withExtension?.close();
  await plain?.close();
  await server?.close();
});

/**
 * The page's DOM once the detector has had its chance; with `parsed`, also its file as the
 * browser's parser reads it untouched.
 */
async function settledMarkup(context: BrowserContext, path: string): Promise<{ markup: string; parsed: string }> {
  const page = await context.newPage();
  try {
    // Not 'load': with no internet, some pages wait seconds for what never comes.
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    // The detector runs once the page is idle; a page it took for a target would open.
    await page.waitForTimeout(1500);
    return await page.evaluate(async (hostTag) => {
      const markup = document.querySelector(hostTag) ? 'the reader opened' : document.documentElement.outerHTML;
      const file = await (await fetch(location.href)).text();
      return { markup, parsed: new DOMParser().parseFromString(file, 'text/html').documentElement.outerHTML };
    }, HOST_TAG);
  } finally {
    await page.close();
  }
}

async function untouched(path: string): Promise<boolean> {
  const { markup, parsed } = await settledMarkup(withExtension, path);
  if (markup === parsed) return true;
  plain ??= await launchChromium({ extension: false, pageScripts: false, localOnly: true });
  return markup === (await settledMarkup(plain, path)).markup;
}

describe('pages the reader is not opened on are never touched', () => {
  it('the extension still runs with page scripts off: the source page opens by itself', async () => {
    const page = await withExtension.newPage();
    await page.goto(`${server.origin}/fixtures/seed/page.html`);
    await (await ReaderDriver.attach(page)).waitUntil(true);
    await page.close();
  });

  it.skipIf(pages.length === 0)(`all ${pages.length} pages of Readability’s suite keep their DOM byte for byte`, async () => {
    const changed: string[] = [];
    for (let start = 0; start < pages.length; start += PARALLEL) {
      await Promise.all(
        pages.slice(start, start + PARALLEL).map(async (name) => {
          if (!(await untouched(`/external/${name}/source.html`))) changed.push(name);
        }),
      );
    }
    expect(changed).toEqual([]);
  }, 600_000);
});
