/// <reference types="chrome" />
/**
 * Drives the reader inside its closed shadow root the way a person would: through the
 * DevTools protocol, which can see closed roots, and with real mouse clicks.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';

export const HOST_TAG = 'qingyue-reader';

interface DomNode {
  nodeName: string;
  /** Alternating names and values. */
  attributes?: string[];
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Whether the node or one below it has `className` among its classes. */
function hasClass(node: DomNode, className: string): boolean {
  const classes = node.attributes?.[(node.attributes?.indexOf('class') ?? -2) + 1] ?? '';
  return classes.split(/\s+/).includes(className) || (node.children ?? []).some((child) => hasClass(child, className));
}

/** The reader's host, or a notice's: not the progress notice a huge page shows while it is cleaned. */
function findHost(node: DomNode): DomNode | undefined {
  if (node.nodeName.toLowerCase() === HOST_TAG && !(node.shadowRoots ?? []).some((shadow) => hasClass(shadow, 'qy-cleaning'))) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

export class ReaderDriver {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<ReaderDriver> {
    return new ReaderDriver(page, await page.context().newCDPSession(page));
  }

  /** Object id of the reader's shadow root, or undefined when the reader is closed. */
  private async shadowRootId(): Promise<string | undefined> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId;
  }

  async isOpen(): Promise<boolean> {
    return (await this.shadowRootId()) !== undefined;
  }

  async waitUntil(open: boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.isOpen()) !== open) {
      if (Date.now() > deadline) throw new Error(`reader did not ${open ? 'open' : 'close'} within ${timeoutMs} ms`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Runs `body` (a function of the shadow root) in the page and returns its JSON result. */
  async evaluate<T>(body: string): Promise<T> {
    const objectId = await this.shadowRootId();
    if (!objectId) throw new Error('the reader is not open');
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function () { const root = this; ${body} }`,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  text(selector: string): Promise<string> {
    return this.evaluate(`const el = root.querySelector(${JSON.stringify(selector)}); return el ? el.innerText : null;`);
  }

  /** Waits until the element's text is `expected`. */
  async waitForText(selector: string, expected: string, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.text(selector)) !== expected) {
      if (Date.now() > deadline) throw new Error(`${selector} did not read ${expected} within ${timeoutMs} ms`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Presses 复制 and returns what it put on the clipboard. */
  async copiedText(): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(this.page.url()).origin });
    await this.click('.qy-copy');
    await this.waitForText('.qy-status', '已复制');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Presses 导出 → 复制 Markdown and returns what it put on the clipboard. */
  async copiedMarkdown(): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(this.page.url()).origin });
    await this.click('.qy-export-toggle');
    await this.click('.qy-copy-markdown');
    await this.waitForText('.qy-status', '已复制 Markdown');
    return this.page.evaluate(() => navigator.clipboard.readText());
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

/** What the toolbar button does: inject the reader script into the active tab. */
export async function pressToolbarButton(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/reader.js'] });
  });
}

/** The page's DOM as markup, with the reader's host left out. */
export function pageMarkup(page: Page): Promise<string> {
  return page.evaluate((hostTag) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(hostTag).forEach((host) => host.remove());
    return clone.outerHTML;
  }, HOST_TAG);
}

/**
 * Records which of the extension's scripts the page runs, by file name ('reader.js'),
 * from the DevTools protocol's own list of parsed scripts in every world of the page.
 */
export async function recordExtensionScripts(page: Page): Promise<() => string[]> {
  const cdp = await page.context().newCDPSession(page);
  const names: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://')) names.push(url.slice(url.lastIndexOf('/') + 1));
  });
  await cdp.send('Debugger.enable');
  return () => [...names];
}
