import { defineConfig } from 'vitest/config';

// One config for unit tests (jsdom, fast) and the real-browser tests in test/e2e
// (they build dist/ first and launch Debian's chromium / firefox-esr).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Real-browser suites each launch a browser: on 2 cores, one file at a time keeps them honest.
    fileParallelism: false,
  },
});
