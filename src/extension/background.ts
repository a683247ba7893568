/**
 * The background: the toolbar popup and the keyboard command toggle the reader in the
 * current tab; a detected page gets a badge and, unless the user turned it off (everywhere
 * or for the site), the reader; the page's context menu copies its clean text; the reader's
 * large resources are injected when it first asks for them.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import { isMessage, READER_REQUEST_KEY, type ReaderRequest, type ResourceName } from './messages';
import { opensByItselfOn } from './auto-open';

/**
 * A page the extension may not touch (a browser page, a file without file access) refuses
 * the script: nothing to do there, and the popup tells the reader why.
 */
async function toggleReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] }).catch(() => undefined);
}

/** Into the frame that asked, so the resource lands in the reader's own isolated world. */
async function injectResource(tabId: number, frameId: number, name: ResourceName): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [`/${name}.js`] });
}

const COPY_CLEAN_MENU = 'qingyue-copy-clean';

async function copyCleanText(tabId: number): Promise<void> {
  // The request is set in the same isolated world the reader script then runs in.
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, request: ReaderRequest) => void ((globalThis as Record<symbol, string>)[Symbol.for(key)] = request),
    args: [READER_REQUEST_KEY, 'copy-clean-text' satisfies ReaderRequest],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
}

/** Registers every listener; entrypoints/background.ts runs it once per background start. */
export function startBackground(): void {
  // Firefox's Manifest V2 build names the toolbar button `browserAction`.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message, 'qingyue:toggle-reader')) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => (tab?.id === undefined ? undefined : toggleReader(tab.id)));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader' && tab?.id !== undefined) void toggleReader(tab.id);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: COPY_CLEAN_MENU, title: t('menuCopyClean'), contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === COPY_CLEAN_MENU && tab?.id !== undefined) void copyCleanText(tab.id);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const tabId = sender.tab?.id;
    if (!isMessage(message, 'qingyue:load-resource') || tabId === undefined) return undefined;
    // Answered once the script has run (or failed): `true` keeps the channel open till then.
    injectResource(tabId, sender.frameId ?? 0, message.name).then(
      () => sendResponse(true),
      () => sendResponse(false),
    );
    return true;
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isMessage(message, 'qingyue:detected') || tabId === undefined) return;
    void action.setBadgeText({ tabId, text: '清' });
    const host = sender.tab?.url ? new URL(sender.tab.url).hostname : '';
    void opensByItselfOn(host).then((autoOpen) => (autoOpen ? toggleReader(tabId) : undefined));
  });
}
