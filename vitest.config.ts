import { defineConfig } from 'vitest/config';

// One config for unit tests (jsdom, fast) and the real-browser tests in test/e2e (they test the built
// dist/ and launch Debian's chromium / firefox-esr). Three projects:
// - unit: everything outside test/e2e, on every core, first (sequence.groupOrder 0);
// - chromium and firefox: each browser's files one at a time, the two browsers side by side after the
//   unit tests (groupOrder 1). Run one after the other they took 23 of CI's 30 minutes (session 34);
//   a browser waits on its pages much of the time, so two share 2 cores well.
// A file that drives both browsers belongs to one of them; the split keeps the two about even.
const FIREFOX_FILES = ['test/e2e/firefox*.test.ts', 'test/e2e/lint.test.ts', 'test/e2e/removed-restore.test.ts'];

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
        test: {
          name: 'chromium',
          include: ['test/e2e/*.test.ts'],
          exclude: FIREFOX_FILES,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { name: 'firefox', include: FIREFOX_FILES, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
