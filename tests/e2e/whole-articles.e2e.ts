/**
 * Whole articles in the built extension in real Chromium: a 文秘 page's table, picture,
 * list and quote are in the reader, cleaned, and in what it copies, which is the CLI's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { toText } from '../../src/core/export';
import { extensionSession, type ExtensionSession } from '../support/browser';
import { pressToolbarButton, ReaderDriver, recordExtensionScripts } from './reader-driver';

const FIXTURE = 'rich/page.html';
let session: ExtensionSession;

beforeAll(async () => {
  session = await extensionSession({ '/fixtures/': 'tests/fixtures' });
});

afterAll(async () => {
  await session?.close();
});

async function openRichPage(): Promise<{ page: Page; reader: ReaderDriver; loaded: () => string[] }> {
  const page = await session.browser.newPage();
  const loaded = await recordExtensionScripts(page);
  await page.goto(`${session.server.origin}/fixtures/${FIXTURE}`);
  const reader = await ReaderDriver.attach(page);
  if (!(await reader.isOpen())) {
    await page.bringToFront();
    await pressToolbarButton(session.worker);
  }
  await reader.waitUntil(true);
  return { page, reader, loaded };
}

describe('a 文秘 page with a table, a picture, a list and a quote', () => {
  it('shows the table with its header row and merged cell, cleaned', async () => {
    const { page, reader } = await openRichPage();
    const table = await reader.evaluate<{ header: string[]; rows: string[][]; colspan: number }>(
      `const table = root.querySelector('.qy-article table');
       const rows = [...table.rows].map((row) => [...row.cells].map((cell) => cell.innerText));
       return { header: [...table.rows[0].cells].map((cell) => cell.tagName), rows, colspan: table.rows[3].cells[1].colSpan };`,
    );
    expect(table.header).toEqual(['TH', 'TH', 'TH', 'TH']);
    expect(table.rows[1]).toEqual(['地区生产总值（亿元）', '120', '126.5', '105.4%']);
    expect(table.rows[3]).toEqual(['城乡居民收入增长', '与经济增长同步，城镇增长6.1%', '达标']);
    expect(table.colspan).toBe(2);
    await page.close();
  });

  it('shows the picture the page loaded, with its caption, and the list and the quote', async () => {
    const { page, reader } = await openRichPage();
    await reader.evaluate(`root.querySelector('.qy-image').scrollIntoView(); return null;`);
    await expect
      .poll(() => reader.evaluate<number>(`const image = root.querySelector('.qy-image'); return image.complete ? image.naturalWidth : 0;`))
      .toBe(80);
    expect(await reader.text('.qy-caption')).toBe('图1 全年投资走势');
    expect(await reader.evaluate<string>(`return root.querySelector('.qy-image').alt;`)).toBe('全年投资走势图');
    expect(await reader.evaluate<string[]>(`return [...root.querySelectorAll('.qy-article ol > li')].map((item) => item.innerText);`)).toEqual([
      '完善工作机制，建立月调度制度；',
      '加强督促检查，对重点项目实行挂牌督办；',
      '严格考核问责，考核结果与评先评优挂钩。',
    ]);
    expect(await reader.text('.qy-quote')).toBe('只有把工作做细做实，才能确保各项目标任务落到实处。');
    await page.close();
  });

  it('copies the CLI’s text, the table as tab-separated rows', async () => {
    const { page, reader } = await openRichPage();
    const copied = await reader.copiedText();
    expect(copied).toBe(toText(await cleanFile(readFileSync(`tests/fixtures/${FIXTURE}`), 'simplified')));
    expect(copied).toContain('指标\t年初目标\t完成情况\t完成率\n');
    await page.close();
  });

  it('copies Markdown with a pipe table and the picture at its address', async () => {
    const { page, reader } = await openRichPage();
    const markdown = await reader.copiedMarkdown();
    expect(markdown).toContain('| 指标 | 年初目标 | 完成情况 | 完成率 |\n| --- | --- | --- | --- |\n');
    expect(markdown).toContain(`![全年投资走势图](<${session.server.origin}/fixtures/rich/chart.png>)`);
    await page.close();
  });

  it('saves a Word document with the table in one click, loading the Word writer only then', async () => {
    const { page, reader, loaded } = await openRichPage();
    expect(loaded()).not.toContain('word-writer.js');
    await reader.click('.qy-export-toggle');
    const [download] = await Promise.all([page.waitForEvent('download'), reader.click('.qy-save-docx')]);
    expect(download.suggestedFilename()).toBe('2023年度工作总结.docx');
    expect(loaded().filter((name) => name === 'word-writer.js')).toHaveLength(1);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('地区生产总值（亿元）');
    await page.close();
  });

  it('keeps the page’s link, bold and 着重号 on the cleaned words', async () => {
    const { page, reader } = await openRichPage();
    const shown = await reader.evaluate<{ link: string[]; strong: string; emphasis: string; dots: string }>(
      `const link = root.querySelector('.qy-article a');
       const emphasis = root.querySelector('.qy-article .qy-emphasis');
       return { link: [link.textContent, link.href, link.target], strong: root.querySelector('.qy-article .qy-strong').textContent,
         emphasis: emphasis.textContent, dots: getComputedStyle(emphasis).textEmphasisStyle };`,
    );
    expect(shown).toEqual({ link: ['上半年工作总结', `${session.server.origin}/zj/2.html`, '_blank'], strong: '重大问题', emphasis: '务必', dots: 'dot' });
    await page.close();
  });

  it('has no AA violation that axe finds, in its table, picture, list and links', async () => {
    const { page, reader } = await openRichPage();
    // axe cannot enter the closed shadow root: the reader's markup and styles are checked on a page of their own.
    const markup = await reader.evaluate<string>('return root.innerHTML;');
    const copy = await session.browser.newPage();
    await copy.goto(`${session.server.origin}/fixtures/ordinary/en-blog.html`);
    await copy.evaluate((html) => {
      document.documentElement.lang = 'zh-CN';
      document.head.replaceChildren();
      document.body.innerHTML = html;
    }, markup);
    await copy.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await copy.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
    await copy.close();
    await page.close();
  });
});
