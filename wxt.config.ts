import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: '.',
  imports: false,
  manifest: ({ browser }) => ({
    name: '清阅 Qingyue',
    description: 'Clean, readable text from damaged Chinese secretarial-writing article pages.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite'],
    // The reader opens by itself on detected pages, without a click: injecting it there
    // needs access to the page, which the detector content script has on http(s) anyway.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '清阅：打开/关闭阅读视图' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open or close the Qingyue reader',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'qingyue@example.org' } } } : {}),
  }),
});
