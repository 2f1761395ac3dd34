// Measurements in one session (not a test: figures, no thresholds). Build first, then:
//   npm run build && npm run measure                 (-- --runs N, -- --every N, -- --no-large, -- --no-detector)
// Prints, and writes to test-results/measure.json:
//   - the always-on detector's cost per page load in the terms of ../shared/tools/perf-detector.mjs
//     (harness/detector-cost.ts): own-code main-thread time from the browser's trace, for our
//     detector and for the tool's mock content script, back to back on the same pages (the fixture
//     pages, and the tool's three generated large pages). Judge "ours minus mock" on the fixture
//     pages, and ours on the large pages; absolute figures move from machine to machine;
//   - the time from opening popup.html?tab=ID to <body data-state="article"> (first and repeated opens);
//   - the byte size (raw and gzip) of every script and page in dist/chrome, and the zips.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_BIN } from './harness/browser-gate';
import { SEED } from './harness/expectations';
import { launchChromium, openTab, tabIdFor } from './harness/chromium';
import { openExtensionPage, waitForVerdict } from './harness/chromium-pages';
import { startFixtureServer } from './harness/fixture-server';
import { fixturePagesDir, PERF_TOOLS, runPerfDetector } from './harness/detector-cost';
import { DIST, DIST_CHROME, ROOT, requireDist, resultPath } from './harness/paths';

const POPUP_REPEATS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

const round = (x: number): number => Math.round(x * 100) / 100;

function bundleSizes(): { file: string; bytes: number; gzip: number }[] {
  const out: { file: string; bytes: number; gzip: number }[] = [];
  // Top-level files only: _locales/ and icons/ are not code.
  for (const entry of readdirSync(DIST_CHROME, { withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|html|css|json)$/.test(entry.name)) continue;
    const data = readFileSync(path.join(DIST_CHROME, entry.name));
    out.push({ file: `chrome/${entry.name}`, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length });
  }
  for (const name of readdirSync(DIST).filter((n) => n.endsWith('.zip'))) {
    const full = path.join(DIST, name);
    out.push({ file: name, bytes: statSync(full).size, gzip: statSync(full).size });
  }
  return out;
}

/** The detector beside the mock, same pages, same session; per page and the medians the issue asks for. */
function measureDetector(runs: number, large: boolean, every: number): DetectorFigures {
  const pages = fixturePagesDir(every);
  try {
    console.error(`perf-detector: our detector (${DIST_CHROME}), then the mock, ${runs} loads per page`);
    const before = loadavg().map(round);
    const ours = runPerfDetector(DIST_CHROME, pages.dir, { runs, large });
    const mock = runPerfDetector(path.join(PERF_TOOLS, 'perf-mock'), pages.dir, { runs, large });
    const after = loadavg().map(round);
    const mockOf = new Map(mock.pages.map((p) => [p.page, p]));
    const rows = ours.pages.map((p) => ({
      page: p.page,
      generated: p.generated,
      oursMs: round(p.ownMs),
      mockMs: round(mockOf.get(p.page)?.ownMs ?? NaN),
      aboveMockMs: round(p.ownMs - (mockOf.get(p.page)?.ownMs ?? NaN)),
    }));
    const fixtures = rows.filter((r) => !r.generated);
    const oursMedian = median(fixtures.map((r) => r.oursMs));
    const mockMedian = median(fixtures.map((r) => r.mockMs));
    return {
      rows,
      fixturePages: fixtures.length,
      oursMedianMs: round(oursMedian),
      mockMedianMs: round(mockMedian),
      aboveMockMs: round(oursMedian - mockMedian),
      largePages: rows.filter((r) => r.generated).map((r) => ({ page: r.page, oursMs: r.oursMs })),
      toolLines: { ours: ours.line, mock: mock.line },
      load: { before, after },
    };
  } finally {
    pages.dispose();
  }
}

interface DetectorFigures {
  rows: Array<{ page: string; generated: boolean; oursMs: number; mockMs: number; aboveMockMs: number }>;
  fixturePages: number;
  oursMedianMs: number;
  mockMedianMs: number;
  aboveMockMs: number;
  largePages: Array<{ page: string; oursMs: number }>;
  toolLines: { ours: string; mock: string };
  /** The machine's 1, 5 and 15 minute load averages before and after the two tool runs. */
  load: { before: number[]; after: number[] };
}

function printDetector(d: DetectorFigures): void {
  console.log('\nThe always-on detector: own-code main-thread time per page load (thread time, ms; perf-detector medians)');
  console.table(d.rows.map(({ page, oursMs, mockMs, aboveMockMs }) => ({ page, ours: oursMs, mock: mockMs, 'ours - mock': aboveMockMs })));
  console.log(`fixture pages (${d.fixturePages}): detector median ${d.oursMedianMs} ms, mock median ${d.mockMedianMs} ms: ${d.aboveMockMs} ms above the floor`);
  for (const p of d.largePages) console.log(`large page ${p.page}: detector ${p.oursMs} ms`);
  console.log(`tool, ours: ${d.toolLines.ours}`);
  console.log(`tool, mock: ${d.toolLines.mock}`);
  // A shared machine: thread time is robust to load, but not blind to it (caches, frequency).
  console.log(`load average (1, 5, 15 min): ${d.load.before.join(', ')} before, ${d.load.after.join(', ')} after`);
}

function args(): { runs: number; every: number; large: boolean; detector: boolean } {
  const { values } = parseArgs({
    strict: true,
    options: {
      runs: { type: 'string', default: '5' },
      every: { type: 'string', default: '1' },
      'no-large': { type: 'boolean', default: false },
      'no-detector': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number >= 1, not ${values.runs}`);
  const every = Number(values.every);
  if (!Number.isInteger(every) || every < 1) throw new Error(`--every must be a whole number >= 1, not ${values.every}`);
  return { runs, every, large: !values['no-large'], detector: !values['no-detector'] };
}

async function main(): Promise<void> {
  const options = args();
  requireDist(DIST_CHROME);
  console.log(`Chromium: ${CHROMIUM_BIN}`);
  const detector = options.detector ? measureDetector(options.runs, options.large, options.every) : null;
  if (detector) printDetector(detector);
  const server = await startFixtureServer();
  const session = await launchChromium(DIST_CHROME);
  try {
    const seedUrl = server.fixtureUrl(SEED);
    const seedTab = await openTab(session, seedUrl);
    const seedTabId = await tabIdFor(session, seedUrl);
    await waitForVerdict(session, seedTabId);
    const popupMs: number[] = [];
    for (let i = 0; i < POPUP_REPEATS; i += 1) {
      const { page, state, settleMs } = await openExtensionPage(session, 'popup.html', seedTabId);
      // A figure for another state would not measure extraction: say so instead of reporting it.
      if (state !== 'article') throw new Error(`the seed's popup settled in state "${state}", not "article"`);
      popupMs.push(settleMs);
      await page.close();
    }
    await seedTab.close();

    const result = {
      chromium: CHROMIUM_BIN,
      detector,
      popupToArticleMs: { first: popupMs[0], median: median(popupMs), all: popupMs },
      bundles: bundleSizes(),
    };
    console.log('popup open → article rendered (ms)', result.popupToArticleMs);
    console.table(result.bundles);
    writeFileSync(resultPath('measure.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(`written: ${path.relative(ROOT, resultPath('measure.json'))}`);
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
