import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WXT's own test plugin: `wxt/browser` becomes its in-memory fake browser, so the
  // extension's thin layer (src/extension/) is tested without a browser.
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/fake-locale.ts'],
    // Whole-pipeline tests on real pages take seconds on a small machine with every suite in
    // parallel; speed is measured by `npm run bench`, never by a test's clock.
    testTimeout: 60_000,
  },
});
