/**
 * Runs on every http(s) page: recognises a target page from its text and tells the
 * background, which opens the reader when the user's setting says so. It carries only the
 * detector: no Readability, no opencc, nothing that would cost an ordinary page.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageTextForDetector } from '../src/core/page-text';
import { detectTargetPage, MAX_TEXT } from '../src/core/detect';
import { DETECTED_MESSAGE, type DetectedMessage } from '../src/core/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const detection = detectTargetPage(pageTextForDetector(document, MAX_TEXT));
    if (!detection.detected) return;
    const message: DetectedMessage = { type: DETECTED_MESSAGE, signals: detection.signals };
    void browser.runtime.sendMessage(message);
  },
});
