/**
 * One browser pair for a reader test file: Chromium with the built extension and Chromium
 * without it, on pages served from localhost. A file calls `useReaderSession()` once; the
 * bindings below are set before its first test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { cleanFile } from '../../src/cli/main';
import { toText } from '../../src/core/export';
import { browserPair, type BrowserPair } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { ReaderDriver } from './reader-driver';

export const EXTERNAL_DIR = resolve('../shared/external/readability-test-pages');

export let server: StaticServer;
export let withExtension: BrowserContext;
export let plain: BrowserContext;
export let worker: Worker;
let browsers: BrowserPair | undefined;

/** `moreRoutes`: directories of the file's own pages, served beside the fixtures. */
export function useReaderSession(moreRoutes: Record<string, string> = {}): void {
  beforeAll(async () => {
    server = await serveStatic({ '/fixtures/': 'tests/fixtures', '/external/': EXTERNAL_DIR, ...moreRoutes });
    // The suite's pages link to images and scripts on the internet; there is none here.
    browsers = await browserPair(server.origin);
    ({ withExtension, plain, worker } = browsers);
  });
  afterAll(async () => {
    await browsers?.close();
    await server?.close();
  });
}

/** Loads a target page; the reader opens by itself. */
export async function openTarget(fixture: string): Promise<{ page: Page; reader: ReaderDriver }> {
  const page = await withExtension.newPage();
  await page.goto(`${server.origin}/fixtures/${fixture}`);
  const reader = await ReaderDriver.attach(page);
  await reader.waitUntil(true);
  return { page, reader };
}

export const openSeed = () => openTarget('seed/page.html');

export async function cliText(file: string, script: 'simplified' | 'traditional' = 'simplified'): Promise<string> {
  return toText(await cleanFile(readFileSync(file), script));
}
