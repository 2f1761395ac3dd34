import { defineConfig } from 'vitest/config';

// One config for unit tests (jsdom, fast) and the real-browser tests in test/e2e
// (they build dist/ first and launch Debian's chromium / firefox-esr).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The UI strings come from the browser at run time; tests get the English catalogue here.
    setupFiles: ['test/i18n/install-english.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Real-browser suites each launch a browser: on 2 cores, one file at a time keeps them honest.
    fileParallelism: false,
  },
});
