import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers, kept by the linter. The core (cleaning, text, model) uses no browser or
 * extension API; a pass uses no other pass; text, the character model, the line roles and
 * the inputs use no pass and not the pipeline. What two passes share moves down to core/text or core/lm. Above the
 * core, the reader, the CLI, the extension and the entrypoints use it only through its
 * public entry (core/index.ts), or one of the large resources, each its own entry so that
 * it stays its own bundle (core/resources.ts).
 */
const NO_EXTENSION_API = { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '**/reader/*', '**/extension/*', '**/cli/*'], message: 'The core uses no browser or extension API, and nothing above it.' };
const NO_OTHER_PASS = { group: ['./*', '!./*.test'], message: 'A pass imports no other pass: move what both need down to core/text or core/lm.' };
const NO_PASS_FROM_BELOW = { group: ['../pass', '../passes/*', '../pipeline'], message: 'core/text, core/lm, core/roles and core/input import no pass and not the pipeline.' };
const CORE_THROUGH_ITS_ENTRY = {
  group: ['**/core/*', '!**/core/index', '!**/core/bundled-resources', '!**/core/word-document', '!**/core/lm', '**/core/lm/*', '!**/core/lm/generated', '**/core/lm/generated/*', '!**/core/lm/generated/char-model.json'],
  message: 'Above the core, use it through its public entry (core/index.ts) or a large resource\'s own entry.',
};
const layer = (files, ...patterns) => ({ files, ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'dist/', 'node_modules/', 'src/core/lm/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', TextDecoder: 'readonly',
        document: 'readonly', window: 'readonly', performance: 'readonly', setTimeout: 'readonly',
      },
    },
  },
  {
    files: ['src/**/*.ts', 'entrypoints/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text is inserted as text, never as HTML.' },
        { property: 'outerHTML', message: 'Page text is inserted as text, never as HTML.' },
      ],
    },
  },
  // Later entries replace earlier ones for the files they match, so each repeats the core's rule.
  layer(['src/core/**/*.ts'], NO_EXTENSION_API),
  layer(['src/core/passes/*.ts'], NO_EXTENSION_API, NO_OTHER_PASS),
  layer(['src/core/text/**/*.ts', 'src/core/lm/**/*.ts', 'src/core/roles/**/*.ts', 'src/core/input/**/*.ts'], NO_EXTENSION_API, NO_PASS_FROM_BELOW),
  layer(['src/reader/**/*.ts', 'src/cli/**/*.ts', 'src/extension/**/*.ts', 'entrypoints/**/*.ts'], CORE_THROUGH_ITS_ENTRY),
  { files: ['src/core/**/*.ts'], ignores: ['**/*.test.ts'], rules: { 'no-restricted-globals': ['error', { name: 'chrome', message: 'The core uses no extension API.' }, { name: 'browser', message: 'The core uses no extension API.' }] } },
);
