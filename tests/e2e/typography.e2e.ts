/**
 * Chinese typography in the built extension in real Chromium: each setting shows in the
 * computed style, `lang` follows the script and the standard, and the 公文 preset sets the
 * standard's fonts, sizes and printed page.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extensionSession, type ExtensionSession } from '../support/browser';
import { ReaderDriver } from './reader-driver';

let session: ExtensionSession;
let open: Page | undefined;

beforeAll(async () => {
  session = await extensionSession({ '/fixtures/': 'tests/fixtures' });
});

afterEach(async () => {
  await session.worker.evaluate(() => chrome.storage.local.remove('readerSettings'));
  await open?.close();
});

afterAll(async () => {
  await session?.close();
});

async function openSeed(): Promise<ReaderDriver> {
  open = await session.browser.newPage();
  await open.goto(`${session.server.origin}/fixtures/seed/page.html`);
  const reader = await ReaderDriver.attach(open);
  await reader.waitUntil(true);
  await reader.click('.qy-settings-toggle');
  return reader;
}

const styleOf = (reader: ReaderDriver, selector: string, property: string) =>
  reader.evaluate<string>(`return getComputedStyle(root.querySelector(${JSON.stringify(selector)})).getPropertyValue(${JSON.stringify(property)});`);
const toggle = (reader: ReaderDriver, label: string) =>
  reader.evaluate<null>(`[...root.querySelectorAll('.qy-settings .qy-check')].find((item) => item.textContent === ${JSON.stringify(label)}).querySelector('input').click(); return null;`);

describe('Chinese typography', () => {
  it('sets autospace, punctuation trimming and strict line breaks by default, each a setting', async () => {
    const reader = await openSeed();
    expect(await styleOf(reader, '.qy-article', 'text-autospace')).toBe('normal');
    expect(await styleOf(reader, '.qy-article', 'text-spacing-trim')).toBe('normal');
    expect(await styleOf(reader, '.qy-article', 'line-break')).toBe('strict');
    await toggle(reader, '中西文间距');
    await toggle(reader, '标点挤压');
    await toggle(reader, '严格断行');
    await expect.poll(() => styleOf(reader, '.qy-article', 'text-autospace')).toBe('no-autospace');
    expect(await styleOf(reader, '.qy-article', 'text-spacing-trim')).toBe('space-all');
    expect(await styleOf(reader, '.qy-article', 'line-break')).toBe('auto');
    // Hanging punctuation where the browser has it; where not, the text is set as before.
    const hangs = await reader.evaluate<boolean>(`return CSS.supports('hanging-punctuation', 'allow-end');`);
    expect(await styleOf(reader, '.qy-article', 'hanging-punctuation')).toBe(hangs ? 'allow-end' : '');
  });

  it('indents the first line or spaces paragraphs apart, never both', async () => {
    const reader = await openSeed();
    expect(await styleOf(reader, '.qy-paragraph', 'text-indent')).not.toBe('0px');
    expect(await styleOf(reader, '.qy-paragraph', 'margin-bottom')).toBe('0px');
    await toggle(reader, '首行缩进');
    await expect.poll(() => styleOf(reader, '.qy-paragraph', 'text-indent')).toBe('0px');
    expect(await styleOf(reader, '.qy-paragraph', 'margin-bottom')).not.toBe('0px');
    expect(await reader.evaluate<boolean>(`return [...root.querySelectorAll('.qy-paragraph')].some((p) => /^[\\u3000 ]/.test(p.textContent));`)).toBe(false);
  });

  it('gives the article the language of its script and standard', async () => {
    const reader = await openSeed();
    const language = () => reader.evaluate<string>(`return root.querySelector('.qy-article').lang;`);
    expect(await language()).toBe('zh-Hans');
    await reader.click('.qy-script');
    await expect.poll(language).toBe('zh-Hant');
    await reader.evaluate<null>(`const select = [...root.querySelectorAll('.qy-settings select')].find((item) => [...item.options].some((option) => option.value === 'hk'));
      select.value = 'hk'; select.dispatchEvent(new Event('change')); return null;`);
    await expect.poll(language).toBe('zh-Hant-HK');
  });

  it('sets a 公文 after GB/T 9704-2012 with its preset, on screen and in print', async () => {
    const reader = await openSeed();
    await reader.click('.qy-preset-gongwen');
    await expect.poll(() => styleOf(reader, '.qy-paragraph', 'font-family')).toMatch(/^FangSong, 仿宋/);
    expect(await styleOf(reader, '.qy-paragraph', 'font-size')).toBe('21.3333px');
    expect(await styleOf(reader, '.qy-title', 'font-size')).toBe('29.3333px');
    expect(await styleOf(reader, '.qy-title', 'font-family')).toMatch(/^方正小标宋简体/);
    expect(await styleOf(reader, 'h2.qy-heading', 'font-family')).toMatch(/^SimHei, 黑体/);
    const page = open as Page;
    expect(await page.evaluate(() => [...document.querySelectorAll('style[media="print"]')].map((sheet) => sheet.textContent).join(''))).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
  });
});
