import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium and Firefox with the built extension; one file at a time
// because each launches its own browser on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
