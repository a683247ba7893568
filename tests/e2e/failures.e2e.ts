/**
 * Failures reach the reader: with the Simplified→Traditional dictionary and the Word writer
 * missing from the built extension, 繁體 on a Simplified page and 保存为 Word say so in the
 * status line, and the reader goes on working. Real Chromium with a copy of the build that lacks both files.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, extensionWorker, launchChromium, onlyFrom } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { pressToolbarButton, ReaderDriver } from './reader-driver';

let server: StaticServer;
let browser: BrowserContext;
let worker: Worker;
const brokenBuild = mkdtempSync(join(tmpdir(), 'qingyue-broken-'));

beforeAll(async () => {
  cpSync(EXTENSION_DIR, brokenBuild, { recursive: true });
  for (const missing of ['simplified-to-traditional.js', 'word-writer.js']) rmSync(join(brokenBuild, missing));
  server = await serveStatic({ '/fixtures/': 'tests/fixtures' });
  browser = await launchChromium({ extension: true, extensionDir: brokenBuild });
  worker = await extensionWorker(browser);
  await onlyFrom(browser, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(brokenBuild, { recursive: true, force: true });
});

describe('a resource that does not load', () => {
  it('is told in the status line, for the script toggle and for the Word file, and the reader goes on', async () => {
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${server.origin}/fixtures/ordinary/zh-news.html`);
    const reader = await ReaderDriver.attach(page);
    await page.bringToFront();
    await pressToolbarButton(worker);
    await reader.waitUntil(true);

    await reader.click('.qy-script');
    await reader.waitForText('.qy-status', '无法切换简繁：所需的词典没有载入', 10_000);
    expect(await reader.text('.qy-title')).toBe('江城开通首条跨江有轨电车线路');

    await reader.click('.qy-export-toggle');
    await reader.click('.qy-save-docx');
    await reader.waitForText('.qy-status', '保存失败', 10_000);
    expect(warnings.filter((warning) => warning.startsWith('Qingyue:'))).toHaveLength(2);

    expect(await reader.copiedText()).toContain('线路全长12.6公里');
    await page.close();
  });
});
