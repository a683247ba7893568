import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Whole-pipeline tests on real pages take seconds on a small machine with every suite in
    // parallel; speed is measured by `npm run bench`, never by a test's clock.
    testTimeout: 60_000,
  },
});
