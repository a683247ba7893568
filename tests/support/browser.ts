/**
 * Real Chromium for the end-to-end tests and `npm start`, through playwright-core.
 * The browser comes from CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  return path;
}

/** Flags that keep Chromium from reaching for the network on a machine that has none. */
const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

export interface LaunchOptions {
  extension: boolean;
  headless?: boolean;
}

export async function launchChromium({ extension, headless = true }: LaunchOptions): Promise<BrowserContext> {
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${EXTENSION_DIR}: run npm run build`);
  }
  const args = [...QUIET_FLAGS];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (extension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'qingyue-chromium-')), {
    executablePath: chromiumPath(),
    headless,
    args,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    viewport: { width: 1280, height: 900 },
  });
}

/** The extension's background service worker. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
