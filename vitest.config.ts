import { defineConfig } from 'vitest/config';

// One config for unit tests (jsdom, fast) and the real-browser tests in test/e2e (they test the built
// dist/ and launch Debian's chromium / firefox-esr). Two projects, one after the other
// (sequence.groupOrder):
// - unit: everything outside test/e2e, on every core;
// - e2e: the browser files one at a time. Two at a time (two browsers on 2 cores, a load of 13) made
//   Chromium's main file take 939 s instead of about 500 and its one-click loop fail (session 35); the
//   loops were cut instead (test/e2e/harness/fixtures.ts: each fixture clicked and checked at its own
//   address in one browser).
export default defineConfig({
  test: {
    // The UI strings come from the browser at run time; tests get the English catalogue here.
    setupFiles: ['test/i18n/install-english.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
