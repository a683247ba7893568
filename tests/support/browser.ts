/**
 * Real Chromium for the end-to-end tests and `npm start`, through playwright-core.
 * The browser comes from CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Where Debian's Chromium keeps its interface languages. */
const DEBIAN_LOCALES = '/usr/lib/chromium/locales';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  return path;
}

function checkLanguagePack(lang: string): void {
  if (process.env.CHROMIUM_PATH || !existsSync(DEBIAN_LOCALES) || existsSync(join(DEBIAN_LOCALES, `${lang}.pak`))) return;
  throw new Error(`Chromium has no ${lang} interface language: install Debian's chromium-l10n`);
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
  /** The browser's interface language, which the extension's text follows. */
  lang?: string;
}

export async function launchChromium({ extension, headless = true, lang = 'zh-CN' }: LaunchOptions): Promise<BrowserContext> {
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${EXTENSION_DIR}: run npm run build`);
  }
  checkLanguagePack(lang);
  const args = [...QUIET_FLAGS, `--lang=${lang}`];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (extension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'qingyue-chromium-')), {
    executablePath: chromiumPath(),
    headless,
    args,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    viewport: { width: 1280, height: 900 },
    locale: lang,
    // On Linux, Chromium takes its interface language from LANGUAGE, not --lang.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
  });
}

/** The extension's background service worker. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
