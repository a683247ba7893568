/**
 * The reader on target and ordinary pages, with the built extension in real Chromium: what it shows, that its text is the CLI's, what it loads, and that ordinary pages stay untouched.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageMarkup, pressToolbarButton, ReaderDriver, recordExtensionScripts } from './reader-driver';
import { cliText, EXTERNAL_DIR, openSeed, openTarget, plain, server, useReaderSession, withExtension, worker } from './reader-session';

/** The Chinese pages of Readability's suite: ordinary articles, never targets. */
const EXTERNAL_CHINESE = ['gmw', 'pixnet', 'qq', 'youth'];

useReaderSession();

describe('the reader on the source page', () => {
  it('opens by itself and shows the clean Simplified article with its outline', async () => {
    const { page, reader } = await openSeed();
    expect(await reader.text('.qy-title')).toBe('三区政协主席秘书长联席会交流材料');
    const article = await reader.text('.qy-article');
    expect(article).toContain('认真传达全市政协工作会议精神');
    expect(article).toContain('（二）构建和谐社会要有新作为');
    expect(article).toContain('此处省略706字');
    expect(article).toContain('未完：全文共3926字，此处显示1983字');
    const unavailable = await reader.evaluate<string[]>(
      `return [...root.querySelectorAll('.qy-outline-unavailable')].map((el) => el.getAttribute('aria-disabled'));`,
    );
    expect(unavailable).toHaveLength(8);
    expect(new Set(unavailable)).toEqual(new Set(['true']));
    await page.close();
  });

  it('copies exactly the CLI’s --format text output', async () => {
    const { page, reader } = await openSeed();
    expect(await reader.copiedText()).toBe(await cliText('tests/fixtures/seed/page.html'));
    await page.close();
  });

  it('switches to Traditional and back', async () => {
    const { page, reader } = await openSeed();
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-title')).toBe('三區政協主席秘書長聯席會交流材料');
    expect(await reader.text('.qy-article')).toContain('認真傳達全市政協工作會議精神');
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-title')).toBe('三区政协主席秘书长联席会交流材料');
    await page.close();
  });

  it('shows the changes it made, with the original on hover, and counts them by kind', async () => {
    const { page, reader } = await openSeed();
    expect(await reader.evaluate<number>(`return root.querySelectorAll('mark').length;`)).toBe(0);
    await reader.click('.qy-changes');
    await expect.poll(() => reader.evaluate<number>(`return root.querySelectorAll('mark.qy-change').length;`)).toBeGreaterThan(50);
    const repaired = await reader.evaluate<string[]>(
      `return [...root.querySelectorAll('mark.qy-change')].filter((m) => m.textContent === '传达').map((m) => m.title);`,
    );
    expect(repaired).toContain('错位乱码：原文“?zhèn)鬟_”');
    expect(await reader.text('.qy-change-summary')).toMatch(/^修改 \d+ 处：.*拼音注音 \d+.*；存疑 0 处$/);
    expect(await reader.evaluate<string>(`return root.querySelector('.qy-changes').getAttribute('aria-pressed');`)).toBe('true');
    await page.close();
  });

  it('shows the lines it dropped as the site’s where they stood, and puts one back into the article and its copy', async () => {
    const { page, reader } = await openTarget('real2/pages/s17/page.html');
    expect(await reader.evaluate<number>(`return root.querySelectorAll('.qy-dropped').length;`)).toBe(0);
    await reader.click('.qy-changes');
    await expect.poll(() => reader.evaluate<string[]>(`return [...root.querySelectorAll('.qy-dropped-text')].map((line) => line.textContent);`)).toContain('首页 > 说说感言 > 读书名言 >');
    expect(await reader.evaluate<string>(`return [...root.querySelectorAll('.qy-dropped')].find((line) => line.textContent.includes('首页 >')).querySelector('.qy-dropped-role').textContent;`)).toBe('已删去的网站内容（导航）：');
    expect(await reader.copiedText()).not.toContain('首页 > 说说感言');
    await reader.evaluate(`[...root.querySelectorAll('.qy-dropped')].find((line) => line.textContent.includes('首页 >')).querySelector('.qy-restore').click();`);
    await expect.poll(() => reader.evaluate<string[]>(`return [...root.querySelectorAll('.qy-paragraph')].map((p) => p.textContent);`)).toContain('首页 > 说说感言 > 读书名言 >');
    expect(await reader.evaluate<string[]>(`return [...root.querySelectorAll('.qy-dropped-text')].map((line) => line.textContent);`)).not.toContain('首页 > 说说感言 > 读书名言 >');
    expect(await reader.copiedText()).toContain('首页 > 说说感言 > 读书名言 >');
    await page.close();
  });

  it('marks every span it left as doubtful where it stands, as many as the summary counts', async () => {
    const { page, reader } = await openTarget('real2/pages/s17/page.html');
    await reader.click('.qy-changes');
    const counted = Number(/存疑 (\d+) 处/.exec(await reader.text('.qy-change-summary'))?.[1]);
    expect(counted).toBeGreaterThan(0);
    const flagged = () => reader.evaluate<string[]>(`return [...root.querySelectorAll('mark.qy-flag')].map((mark) => mark.textContent);`);
    await expect.poll(flagged).toHaveLength(counted);
    expect(await flagged()).toContain('什么朋友，因?yàn)樗男愿癖容^独特，所');
    await page.close();
  });

  it('scrolls to an outline entry’s block when it is clicked', async () => {
    const { page, reader } = await openSeed();
    const before = await reader.evaluate<number>(`return root.querySelector('.qy-scroller').scrollTop;`);
    await reader.evaluate(
      `[...root.querySelectorAll('.qy-outline-link')].find((el) => el.textContent.startsWith('（二）构建')).id = 'qy-test-target';`,
    );
    await reader.click('#qy-test-target');
    const focused = await reader.evaluate<string>(`return root.activeElement && root.activeElement.textContent;`);
    expect(focused).toContain('（二）构建和谐社会要有新作为');
    expect(await reader.evaluate<number>(`return root.querySelector('.qy-scroller').scrollTop;`)).toBeGreaterThan(before);
    await page.close();
  });

  it('closes with its button and leaves the page’s DOM exactly as it was', async () => {
    const { page, reader } = await openSeed();
    const before = await pageMarkup(page);
    const scroll = await page.evaluate(() => [window.scrollX, window.scrollY]);
    await reader.click('.qy-close');
    await reader.waitUntil(false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual(scroll);
    await page.close();
  });

  it('the toolbar button closes and reopens it', async () => {
    const { page, reader } = await openSeed();
    await page.bringToFront();
    await pressToolbarButton(worker);
    await reader.waitUntil(false);
    await pressToolbarButton(worker);
    await reader.waitUntil(true);
    expect(await reader.text('.qy-title')).toBe('三区政协主席秘书长联席会交流材料');
    await page.close();
  });
});

/**
 * Real excerpts of other sites' pages: each must open by itself, recognised by its damage;
 * with them, real2's pages whose sites put the most junk in the article's container.
 */
const REAL_PAGES = readdirSync('tests/fixtures/real/pages').sort().map((name) => `real/pages/${name}/page.html`);
const CHROME_PAGES = ['s06', 's15', 's17', 's18', 's23'].map((name) => `real2/pages/${name}/page.html`);

describe('one core: the reader’s text is the CLI’s text', () => {
  it('has the eighteen real pages', () => {
    expect(REAL_PAGES).toHaveLength(18);
  });

  // d01 shows its first screen before the rest (byte damage lies below it): copy gives the whole page.
  it.each(['pages/d01/page.html', 'pages/d02/page.html', 'pages/d03/page.html', 'pages/d05/page.html', ...REAL_PAGES, ...CHROME_PAGES])('on %s, opened by itself', async (fixture) => {
    const { page, reader } = await openTarget(fixture);
    expect(await reader.copiedText()).toBe(await cliText(`tests/fixtures/${fixture}`));
    await page.close();
  });
});

describe('large resources load only when needed', () => {
  it('loads the character model on a target page; its own Traditional needs no dictionary', async () => {
    const page = await withExtension.newPage();
    const loaded = await recordExtensionScripts(page);
    await page.goto(`${server.origin}/fixtures/seed/page.html`);
    const reader = await ReaderDriver.attach(page);
    await reader.waitUntil(true);
    expect(loaded()).toEqual(expect.arrayContaining(['reader.js', 'char-model.js']));
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-article')).toContain('籌備情況的匯報');
    expect(loaded()).not.toContain('simplified-to-traditional.js');
    await page.close();
  });

  it('loads neither on an ordinary Simplified page, and the dictionary once when Traditional is first asked for', async () => {
    const page = await withExtension.newPage();
    const loaded = await recordExtensionScripts(page);
    await page.goto(`${server.origin}/fixtures/ordinary/zh-news.html`);
    const reader = await ReaderDriver.attach(page);
    await page.bringToFront();
    await pressToolbarButton(worker);
    await reader.waitUntil(true);
    expect(loaded()).toContain('reader.js');
    expect(loaded()).not.toContain('char-model.js');
    expect(loaded()).not.toContain('simplified-to-traditional.js');
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-article')).toContain('線路全長12.6公里');
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-article')).toContain('线路全长12.6公里');
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-article')).toContain('線路全長12.6公里');
    expect(loaded().filter((name) => name === 'simplified-to-traditional.js')).toHaveLength(1);
    await page.close();
  });
});

describe('ordinary pages', () => {
  const own = readdirSync('tests/fixtures/ordinary').map((name) => `/fixtures/ordinary/${name}`);
  const external = EXTERNAL_CHINESE.map((name) => `/external/${name}/source.html`);

  async function settledMarkup(context: BrowserContext, path: string): Promise<{ markup: string; page: Page }> {
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    return { markup: await page.evaluate(() => document.documentElement.outerHTML), page };
  }

  it.each(own)('%s is left byte-for-byte unchanged', async (path) => {
    const withIt = await settledMarkup(withExtension, path);
    const without = await settledMarkup(plain, path);
    expect(withIt.markup).toBe(without.markup);
    await withIt.page.close();
    await without.page.close();
  });

  it.skipIf(!existsSync(EXTERNAL_DIR)).each(external)('Readability suite page %s is left byte-for-byte unchanged', async (path) => {
    const withIt = await settledMarkup(withExtension, path);
    const without = await settledMarkup(plain, path);
    expect(withIt.markup).toBe(without.markup);
    expect(await (await ReaderDriver.attach(withIt.page)).isOpen()).toBe(false);
    await withIt.page.close();
    await without.page.close();
  });

  it('opens on request on an ordinary page and closes back to the same DOM', async () => {
    const page = await withExtension.newPage();
    await page.goto(`${server.origin}/fixtures/ordinary/zh-news.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const reader = await ReaderDriver.attach(page);
    await page.bringToFront();
    await pressToolbarButton(worker);
    await reader.waitUntil(true);
    expect(await reader.text('.qy-article')).toContain('线路全长12.6公里');
    await page.keyboard.press('Escape');
    await reader.waitUntil(false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
