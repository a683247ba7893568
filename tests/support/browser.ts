/**
 * Real Chromium for the end-to-end tests and `npm start`, through playwright-core.
 * The browser comes from CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';

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
  /** Another unpacked extension to load instead of the built one (the bench's floor). */
  extensionDir?: string;
  headless?: boolean;
  /** The browser's interface language, which the extension's text follows; null: the system's. */
  lang?: string | null;
  /** Real speech synthesis: Chinese voices from espeak-ng through speech-dispatcher. */
  speech?: boolean;
  /** Run the pages' own scripts (the extension's run either way). */
  pageScripts?: boolean;
  /** Resolve no host but 127.0.0.1: for pages that link to the internet, which is not here. */
  localOnly?: boolean;
}

const SPEECH_DISPATCHER = '/usr/bin/speech-dispatcher';

/**
 * A home for the speech-dispatcher that Chromium starts: it speaks with espeak-ng into
 * libao's null driver, so utterances run at their real pace and end, with no sound card.
 */
function speechHome(): Record<string, string> {
  if (!existsSync(SPEECH_DISPATCHER)) {
    throw new Error('no speech-dispatcher: install Debian\'s speech-dispatcher speech-dispatcher-espeak-ng espeak-ng');
  }
  const home = mkdtempSync(join(tmpdir(), 'qingyue-speech-'));
  mkdirSync(join(home, '.config/speech-dispatcher'), { recursive: true });
  writeFileSync(
    join(home, '.config/speech-dispatcher/speechd.conf'),
    'AudioOutputMethod "libao"\nAddModule "espeak-ng" "sd_espeak-ng" "/etc/speech-dispatcher/modules/espeak-ng.conf"\nDefaultModule espeak-ng\n',
  );
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  return { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_RUNTIME_DIR: home };
}

export async function launchChromium({ extension, extensionDir = EXTENSION_DIR, headless = true, lang = 'zh-CN', speech = false, pageScripts = true, localOnly = false }: LaunchOptions): Promise<BrowserContext> {
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension in ${extensionDir}: run npm run build`);
  }
  if (lang !== null) checkLanguagePack(lang);
  const args = lang === null ? [...QUIET_FLAGS] : [...QUIET_FLAGS, `--lang=${lang}`];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (speech) args.push('--enable-speech-dispatcher');
  if (localOnly) args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'qingyue-chromium-')), {
    executablePath: chromiumPath(),
    headless,
    args,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: pageScripts,
    locale: lang ?? undefined,
    // On Linux, Chromium takes its interface language from LANGUAGE, not --lang.
    env: { ...process.env, ...(lang === null ? {} : { LANGUAGE: lang.replace('-', '_') }), ...(speech ? speechHome() : {}) },
  });
}

/** The extension's background service worker. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Refuses every request but those to `origin`: the pages link to the internet, which is not here. */
export async function onlyFrom(context: BrowserContext, origin: string): Promise<void> {
  await context.route((url) => url.protocol.startsWith('http') && url.origin !== origin, (route) => route.abort());
}

/** Chromium with the extension and a plain one beside it, both kept to the test server's origin. */
export interface BrowserPair {
  withExtension: BrowserContext;
  plain: BrowserContext;
  worker: Worker;
  close(): Promise<void>;
}

export async function browserPair(origin: string): Promise<BrowserPair> {
  const withExtension = await launchChromium({ extension: true });
  const plain = await launchChromium({ extension: false });
  const worker = await extensionWorker(withExtension);
  for (const context of [withExtension, plain]) await onlyFrom(context, origin);
  return {
    withExtension,
    plain,
    worker,
    close: async () => {
      await withExtension.close();
      await plain.close();
    },
  };
}

export interface ExtensionSession {
  server: StaticServer;
  browser: BrowserContext;
  worker: Worker;
  close(): Promise<void>;
}

/** Pages served from `routes` on localhost, and one Chromium with the built extension that may reach nothing else. */
export async function extensionSession(routes: Record<string, string>): Promise<ExtensionSession> {
  const server = await serveStatic(routes);
  const browser = await launchChromium({ extension: true });
  const worker = await extensionWorker(browser);
  await onlyFrom(browser, server.origin);
  return {
    server,
    browser,
    worker,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
