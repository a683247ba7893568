import { defineConfig } from 'wxt';

/**
 * docx's bundle carries a setImmediate polyfill that, handed a string, builds a function
 * from it: never the case here (the Word writer sets setImmediate before docx loads, see
 * src/extension/set-immediate.ts), but a string-built function is what an extension must not
 * ship. The one such call is made to throw instead.
 */
const STRING_FUNCTION = 'new Function("" + e4)';
const noStringFunctionInDocx = {
  name: 'qingyue:no-string-function-in-docx',
  transform(code: string, id: string): string | undefined {
    if (!id.includes('/node_modules/docx/') || !code.includes(STRING_FUNCTION)) return undefined;
    return code.replace(STRING_FUNCTION, '(() => { throw new TypeError("setImmediate takes a function"); })()');
  },
};

export default defineConfig({
  srcDir: '.',
  imports: false,
  // Large JSON (the character model, the readings table) ships as JSON.parse('…'), which
  // V8 reads much faster than the same data written as an object literal.
  vite: () => ({ json: { stringify: true }, plugins: [noStringFunctionInDocx] }),
  hooks: {
    // The detector runs on every page as a plain script (see entrypoints/detector.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['detector.js'] }];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite'],
    // The reader opens by itself on detected pages, without a click: injecting it there
    // needs access to the page, which the detector content script has on http(s) anyway.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggle__',
      },
    },
    // Firefox asks what data an add-on collects: none.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'qingyue@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
