/**
 * The extension in pages it does not control: a hostile page, a huge page, pages with
 * nothing to clean.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePage } from '../../src/cli/load-page';
import { READER_PAINTED_MARK, READER_WHOLE_MARK } from '../../src/extension/messages';
import { hugeTargetPage } from '../support/huge-page';
import { pressToolbarButton, ReaderDriver } from './reader-driver';
import { cliText, plain, server, useReaderSession, withExtension, worker } from './reader-session';

const HUGE_TEXT_BYTES = 5_000_000;
/**
 * How often at least the page's own timer must get its turn while the rest of the huge page
 * is cleaned: work done in one go would give it none. A count, not a time: a slower machine
 * cuts the same work into more slices, so it only grows. (How long each slice blocks the tab
 * is measured by `npm run bench`.)
 */
const MIN_PAGE_TURNS = 20;

const hugeDir = mkdtempSync(join(tmpdir(), 'qingyue-huge-'));

beforeAll(() => {
  const seed = decodePage(readFileSync('tests/fixtures/seed/page.html'));
  writeFileSync(join(hugeDir, 'page.html'), hugeTargetPage(seed, HUGE_TEXT_BYTES).html);
});
useReaderSession({ '/huge/': hugeDir });


/** Colour, font and background of the reader's text, as the browser computed them. */
const READER_LOOK = `
  const paragraph = getComputedStyle(root.querySelector('.qy-paragraph'));
  const reader = getComputedStyle(root.querySelector('.qy-root'));
  return [paragraph.color, paragraph.fontFamily, paragraph.fontSize, paragraph.textIndent, reader.backgroundColor, reader.position].join(' | ');`;

describe('a hostile page', () => {
  interface PageState {
    __fired: string[];
    __ticks: number;
  }
  const fired = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as PageState).__fired);
  const ticks = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as PageState).__ticks);

  it('opens with the right text and its own look; nothing of the page fires beyond its own loading; the page keeps running', async () => {
    const seedPage = await withExtension.newPage();
    await seedPage.goto(`${server.origin}/fixtures/seed/page.html`);
    const seedReader = await ReaderDriver.attach(seedPage);
    await seedReader.waitUntil(true);
    const ownLook = await seedReader.evaluate<string>(READER_LOOK);
    await seedPage.close();

    // What fires as the page loads, with no extension: its own broken image and its SVG.
    const plainPage = await plain.newPage();
    await plainPage.goto(`${server.origin}/fixtures/hostile/page.html`, { waitUntil: 'load' });
    const firedByThePage = await fired(plainPage);
    expect(firedByThePage).toEqual(expect.arrayContaining(['img onerror', 'svg onload']));
    await plainPage.close();

    const page = await withExtension.newPage();
    await page.goto(`${server.origin}/fixtures/hostile/page.html`);
    const reader = await ReaderDriver.attach(page);
    await reader.waitUntil(true);
    // The page replaced attachShadow, fetch and JSON.parse: the reader never called them.
    expect(await reader.copiedText()).toBe(await cliText('tests/fixtures/hostile/page.html'));
    expect(await reader.evaluate<string>(READER_LOOK)).toBe(ownLook);
    expect(await reader.evaluate<number>(`return root.querySelectorAll('.qy-article svg, .qy-article [onclick], .qy-article [onmouseover], .qy-article [onerror]').length;`)).toBe(0);
    // Its links are the reader's own elements too: an address, opened apart from the page.
    const links = await reader.evaluate<string[]>(`return [...root.querySelectorAll('.qy-article a')].map((link) => link.getAttributeNames().sort().join(' '));`);
    expect(new Set(links)).toEqual(new Set(links.length > 0 ? ['class href rel target'] : []));
    // Its one picture is the reader's own element, with none of the page's attributes or handlers.
    expect(await reader.evaluate<string[]>(`return [...root.querySelectorAll('.qy-article img')].map((image) => image.getAttributeNames().sort().join(' '));`)).toEqual(['alt class decoding loading src']);

    await reader.click('.qy-paragraph');
    await page.mouse.move(400, 300);
    await page.mouse.move(500, 400);
    const before = await ticks(page);
    await page.waitForTimeout(600);
    expect(await ticks(page)).toBeGreaterThan(before + 2);
    expect(await fired(page)).toEqual(firedByThePage);

    await page.keyboard.press('Escape');
    await reader.waitUntil(false);
    expect(await fired(page)).toEqual(firedByThePage);
    await page.close();
  });
});

describe('a huge page', () => {
  interface Watch {
    /** Turns of a timer of the page's own, each rescheduling the next. */
    turns: number;
    /** The count when the reader's marks appeared: its first screen painted, the whole page in. */
    turnsAt: Record<string, number>;
    hosts: string[];
  }

  it(`shows the first screen of ${HUGE_TEXT_BYTES / 1e6} MB of text, then the whole in place, the page getting its turns all along`, async () => {
    await worker.evaluate(() => chrome.storage.local.set({ autoOpen: false }));
    const page = await withExtension.newPage();
    try {
      // In the page's own world: a timer counting its turns, and the reader's host elements coming and going.
      await page.addInitScript(() => {
        const watch: Watch = { turns: 0, turnsAt: {}, hosts: [] };
        (window as unknown as { watch: Watch }).watch = watch;
        const turn = (): void => {
          watch.turns++;
          setTimeout(turn, 0);
        };
        turn();
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) watch.turnsAt[entry.name] = watch.turns;
        }).observe({ type: 'mark' });
        new MutationObserver((mutations) => {
          for (const mutation of mutations) {
            for (const node of mutation.addedNodes) if (node.nodeName === 'QINGYUE-READER') watch.hosts.push('added');
            for (const node of mutation.removedNodes) if (node.nodeName === 'QINGYUE-READER') watch.hosts.push('removed');
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.origin}/huge/page.html`, { timeout: 120_000 });
      await page.waitForTimeout(1000);
      await page.bringToFront();
      await pressToolbarButton(worker);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READER_PAINTED_MARK, { timeout: 120_000, polling: 100 });

      // The first screen: clean, and said to be only the start while the rest is cleaned.
      const reader = await ReaderDriver.attach(page);
      expect(await reader.text('.qy-status')).toBe('正在整理其余部分……');
      expect(await reader.evaluate<string>(`return root.querySelector('.qy-paragraph').textContent;`)).toMatch(/^[一二三四五六七八九十]、|政协/);
      expect(await reader.evaluate<string>(`return root.querySelector('.qy-article').textContent;`)).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
      // Read halfway down the first screen: the whole page must not move what is being read.
      const before = await reader.evaluate<{ id: string; top: number }>(`
        const scroller = root.querySelector('.qy-scroller');
        const shown = root.querySelectorAll('[id^="qy-block-"]');
        const target = shown[Math.floor(shown.length / 2)];
        scroller.scrollTop += target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 40;
        return { id: target.id, top: target.getBoundingClientRect().top };`);

      await expect.poll(() => reader.text('.qy-status'), { timeout: 120_000, interval: 500 }).toBe('');
      await page.waitForTimeout(1000);
      const after = await reader.evaluate<number>(`return root.getElementById(${JSON.stringify(before.id)}).getBoundingClientRect().top;`);
      expect(Math.abs(after - before.top)).toBeLessThanOrEqual(2);
      const watch = await page.evaluate(() => (window as unknown as { watch: Watch }).watch);
      // A progress notice (a host of its own) comes and goes only if the first screen is slow.
      expect(watch.hosts.filter((host) => host === 'added').length - watch.hosts.filter((host) => host === 'removed').length).toBe(1);
      expect(watch.hosts.at(-1)).toBe('added');
      // The rest was cleaned in slices, the page's timer running between them.
      const turnsWhileCleaning = (watch.turnsAt[READER_WHOLE_MARK] ?? 0) - (watch.turnsAt[READER_PAINTED_MARK] ?? Infinity);
      expect(turnsWhileCleaning).toBeGreaterThanOrEqual(MIN_PAGE_TURNS);

      // The whole page is in: the tail notice is the last block, and the outline lists what it can.
      expect(await reader.evaluate<string>(`return root.querySelector('.qy-article').lastElementChild.lastElementChild.className;`)).toBe('qy-omission');
      expect(await reader.evaluate<string>(`return root.querySelector('.qy-outline-more')?.textContent ?? '';`)).toMatch(/^另有 \d+ 条未列出/);
    } finally {
      await page.close();
      await worker.evaluate(() => chrome.storage.local.set({ autoOpen: true }));
    }
  }, 240_000);
});

describe('pages with nothing to clean', () => {
  it.each([
    ['odd/empty.html', '这个页面没有可整理的正文'],
    ['odd/frameset.html', '这个页面的内容在框架（iframe）里，清阅只整理页面本身。请打开框架的网址后再整理。'],
    ['odd/split-across-frames.html', '这个页面的内容在框架（iframe）里，清阅只整理页面本身。请打开框架的网址后再整理。'],
  ])('%s says why, and closing the notice leaves the page as it was', async (fixture, notice) => {
    const page = await withExtension.newPage();
    await page.goto(`${server.origin}/fixtures/${fixture}`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const reader = await ReaderDriver.attach(page);
    await page.bringToFront();
    await pressToolbarButton(worker);
    await reader.waitUntil(true);
    expect(await reader.text('.qy-notice-text')).toBe(notice);
    await reader.click('.qy-close');
    await reader.waitUntil(false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('an SVG document is left alone', async () => {
    const page = await withExtension.newPage();
    await page.goto(`${server.origin}/fixtures/odd/picture.svg`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.bringToFront();
    await pressToolbarButton(worker);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('the popup says why on a page it cannot clean: a browser or extension page, a blank tab', async () => {
    const popup = await withExtension.newPage();
    // Opened as a tab, the popup's own extension page is the active tab.
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await expect.poll(() => popup.locator('#cannot-clean').textContent()).toBe('清阅只能整理网页上的文章。空白页、浏览器自己的页面和扩展页面不能整理。');
    expect(await popup.locator('#toggle').isDisabled()).toBe(true);
    await popup.close();
  });
});

describe('a failure inside the reader', () => {
  it('shows a short message with the details to copy (the error and the address only), and the page is as it was', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ autoOpen: false }));
    // The background can no longer inject the character model: cleaning the source page fails.
    await worker.evaluate(() => {
      const scripting = chrome.scripting as unknown as { executeScript: (injection: { files?: string[] }) => Promise<unknown>; original?: unknown };
      const original = scripting.executeScript.bind(chrome.scripting);
      scripting.original = original;
      scripting.executeScript = (injection) => (injection.files?.includes('/char-model.js') ? Promise.reject(new Error('blocked by the test')) : original(injection));
    });
    const page = await withExtension.newPage();
    try {
      const url = `${server.origin}/fixtures/seed/page.html`;
      await page.goto(url);
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const reader = await ReaderDriver.attach(page);
      await page.bringToFront();
      await pressToolbarButton(worker);
      await reader.waitUntil(true);
      expect(await reader.text('.qy-notice-text')).toBe('清阅整理这个页面时出错，页面没有改变');
      await withExtension.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await reader.click('.qy-copy-report');
      await expect.poll(() => reader.text('.qy-copy-report')).toBe('已复制');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Error: resource char-model did not load\n${url}`);
      await reader.click('.qy-close');
      await reader.waitUntil(false);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    } finally {
      await page.close();
      await worker.evaluate(() => {
        const scripting = chrome.scripting as unknown as { executeScript: unknown; original?: unknown };
        if (scripting.original) scripting.executeScript = scripting.original;
        return chrome.storage.local.set({ autoOpen: true });
      });
    }
  });
});
