/**
 * Reading comfort in the reader, in real Chromium: settings, keys, export, progress, the outline, printing and reading aloud.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { readingMinutes } from '../../src/reader/reading-time';
import { launchChromium } from '../support/browser';
import { ReaderDriver } from './reader-driver';
import { cliText, openSeed, server, useReaderSession, withExtension, worker } from './reader-session';

useReaderSession();

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
