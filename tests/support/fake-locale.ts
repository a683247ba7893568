/**
 * WXT's fake browser (vitest.config.ts) has no locale and throws on i18n.getMessage; an
 * empty answer is what a browser gives for an unknown key, so src/extension/i18n.ts
 * falls back to its bundled English as it does there.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

fakeBrowser.i18n.getMessage = () => '';
