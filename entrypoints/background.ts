/**
 * The background: the toolbar button and the keyboard command toggle the reader in the
 * current tab; a detected page gets a badge and, by default, the reader.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isDetectedMessage } from '../src/core/messages';
import { autoOpenSetting } from '../src/settings';

async function toggleReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
}

export default defineBackground(() => {
  // Firefox's Manifest V2 build names the toolbar button `browserAction`.
  const action = browser.action ?? browser.browserAction;

  action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggleReader(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader' && tab?.id !== undefined) void toggleReader(tab.id);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isDetectedMessage(message) || tabId === undefined) return;
    void action.setBadgeText({ tabId, text: '清' });
    void autoOpenSetting.getValue().then((autoOpen) => (autoOpen ? toggleReader(tabId) : undefined));
  });
});
