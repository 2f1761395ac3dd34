// Measurements for issue 3 in one Chromium run (not a test: figures, no thresholds).
//   npm run build
//   npx esbuild test/e2e/measure.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=test-results/measure.mjs --log-level=warning && node test-results/measure.mjs
// Prints, and writes to test-results/measure.json:
//   - the detector content script's main-thread time per fixture page (median of 3 loads): the whole
//     script from a devtools.timeline trace, and the detectArticle() call alone (detectMs, which the
//     script reports to the background and getTabState returns; the shipped detector leaves no
//     performance entry in the page, where the page could see it);
//   - the time from opening popup.html?tab=ID to <body data-state="article"> (first and repeated opens);
//   - the byte size (raw and gzip) of every script and page in dist/chrome, and the zips.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_BIN } from './harness/browser-gate';
import { SEED } from './harness/expectations';
import { launchChromium, openTab, tabIdFor } from './harness/chromium';
import { openExtensionPage, waitForVerdict } from './harness/chromium-pages';
import { startFixtureServer } from './harness/fixture-server';
import { loadAllFixtures } from './harness/fixtures';
import { DIST, DIST_CHROME, ROOT, requireDist, resultPath } from './harness/paths';
import { scriptTimeMs, startTrace } from './harness/trace';

const POPUP_REPEATS = 5;
const LOADS_PER_PAGE = 3;

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

async function main(): Promise<void> {
  requireDist(DIST_CHROME);
  console.log(`Chromium: ${CHROMIUM_BIN}`);
  const fixtures = loadAllFixtures();
  const server = await startFixtureServer();
  const session = await launchChromium(DIST_CHROME);
  try {
    const detector: { page: string; scriptMs: number; detectMs: number | null }[] = [];
    // The first page pays for compiling detector.js without a code cache: measured, listed, but
    // kept out of the summary so that one cold start does not pose as a slow fixture.
    const pages = [
      { name: 'cold start (e2e/not-article)', url: server.pageUrl('not-article') },
      ...fixtures.map((f) => ({ name: f.name, url: server.fixtureUrl(f.name) })),
    ];
    for (const p of pages) {
      // Each page is loaded LOADS_PER_PAGE times and its median kept: the machine may be shared.
      const script: number[] = [];
      const detect: number[] = [];
      for (let i = 0; i < (p === pages[0] ? 1 : LOADS_PER_PAGE); i += 1) {
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        const stop = await startTrace(cdp);
        await page.goto(p.url, { waitUntil: 'load' });
        const tabId = await tabIdFor(session, p.url);
        const state = await waitForVerdict(session, tabId);
        const events = await stop();
        script.push(scriptTimeMs(events, session.extensionOrigin));
        if (state.value) detect.push(state.value.detectMs);
        await cdp.detach();
        await page.close();
      }
      detector.push({
        page: p.name,
        scriptMs: round(median(script)),
        detectMs: detect.length ? round(median(detect)) : null,
      });
    }

    console.table(detector);

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

    const warm = detector.slice(1);
    const scriptTimes = warm.map((d) => d.scriptMs);
    const detectTimes = warm.flatMap((d) => (d.detectMs === null ? [] : [d.detectMs]));
    const result = {
      chromium: CHROMIUM_BIN,
      detector,
      detectorSummary: {
        pages: warm.length,
        coldStart: detector[0],
        scriptMedianMs: round(median(scriptTimes)),
        scriptMaxMs: round(Math.max(...scriptTimes)),
        detectMedianMs: detectTimes.length ? round(median(detectTimes)) : null,
        detectMaxMs: detectTimes.length ? round(Math.max(...detectTimes)) : null,
      },
      popupToArticleMs: { first: popupMs[0], median: median(popupMs), all: popupMs },
      bundles: bundleSizes(),
    };
    console.log('detector summary', result.detectorSummary);
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
