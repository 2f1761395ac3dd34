import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One config for unit tests (jsdom, fast) and the real-browser tests in test/e2e (they test the built
// dist/ and launch Debian's chromium / firefox-esr). Three projects, the first two side by side, then the
// browsers (sequence.groupOrder):
// - core: the cleaning core's tests and the others that only call pure functions on their own JSDOMs
//   (test/core, bench, export, node, fixture-format), in one module graph per worker (isolate: false):
//   re-importing jsdom, Readability and the core for each of 80 files was a third of their time. A file
//   that patches a global, mocks a module or keeps a module's state belongs in `unit` instead
//   (story-pages.test.ts spies on URLSearchParams).
// - unit: everything else outside test/e2e, each file in its own module graph.
//   Both on every core, said outright: vitest's default for a run is one worker fewer than the cores, and
//   on CI's 2 cores it ran every unit file one after the other (431 s; 222 s now, session 36).
// - e2e: the browser files one at a time. Two at a time (two browsers on 2 cores, a load of 13) made
//   Chromium's main file take 939 s instead of about 500 and its one-click loop fail (session 35); the
//   loops were cut instead (test/e2e/harness/fixtures.ts: each fixture clicked and checked at its own
//   address in one browser).
/** Files of test/core that patch a global, mock a module or keep a module's state: each runs isolated. */
const NEEDS_ISOLATION = new Set(['story-pages.test.ts']);
const PURE = [
  ...readdirSync(new URL('./test/core', import.meta.url)).filter((f) => f.endsWith('.test.ts') && !NEEDS_ISOLATION.has(f)).map((f) => `test/core/${f}`),
  'test/bench/**/*.test.ts',
  'test/export/**/*.test.ts',
  'test/node/**/*.test.ts',
  'test/fixture-format/**/*.test.ts',
  'test/guards.test.ts',
];

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
        test: { name: 'core', include: PURE, isolate: false, maxWorkers: availableParallelism(), sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', ...PURE], maxWorkers: availableParallelism(), sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
