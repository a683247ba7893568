import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { startBackground } from './background';
import { message } from './messages';
import { autoOpenOffSites, autoOpenSetting } from './auto-open';

/** An event the fake browser leaves unimplemented (commands, context menus), made triggerable. */
function fakeEvent<Listener extends (...args: never[]) => unknown>() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    trigger: (...args: Parameters<Listener>) => listeners.forEach((listener) => listener(...args)),
  };
}

const PAGE = { id: 7, url: 'https://fanwen.example.cn/a/1.html' } as const;
/** Only the fields the background reads; the rest of a real tab does not matter here. */
const PAGE_TAB = { ...PAGE, index: 0, active: true } as Browser.tabs.Tab;
const FROM_PAGE: Browser.runtime.MessageSender = { tab: PAGE_TAB, frameId: 3 };
type Listener = (body: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => unknown;

let injected: { target: unknown; files?: string[]; args?: unknown[] }[];
let executeScript: ReturnType<typeof vi.fn>;
let onCommand: ReturnType<typeof fakeEvent<(command: string, tab?: { id?: number }) => void>>;
let onClicked: ReturnType<typeof fakeEvent<(info: { menuItemId: string | number }, tab?: { id?: number }) => void>>;
let createMenu: ReturnType<typeof vi.fn>;

/** The answer a message gets from the background's listeners, or undefined when none answers. */
async function send(body: unknown, sender: Browser.runtime.MessageSender = FROM_PAGE): Promise<unknown> {
  return new Promise((resolve) => {
    // The fake's trigger is typed for two arguments but passes on a third, the reply.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: Parameters<Listener>) => Promise<unknown[]>;
    const results = trigger(body, sender, resolve);
    void Promise.resolve(results).then((values) => {
      if (!values.some((value) => value === true)) resolve(undefined);
    });
  });
}

/** Lets the listeners' promise chains (storage, scripting) settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  executeScript = vi.fn(async (details: (typeof injected)[number]) => {
    injected.push(details);
    if (details.files?.includes('/broken.js')) throw new Error('no such file');
    return [];
  });
  onCommand = fakeEvent();
  onClicked = fakeEvent();
  createMenu = vi.fn();
  Object.assign(fakeBrowser, {
    scripting: { executeScript },
    commands: { onCommand },
    contextMenus: { create: createMenu, onClicked },
  });
  startBackground();
});

describe('the background', () => {
  it('badges a detected page and opens the reader there when opening by itself is on', async () => {
    await send(message('qingyue:detected', { signals: ['omission-notice'] }));
    await settled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: PAGE.id })).toBe('清');
    expect(injected).toEqual([{ target: { tabId: PAGE.id }, files: ['/reader.js'] }]);
  });

  it('only badges a detected page on a site where the reader never opens by itself', async () => {
    await autoOpenOffSites.setValue(['fanwen.example.cn']);
    await send(message('qingyue:detected', { signals: ['omission-notice'] }));
    await settled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: PAGE.id })).toBe('清');
    expect(injected).toEqual([]);
  });

  it('only badges when opening by itself is off everywhere', async () => {
    await autoOpenSetting.setValue(false);
    await send(message('qingyue:detected', { signals: [] }));
    await settled();
    expect(injected).toEqual([]);
  });

  it('opens the reader in the active tab when the popup asks', async () => {
    // The fake keeps no active tab of its own.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...PAGE_TAB, id: 12 }]);
    await send(message('qingyue:toggle-reader', {}), {});
    await settled();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(injected).toEqual([{ target: { tabId: 12 }, files: ['/reader.js'] }]);
  });

  it('injects a requested resource into the asking frame and answers once it has run', async () => {
    expect(await send(message('qingyue:load-resource', { name: 'char-model' }))).toBe(true);
    expect(injected).toEqual([{ target: { tabId: PAGE.id, frameIds: [3] }, files: ['/char-model.js'] }]);
  });

  it('answers false when the resource script fails to run', async () => {
    executeScript.mockRejectedValueOnce(new Error('the tab closed'));
    expect(await send(message('qingyue:load-resource', { name: 'word-writer' }))).toBe(false);
  });

  it('ignores malformed and unknown messages', async () => {
    for (const body of [null, 'qingyue:detected', { type: 'qingyue:load-resource', name: '../../evil' }, { type: 'qingyue:detected' }, { type: 'other' }]) {
      expect(await send(body)).toBeUndefined();
    }
    await settled();
    expect(injected).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: PAGE.id })).toBe('');
  });

  it('toggles the reader on its keyboard command, and on no other', async () => {
    onCommand.trigger('something-else', { id: PAGE.id });
    onCommand.trigger('toggle-reader', { id: PAGE.id });
    await settled();
    expect(injected).toEqual([{ target: { tabId: PAGE.id }, files: ['/reader.js'] }]);
  });

  it('creates its context menu on install, and its item asks the reader to copy the clean text', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(createMenu).toHaveBeenCalledWith(expect.objectContaining({ id: 'qingyue-copy-clean', contexts: ['page', 'selection'] }));
    onClicked.trigger({ menuItemId: 'qingyue-copy-clean' }, { id: PAGE.id });
    await settled();
    expect(injected.map((details) => details.args ?? details.files)).toEqual([['qingyue.reader-request', 'copy-clean-text'], ['/reader.js']]);
  });
});
