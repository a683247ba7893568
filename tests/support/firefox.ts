/**
 * Real Firefox for the end-to-end tests: Debian's firefox-esr (or FIREFOX_PATH), driven over
 * WebDriver BiDi by puppeteer-core, with the built add-on installed as a temporary add-on.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/** The protocol's own commands, for what puppeteer does not wrap: closed shadow roots. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiResult {
  contexts?: { context: string; url: string }[];
  type?: 'success' | 'exception';
  result?: { sharedId?: string; value?: unknown; shadowRoot?: unknown };
  exceptionDetails?: { text: string };
}

export async function launchFirefox(): Promise<Browser> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) throw new Error(`Firefox not found at ${executablePath}: install firefox-esr or set FIREFOX_PATH`);
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) throw new Error(`no Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets the test read what the reader's 复制 put on the clipboard, as a person pasting would.
    extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

/**
 * The reader inside its closed shadow root, which page scripts cannot reach: BiDi's
 * serialisation can (includeShadowTree "all"), and hands back the root to call functions on.
 */
export class FirefoxReader {
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  private get connection(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  private async context(): Promise<string> {
    const { result } = await this.connection.send('browsingContext.getTree', {});
    const found = result.contexts?.find((context) => context.url === this.page.url());
    if (!found) throw new Error(`no browsing context for ${this.page.url()}`);
    return found.context;
  }

  private async call(functionDeclaration: string, self?: string): Promise<BidiResult> {
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration,
      awaitPromise: true,
      target: { context: await this.context() },
      ...(self ? { this: { sharedId: self } } : {}),
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'script failed');
    return result;
  }

  private async shadowRootId(): Promise<string | undefined> {
    const host = await this.call(`() => document.querySelector('qingyue-reader')`);
    const shadow = (host.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot;
    return shadow?.sharedId;
  }

  async waitUntil(open: boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (((await this.shadowRootId()) !== undefined) !== open) {
      if (Date.now() > deadline) throw new Error(`reader did not ${open ? 'open' : 'close'} within ${timeoutMs} ms`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** Runs `body` (a function of the shadow root `root`) and returns its JSON result. */
  async evaluate<T>(body: string): Promise<T> {
    const root = await this.shadowRootId();
    if (!root) throw new Error('the reader is not open');
    const { result } = await this.call(`function () { const root = this; return JSON.stringify((() => { ${body} })()); }`, root);
    return JSON.parse(result?.value as string) as T;
  }

  text(selector: string): Promise<string | null> {
    return this.evaluate(`const el = root.querySelector(${JSON.stringify(selector)}); return el ? el.innerText : null;`);
  }

  /** Clicks the element with a real mouse click at its centre. */
  async click(selector: string): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number } | null>(
      `const el = root.querySelector(${JSON.stringify(selector)}); if (!el) return null;
       el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect();
       return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`,
    );
    if (!box) throw new Error(`no ${selector} in the reader`);
    await this.page.mouse.click(box.x, box.y);
  }
}
