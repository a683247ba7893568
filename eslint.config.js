import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
);
