import { defineConfig } from 'vitest/config';

// One config for unit tests (jsdom, fast) and the real-browser tests in test/e2e (they test the built
// dist/ and launch Debian's chromium / firefox-esr). Two projects, one after the other
// (sequence.groupOrder):
// - unit: everything outside test/e2e, on every core;
// - e2e: the browser files, two at a time (each launches its own browser on its own port). One at a
//   time they took 23 of CI's 30 minutes (session 34); a browser waits on its pages much of the time,
//   so two share 2 cores well. Projects of one group share one pool, so a project per browser with
//   one file at a time each ran them one after the other (session 35).
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
        test: { name: 'e2e', include: ['test/e2e/*.test.ts'], maxWorkers: 2, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
