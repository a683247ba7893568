/**
 * Around the reader, in real Chromium: the popup and options, accessibility, the interface language, copying, small windows and privacy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { launchChromium, onlyFrom } from '../support/browser';
import { pressToolbarButton, ReaderDriver } from './reader-driver';
import { cliText, openSeed, server, useReaderSession, withExtension, worker } from './reader-session';

useReaderSession();

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
