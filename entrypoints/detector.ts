/**
 * Runs on every http(s) page (listed in the manifest by wxt.config.ts): recognises a target
 * page from its text and tells the background, which opens the reader when the user's
 * setting says so. Every page a user visits pays for it, so it is a plain script, not a WXT
 * content script (whose wrapper posts messages and sets up an AbortController at load), and
 * it touches the extension API only on a hit. It carries only the detector: no Readability,
 * no opencc.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectAtLoad } from '../src/core';
import { message } from '../src/extension/messages';

/**
 * Firefox names the extension API `browser`, Chromium `chrome`. Read from `globalThis`: WXT
 * would bind a bare `browser` to its own wrapper, which reads `chrome.runtime` at load.
 */
const extensionApi = (): typeof chrome => (globalThis as { browser?: typeof chrome }).browser ?? chrome;

export default defineUnlistedScript(() => {
  const detection = detectAtLoad(document);
  if (!detection.detected) return;
  void extensionApi().runtime.sendMessage(message('qingyue:detected', { signals: detection.signals }));
});
