/**
 * The extension, built and loaded into real Chromium, on pages served from localhost.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { toText } from '../../src/core/export';
import { readingMinutes } from '../../src/reader/reading-time';
import { browserPair, launchChromium, onlyFrom, type BrowserPair } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { pageMarkup, pressToolbarButton, ReaderDriver, recordExtensionScripts } from './reader-driver';

const EXTERNAL_DIR = resolve('../shared/external/readability-test-pages');
/** The Chinese pages of Readability's suite: ordinary articles, never targets. */
const EXTERNAL_CHINESE = ['gmw', 'pixnet', 'qq', 'youth'];

let server: StaticServer;
let browsers: BrowserPair;
let withExtension: BrowserContext;
let plain: BrowserContext;
let worker: Worker;

beforeAll(async () => {
  server = await serveStatic({ '/fixtures/': 'tests/fixtures', '/external/': EXTERNAL_DIR });
  // The suite's pages link to images and scripts on the internet; there is none here.
  browsers = await browserPair(server.origin);
  ({ withExtension, plain, worker } = browsers);
});

afterAll(async () => {
  await browsers?.close();
  await server?.close();
});

/** Loads a target page; the reader opens by itself. */
async function openTarget(fixture: string): Promise<{ page: Page; reader: ReaderDriver }> {
  const page = await withExtension.newPage();
  await page.goto(`${server.origin}/fixtures/${fixture}`);
  const reader = await ReaderDriver.attach(page);
  await reader.waitUntil(true);
  return { page, reader };
}

const openSeed = () => openTarget('seed/page.html');


async function cliText(file: string, script: 'simplified' | 'traditional' = 'simplified'): Promise<string> {
  return toText(await cleanFile(readFileSync(file), script));
}

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

/** Real excerpts of other sites' pages: each must open by itself, recognised by its damage. */
const REAL_PAGES = readdirSync('tests/fixtures/real').filter((name) => /^r\d+$/.test(name)).sort().map((name) => `real/${name}/page.html`);

describe('one core: the reader’s text is the CLI’s text', () => {
  it('has the eighteen real pages', () => {
    expect(REAL_PAGES).toHaveLength(18);
  });

  // d01 shows its first screen before the rest (byte damage lies below it): copy gives the whole page.
  it.each(['pages/d01/page.html', 'pages/d02/page.html', 'pages/d03/page.html', 'pages/d05/page.html', ...REAL_PAGES])('on %s, opened by itself', async (fixture) => {
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

describe('reading comfort: settings, keys, export, progress', () => {
  const rootStyle = (reader: ReaderDriver, property: string) =>
    reader.evaluate<string>(`return getComputedStyle(root.querySelector('.qy-root')).getPropertyValue(${JSON.stringify(property)}).trim();`);

  it('applies typography and theme at once, keeps them for the next page, and resets', async () => {
    const first = await openSeed();
    await first.reader.click('.qy-settings-toggle');
    await first.reader.click('.qy-theme-dark');
    await first.reader.click('.qy-font-larger');
    await first.reader.click('.qy-font-sans');
    expect(await first.reader.evaluate<string>(`return root.querySelector('.qy-root').dataset.theme;`)).toBe('dark');
    expect(await rootStyle(first.reader, 'background-color')).toBe('rgb(28, 27, 26)');
    expect(await rootStyle(first.reader, '--qy-size')).toBe('20px');
    expect(await first.reader.evaluate<string>(`return getComputedStyle(root.querySelector('.qy-paragraph')).fontSize;`)).toBe('20px');
    await first.page.close();

    const second = await openSeed();
    expect(await second.reader.evaluate<string>(`return root.querySelector('.qy-root').dataset.theme;`)).toBe('dark');
    expect(await rootStyle(second.reader, '--qy-size')).toBe('20px');
    await second.reader.click('.qy-settings-toggle');
    await second.reader.click('.qy-reset');
    expect(await second.reader.evaluate<string>(`return root.querySelector('.qy-root').dataset.theme;`)).toBe('auto');
    expect(await rootStyle(second.reader, '--qy-size')).toBe('18px');
    await second.page.close();
  });

  it('answers its keys: sections, script, copy, help, Esc', async () => {
    const { page, reader } = await openSeed();
    await withExtension.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.keyboard.press('j');
    expect(await reader.evaluate<string>(`return root.activeElement && root.activeElement.textContent;`)).toBe('一、贯彻落实市委政协工作会议精神情况');
    await page.keyboard.press('j');
    expect(await reader.evaluate<string>(`return root.activeElement.textContent;`)).toMatch(/^一是召开区委常委会议/);
    await page.keyboard.press('k');
    expect(await reader.evaluate<string>(`return root.activeElement.textContent;`)).toBe('一、贯彻落实市委政协工作会议精神情况');
    await page.keyboard.press('c');
    await expect.poll(() => reader.text('.qy-status')).toBe('已复制');
    await page.keyboard.press('t');
    await expect.poll(() => reader.text('.qy-title')).toBe('三區政協主席秘書長聯席會交流材料');
    await page.keyboard.press('?');
    expect(await reader.text('.qy-help')).toContain('下一节');
    await page.keyboard.press('Escape');
    expect(await reader.evaluate<boolean>(`return root.querySelector('.qy-help') === null;`)).toBe(true);
    expect(await reader.isOpen()).toBe(true);
    await page.keyboard.press('Escape');
    await reader.waitUntil(false);
    await page.close();
  });

  it('copies Markdown and saves .txt and .md files', async () => {
    const { page, reader } = await openSeed();
    const markdown = await reader.copiedMarkdown();
    expect(markdown.startsWith('# 三区政协主席秘书长联席会交流材料\n\n近几年来')).toBe(true);
    expect(markdown).toContain('\n## 一、贯彻落实市委政协工作会议精神情况\n');

    const [download] = await Promise.all([page.waitForEvent('download'), reader.click('.qy-save-txt')]);
    expect(download.suggestedFilename()).toBe('三区政协主席秘书长联席会交流材料.txt');
    expect(readFileSync(await download.path(), 'utf8')).toBe(await cliText('tests/fixtures/seed/page.html'));
    const [markdownFile] = await Promise.all([page.waitForEvent('download'), reader.click('.qy-save-md')]);
    expect(markdownFile.suggestedFilename()).toBe('三区政协主席秘书长联席会交流材料.md');
    await page.close();
  });

  it('shows reading time, progress and the current section in the outline', async () => {
    const { page, reader } = await openSeed();
    const minutes = readingMinutes(await cleanFile(readFileSync('tests/fixtures/seed/page.html'), 'simplified'));
    expect(await reader.text('.qy-meta')).toBe(`约 ${minutes} 分钟读完`);
    expect(await reader.evaluate<string>(`return root.querySelector('.qy-progress').getAttribute('aria-valuenow');`)).toBe('0');
    await reader.evaluate(`const s = root.querySelector('.qy-scroller'); s.scrollTop = s.scrollHeight;`);
    await expect.poll(() => reader.evaluate<string>(`return root.querySelector('.qy-progress').getAttribute('aria-valuenow');`)).toBe('100');
    await reader.evaluate(`[...root.querySelectorAll('.qy-outline-link')].find((el) => el.textContent.startsWith('三、关于开创')).click();`);
    await expect
      .poll(() => reader.evaluate<string>(`const current = root.querySelector('.qy-outline-link[aria-current="true"]'); return current ? current.textContent : '';`))
      .toMatch(/^三、关于开创/);
    await page.close();
  });

  it('shows Traditional in the chosen standard, and hides the outline on request', async () => {
    const { page, reader } = await openSeed();
    await reader.click('.qy-script');
    await expect.poll(() => reader.text('.qy-article')).toContain('籌備情況的匯報');
    await reader.click('.qy-settings-toggle');
    await reader.evaluate(`const select = root.querySelector('select[aria-label="繁体标准"]'); select.value = 'tw'; select.dispatchEvent(new Event('change'));`);
    await expect.poll(() => reader.text('.qy-article')).toContain('籌備情況的彙報');
    await reader.evaluate(`[...root.querySelectorAll('.qy-check')].find((label) => label.textContent.includes('显示提纲')).querySelector('input').click();`);
    expect(await reader.evaluate<string>(`return getComputedStyle(root.querySelector('.qy-outline')).display;`)).toBe('none');
    await reader.click('.qy-reset');
    expect(await reader.evaluate<string>(`return getComputedStyle(root.querySelector('.qy-outline')).display;`)).toBe('block');
    await page.close();
  });

  it('marks a recognised page with the toolbar badge', async () => {
    const { page } = await openSeed();
    await page.bringToFront();
    const badge = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab?.id });
    });
    expect(badge).toBe('清');
    await page.close();
  });

  it('outline: copies one section, folds levels, moves with arrow keys, explains hidden entries', async () => {
    const { page, reader } = await openSeed();
    await withExtension.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await reader.evaluate(`root.querySelectorAll('.qy-outline-copy')[0].id = 'qy-test-copy';`);
    await reader.evaluate(`root.querySelector('#qy-test-copy').style.visibility = 'visible';`);
    await reader.click('#qy-test-copy');
    await expect.poll(() => reader.text('.qy-status')).toBe('已复制本节');
    const section = await page.evaluate(() => navigator.clipboard.readText());
    expect(section.startsWith('一、贯彻落实市委政协工作会议精神情况\n\n2月份市委')).toBe(true);
    expect(section).toContain('……（此处省略706字）……');

    const visibleEntries = () => reader.evaluate<number>(`return [...root.querySelectorAll('.qy-outline-entry')].filter((li) => !li.hidden).length;`);
    const before = await visibleEntries();
    await reader.click('.qy-outline-fold');
    expect(await visibleEntries()).toBe(before - 5);
    await reader.click('.qy-outline-fold');
    expect(await visibleEntries()).toBe(before);

    await reader.evaluate(`root.querySelector('.qy-outline-link').focus();`);
    await page.keyboard.press('ArrowDown');
    expect(await reader.evaluate<string>(`return root.activeElement.textContent;`)).toBe('一是召开区委常委会议传达会议精神');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const note = await reader.evaluate<string>(`return getComputedStyle(root.activeElement, '::after').content;`);
    expect(note).toContain('网站隐藏的部分');
    await page.close();
  });

  it('prints only the article', async () => {
    const { page, reader } = await openSeed();
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    expect(await reader.evaluate<string>(`return getComputedStyle(root.querySelector('.qy-toolbar')).display;`)).toBe('none');
    expect(await reader.evaluate<string>(`return getComputedStyle(root.querySelector('.qy-root')).position;`)).toBe('static');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('does not offer reading aloud without a Chinese voice, and says why', async () => {
    const { page, reader } = await openSeed();
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    const speak = await reader.evaluate<{ disabled: boolean; title: string }>(`const b = root.querySelector('.qy-speak'); return { disabled: b.disabled, title: b.title };`);
    expect(speak).toEqual({ disabled: true, title: '没有可用的中文语音：请在系统中安装中文语音后重新打开' });
    await page.close();
  });
});

describe('reading aloud with a real Chinese voice (espeak-ng)', () => {
  let speaking: BrowserContext;
  beforeAll(async () => {
    speaking = await launchChromium({ extension: true, speech: true });
  });
  afterAll(async () => {
    await speaking?.close();
  });

  it('reads from the current section on, following and marking each paragraph, at the chosen speed, and stops', async () => {
    const page = await speaking.newPage();
    await page.goto(`${server.origin}/fixtures/seed/page.html`);
    await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().some((voice) => /^(zh|cmn)/i.test(voice.lang))), { timeout: 30_000 }).toBe(true);
    const reader = await ReaderDriver.attach(page);
    await reader.waitUntil(true);
    await expect.poll(() => reader.evaluate<boolean>(`return root.querySelector('.qy-speak').disabled;`)).toBe(false);
    expect(await reader.evaluate<string>(`return root.querySelector('.qy-speak').title;`)).toBe('从当前位置朗读');

    await reader.click('.qy-settings-toggle');
    await reader.evaluate(`const select = root.querySelector('select[aria-label="朗读语速"]'); select.value = '2'; select.dispatchEvent(new Event('change'));`);
    await reader.click('.qy-settings-toggle');
    await reader.click('.qy-outline-link');
    const [heading, following] = await reader.evaluate<[string, string]>(`return [root.activeElement.textContent, root.activeElement.nextElementSibling.textContent];`);

    const spoken = () =>
      reader.evaluate<{ text: string; inView: boolean } | null>(`
        const marked = root.querySelector('.qy-speaking'); if (!marked) return null;
        const box = marked.getBoundingClientRect(), view = root.querySelector('.qy-scroller').getBoundingClientRect();
        return { text: marked.textContent, inView: box.bottom > view.top && box.top < view.bottom };`);
    // Every paragraph marked, in order, as it happens: a poll could miss a short one.
    await reader.evaluate(`root.marked = []; new MutationObserver(() => {
      const text = root.querySelector('.qy-speaking')?.textContent;
      if (text && root.marked.at(-1) !== text) root.marked.push(text);
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['class'] });`);
    await reader.click('.qy-speak');
    await expect.poll(() => reader.evaluate<number>('return root.marked.length;'), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    expect((await reader.evaluate<string[]>('return root.marked;')).slice(0, 2)).toEqual([heading, following]);
    await expect.poll(async () => (await spoken())?.inView, { timeout: 5_000 }).toBe(true);

    await reader.click('.qy-speak');
    expect(await spoken()).toBeNull();
    expect(await reader.evaluate<string>(`return root.querySelector('.qy-speak').getAttribute('aria-pressed');`)).toBe('false');
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
    await page.close();
  });
});

describe('control: popup, options, where it opens by itself', () => {
  const extensionPage = (path: string) => `chrome-extension://${new URL(worker.url()).host}/${path}`;
  const opensBySelf = async (): Promise<boolean> => {
    const page = await withExtension.newPage();
    await page.goto(`${server.origin}/fixtures/seed/page.html`);
    const reader = await ReaderDriver.attach(page);
    const opened = await reader.waitUntil(true, 4000).then(() => true, () => false);
    await page.close();
    return opened;
  };

  it('the popup turns opening by itself off and on', async () => {
    const popup = await withExtension.newPage();
    await popup.goto(extensionPage('popup.html'));
    const stored = () => worker.evaluate(() => chrome.storage.local.get('autoOpen').then((items) => items.autoOpen));
    await popup.getByLabel('识别出文秘页面时自动打开').uncheck();
    await expect.poll(stored).toBe(false);
    expect(await opensBySelf()).toBe(false);
    await popup.getByLabel('识别出文秘页面时自动打开').check();
    await expect.poll(stored).toBe(true);
    expect(await opensBySelf()).toBe(true);
    await popup.close();
  });

  it('a site turned off does not open by itself', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ autoOpenOffSites: ['127.0.0.1'] }));
    expect(await opensBySelf()).toBe(false);
    await worker.evaluate(() => chrome.storage.local.set({ autoOpenOffSites: [] }));
    expect(await opensBySelf()).toBe(true);
  });

  it('the options page holds every reader setting and keeps it', async () => {
    const options = await withExtension.newPage();
    await options.goto(extensionPage('options.html'));
    await options.getByRole('button', { name: '深色' }).click();
    await expect.poll(() => worker.evaluate(() => chrome.storage.local.get('readerSettings').then((items) => (items.readerSettings as { theme?: string } | undefined)?.theme))).toBe('dark');
    await options.getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(() => worker.evaluate(() => chrome.storage.local.get('readerSettings').then((items) => (items.readerSettings as { theme?: string } | undefined)?.theme))).toBe('auto');
    await options.close();
  });
});

describe('accessibility', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  /**
   * axe cannot see into a closed shadow root, so the reader's rendered markup and styles are
   * copied as they are into a page of their own, once per theme, and checked there.
   */
  it.each(['light', 'sepia', 'dark'])('has landmarks, names and AA contrast in the %s theme', async (theme) => {
    const { page, reader } = await openSeed();
    await reader.click('.qy-changes');
    const markup = await reader.evaluate<string>(`root.querySelector('.qy-root').dataset.theme = ${JSON.stringify(theme)}; return root.innerHTML;`);
    const copy = await withExtension.newPage();
    await copy.goto(`${server.origin}/fixtures/ordinary/en-blog.html`);
    await copy.evaluate((html) => {
      document.documentElement.lang = 'zh-CN';
      document.head.replaceChildren();
      document.body.innerHTML = html;
    }, markup);
    await copy.addScriptTag({ content: axeSource });
    const result = await copy.evaluate(async () => {
      type AxeResult = { violations: { id: string; nodes: unknown[] }[]; passes: { id: string }[] };
      const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<AxeResult> } }).axe;
      const outcome = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return { violations: outcome.violations.map((violation) => `${violation.id} (${violation.nodes.length})`), passes: outcome.passes.map((pass) => pass.id) };
    });
    expect(result.passes).toEqual(expect.arrayContaining(['color-contrast', 'button-name', 'aria-progressbar-name']));
    expect(result.violations).toEqual([]);
    await copy.close();
    await page.close();
  });

  it('moves focus into the reader on open and back on close', async () => {
    const page = await withExtension.newPage();
    await page.goto(`${server.origin}/fixtures/ordinary/zh-news.html`);
    await page.evaluate(() => {
      const link = document.querySelector('a');
      link?.focus();
    });
    const reader = await ReaderDriver.attach(page);
    await page.bringToFront();
    await pressToolbarButton(worker);
    await reader.waitUntil(true);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('qingyue-reader');
    await page.keyboard.press('Escape');
    await reader.waitUntil(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('江城日报');
    await page.close();
  });
});

describe('interface language', () => {
  it('follows the browser: English here, the article stays Chinese', async () => {
    const english = await launchChromium({ extension: true, lang: 'en-US' });
    await onlyFrom(english, server.origin);
    const page = await english.newPage();
    await page.goto(`${server.origin}/fixtures/seed/page.html`);
    const reader = await ReaderDriver.attach(page);
    await reader.waitUntil(true);
    expect(await reader.text('.qy-copy')).toBe('Copy text');
    expect(await reader.text('.qy-outline-title')).toBe('Outline');
    expect(await reader.text('.qy-meta')).toMatch(/^About \d+ min read$/);
    expect(await reader.text('.qy-title')).toBe('三区政协主席秘书长联席会交流材料');
    await english.close();
  });
});

describe('copying and small windows', () => {
  it('the context menu’s 复制清洁文本 copies the clean text without opening the reader', async () => {
    const page = await withExtension.newPage();
    await page.goto(`${server.origin}/fixtures/pages/d02/page.html`);
    const reader = await ReaderDriver.attach(page);
    await reader.waitUntil(true);
    await page.keyboard.press('Escape');
    await reader.waitUntil(false);
    await withExtension.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.bringToFront();
    // What the menu's click handler does: ask the reader script for the clean text, then run it.
    await worker.evaluate(async (key) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: (requestKey: string) => void ((globalThis as Record<symbol, string>)[Symbol.for(requestKey)] = 'copy-clean-text'),
        args: [key],
      });
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/reader.js'] });
    }, 'qingyue.reader-request');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await cliText('tests/fixtures/pages/d02/page.html'));
    expect(await reader.isOpen()).toBe(false);
    await page.close();
  });

  it('copying a selection in the reader gives its clean text', async () => {
    const { page, reader } = await openSeed();
    await withExtension.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const paragraph = await reader.evaluate<string>(`const p = root.querySelectorAll('.qy-paragraph')[2];
      const range = document.createRange(); range.selectNodeContents(p);
      const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range); return p.textContent;`);
    await page.keyboard.press('Control+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(paragraph);
    expect(paragraph).toContain('认真传达全市政协工作会议精神');
    await page.close();
  });

  it('stays usable at 200% zoom: every button reachable, no sideways scrolling', async () => {
    const { page, reader } = await openSeed();
    await page.setViewportSize({ width: 640, height: 450 });
    const layout = await reader.evaluate<{ offscreen: string[]; overflow: boolean }>(`
      const offscreen = [...root.querySelectorAll('.qy-toolbar button')].filter((b) => b.getBoundingClientRect().right > innerWidth).map((b) => b.className);
      const scroller = root.querySelector('.qy-scroller');
      return { offscreen, overflow: scroller.scrollWidth > scroller.clientWidth };`);
    expect(layout).toEqual({ offscreen: [], overflow: false });
    await reader.click('.qy-close');
    await reader.waitUntil(false);
    await page.close();
  });

  it('turns the outline into a drawer on narrow windows: opened from the toolbar, closed by choosing, Esc or the article', async () => {
    const { page, reader } = await openSeed();
    const state = () =>
      reader.evaluate<{ button: string; expanded: string | null; outline: string; outlineRight: number; focus: string }>(`
        const outline = root.querySelector('.qy-outline');
        const button = root.querySelector('.qy-outline-toggle');
        return { button: getComputedStyle(button).display, expanded: button.getAttribute('aria-expanded'),
          outline: getComputedStyle(outline).visibility, outlineRight: Math.round(outline.getBoundingClientRect().right),
          focus: root.activeElement?.className ?? '' };`);
    expect((await state()).button).toBe('none');

    await page.setViewportSize({ width: 500, height: 800 });
    await expect.poll(async () => (await state()).outlineRight).toBeLessThanOrEqual(0);
    // Visibility turns hidden when the slide-out transition ends, which can be a frame after it moved.
    await expect.poll(state).toMatchObject({ expanded: 'false', outline: 'hidden' });
    expect((await state()).button).not.toBe('none');

    await reader.click('.qy-outline-toggle');
    await expect.poll(async () => (await state()).outlineRight).toBeGreaterThan(200);
    expect(await state()).toMatchObject({ expanded: 'true', outline: 'visible', focus: 'qy-outline-link' });

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state()).outline).toBe('hidden');
    const distanceFromTop = await reader.evaluate<number>(
      `return Math.abs(Math.round(root.activeElement.getBoundingClientRect().top - root.querySelector('.qy-scroller').getBoundingClientRect().top));`,
    );
    expect(distanceFromTop).toBeLessThan(40);

    await reader.click('.qy-outline-toggle');
    await expect.poll(async () => (await state()).outline).toBe('visible');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state()).outline).toBe('hidden');
    expect(await state()).toMatchObject({ expanded: 'false', focus: 'qy-outline-toggle' });
    expect(await reader.isOpen()).toBe(true);

    await reader.click('.qy-outline-toggle');
    await expect.poll(async () => (await state()).outline).toBe('visible');
    await page.mouse.click(480, 400);
    await expect.poll(async () => (await state()).outline).toBe('hidden');
    await page.close();
  });
});

describe('privacy', () => {
  it('sends nothing anywhere: every request while cleaning is the page’s own', async () => {
    const page = await withExtension.newPage();
    const requests: { url: string; fromExtension: boolean }[] = [];
    const record = (request: { url: () => string; frame: () => { url: () => string } | null }): void => {
      requests.push({ url: request.url(), fromExtension: (request.frame()?.url() ?? '').startsWith('chrome-extension:') });
    };
    withExtension.on('request', record);
    await page.goto(`${server.origin}/fixtures/seed/page.html`);
    const reader = await ReaderDriver.attach(page);
    await reader.waitUntil(true);
    await reader.click('.qy-script');
    await reader.click('.qy-changes');
    await page.waitForTimeout(500);
    withExtension.off('request', record);
    expect(requests.filter((request) => request.fromExtension || !request.url.startsWith(server.origin))).toEqual([]);
    expect(requests.some((request) => request.url.endsWith('/fixtures/seed/page.html'))).toBe(true);
    await page.close();
  });

  it('ships no remote code and no eval', () => {
    const scripts = readdirSync('.output/chrome-mv3', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(scripts).toEqual(expect.arrayContaining(['reader.js', 'background.js']));
    for (const file of scripts) {
      const code = readFileSync(`.output/chrome-mv3/${file}`, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(\s*['"]https?:/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/);
    }
  });
});
