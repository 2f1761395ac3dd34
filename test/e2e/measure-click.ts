// Click to article (issue 11 item 2), measured in real Chromium and Firefox: the time from opening
// popup.html?tab=ID to the article's text standing still (harness/click-clock.ts), on every article
// fixture served at its realistic path. Each page is loaded afresh before each open, so every open
// is a first click on that page (the cleaner not yet in it), after the detector has reported. The
// first open of a fixture is in a new tab, a renderer that has compiled none of our code; the later
// ones follow a reload in the same renderer: the summary gives the two apart (firstOpen, reopened).
//   npm run build && npm run measure-click [-- --browser chromium|firefox|both] [--repeats N] [--only NAME,…] [--prepared]
// --prepared (Chromium): before each open, the background injects cleaner.js into the tab, as a
// preparation in idle time after the detector's verdict would; the sample records what that cost the
// page (the injection's round trip, and how long the page's main thread was held), and the click then
// finds the cleaner in place (issue 11: "consider preparing the extraction ... measure both ways").
// Prints per fixture and overall medians; writes test-results/measure-click.json. Not a test: figures.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium, openTab, tabIdFor, type ChromiumSession } from './harness/chromium';
import { waitForVerdict } from './harness/chromium-pages';
import { installClickClock, installFromOutside, median, readClickClock, waitUntilStill, type ClickClock } from './harness/click-clock';
import type { ExtGlobal } from './harness/extension-api';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchFirefox, openExtensionPage, tabIdFor as firefoxTabIdFor, type FirefoxSession } from './harness/firefox';
import { clickShowsArticle, loadAllFixtures, type Fixture } from './harness/fixtures';
import { DIST_CHROME, DIST_FIREFOX, requireDist, resultPath, ROOT } from './harness/paths';

interface Sample {
  fixture: string;
  /**
   * Which open of its fixture: 0 in a new tab (a renderer that has run none of our code, nor compiled
   * the rules' regular expressions), then after reloads of that tab (the same renderer, whose V8 keeps
   * what it compiled: code caches and the regular expressions' cache).
   */
  open: number;
  /** Popup navigation start to the end of the frame that drew the last change. */
  stillMs: number;
  /** Popup navigation start to the end of the frame that first drew article text. */
  firstTextMs: number;
  state: string;
  /** The clock started after the page showed something: not counted. */
  late: boolean;
  installedAt: number;
  /** The page's own phase marks (src/render/read-tab.ts markPhase), ms from the popup's navigation start. */
  phases: Phases;
  /** --prepared: what injecting the cleaner before the click cost the page. */
  prepared?: Preparation;
}

interface Preparation {
  /** executeScript({files: ['cleaner.js']}) from the service worker, until it returned. */
  injectMs: number;
  /**
   * How long the page's main thread was held, from the injection until 300 ms after it: the sum of
   * the gaps over 8 ms in a message loop run in the page's own world. (The Long Tasks API saw none: it
   * does not report a content script's task to the page.)
   */
  blockedMs: number;
  /** The longest of those gaps: the worst freeze a user scrolling the page would feel. */
  longestMs: number;
}

/**
 * When the popup's script asked the tab, when the tab and site were known, when the tab said it had no
 * cleaner (every open here is a first click), when the article came, when it was drawn.
 */
interface Phases {
  start: number;
  cleaner: number;
  probed: number;
  article: number;
  shown: number;
}

/** Reads the phase marks in the page (self-contained: runs in the browser). */
function readPhases(): Phases {
  const at = (name: string): number => performance.getEntriesByName(`tidy-read:${name}`, 'mark')[0]?.startTime ?? NaN;
  return { start: at('start'), cleaner: at('cleaner'), probed: at('probed'), article: at('article'), shown: at('shown') };
}

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'both' },
    repeats: { type: 'string', default: '3' },
    only: { type: 'string' },
    prepared: { type: 'boolean', default: false },
  },
  strict: true,
});
const browsers = values.browser === 'both' ? ['chromium', 'firefox'] : [values.browser];
if (!browsers.every((b) => b === 'chromium' || b === 'firefox')) throw new Error('--browser is chromium, firefox or both');
if (values.prepared && browsers.includes('firefox')) throw new Error('--prepared is measured in Chromium only (--browser chromium)');
const repeats = Number(values.repeats);
if (!Number.isInteger(repeats) || repeats < 1) throw new Error('--repeats is a whole number ≥ 1');
const only = values.only?.split(',') ?? null;

/** The pages a click must show as an article: detected ones and those that read as one. */
function articleFixtures(): Fixture[] {
  return loadAllFixtures().filter((f) => clickShowsArticle(f) && (only === null || only.includes(f.name)));
}

const round = (x: number): number => Math.round(x * 10) / 10;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** --prepared: injects the cleaner into the tab from the service worker and measures what the page paid. */
async function prepareTab(session: ChromiumSession, tab: PwPage, tabId: number): Promise<Preparation> {
  await tab.evaluate(() => {
    const holder = window as unknown as { __gaps: number[]; __stop: () => void };
    holder.__gaps = [];
    const channel = new MessageChannel();
    let running = true;
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 8) holder.__gaps.push(now - last);
      last = now;
      if (running) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    holder.__stop = () => {
      running = false;
    };
  });
  const injectMs = await session.inWorker(async (id: number) => {
    const start = performance.now();
    await (globalThis as unknown as ExtGlobal).chrome?.scripting.executeScript({ target: { tabId: id }, files: ['cleaner.js'] });
    return performance.now() - start;
  }, tabId);
  await pause(300);
  const gaps = await tab.evaluate(() => {
    const holder = window as unknown as { __gaps: number[]; __stop: () => void };
    holder.__stop();
    return holder.__gaps;
  });
  return { injectMs: round(injectMs), blockedMs: round(gaps.reduce((sum, ms) => sum + ms, 0)), longestMs: round(Math.max(0, ...gaps)) };
}

function sampleOf(fixture: string, open: number, clock: ClickClock, phases: Phases): Sample {
  return {
    fixture,
    open,
    stillMs: round(clock.lastDrawn),
    firstTextMs: round(clock.firstText),
    state: clock.state,
    late: clock.late,
    installedAt: round(clock.installedAt),
    phases: {
      start: round(phases.start),
      cleaner: round(phases.cleaner),
      probed: round(phases.probed),
      article: round(phases.article),
      shown: round(phases.shown),
    },
  };
}

async function measureChromium(server: FixtureServer, fixtures: Fixture[]): Promise<Sample[]> {
  requireDist(DIST_CHROME);
  const session = await launchChromium(DIST_CHROME);
  const samples: Sample[] = [];
  try {
    for (const f of fixtures) {
      const url = server.fixtureUrl(f.name);
      const tab = await openTab(session, url);
      const tabId = await tabIdFor(session, url);
      for (let i = 0; i < repeats; i += 1) {
        if (i > 0) await tab.reload({ waitUntil: 'load' });
        await waitForVerdict(session, tabId);
        // A user reads the page a moment before clicking: let the load's own work finish.
        await pause(300);
        const prepared = values.prepared ? await prepareTab(session, tab, tabId) : undefined;
        const popup: PwPage = await session.context.newPage();
        await popup.setViewportSize({ width: 800, height: 600 });
        await popup.addInitScript({ content: `(${installClickClock.toString()})()` });
        await popup.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`);
        const clock = await waitUntilStill(() => popup.evaluate(readClickClock));
        samples.push({ ...sampleOf(f.name, i, clock, await popup.evaluate(readPhases)), ...(prepared ? { prepared } : {}) });
        await popup.close();
      }
      await tab.close();
    }
  } finally {
    await session.close();
  }
  return samples;
}

async function measureFirefox(server: FixtureServer, fixtures: Fixture[]): Promise<Sample[]> {
  requireDist(DIST_FIREFOX);
  const session = await launchFirefox(DIST_FIREFOX);
  const samples: Sample[] = [];
  try {
    const helper = await openExtensionPage(session, `${session.extensionOrigin}/manifest.json`);
    const judged = (tabId: number): Promise<boolean> =>
      helper.evaluate(async (id: number) => {
        const api = (globalThis as unknown as ExtGlobal).browser;
        if (api === undefined) throw new Error('no browser.* in the extension page');
        const reply = (await api.runtime.sendMessage({ channel: 'tidy-reader', name: 'getTabState', request: { tabId: id } })) as {
          ok: boolean;
          value?: unknown;
        };
        return reply.ok && reply.value !== null && reply.value !== undefined;
      }, tabId);
    for (const f of fixtures) {
      const url = server.fixtureUrl(f.name);
      const tab: PpPage = await session.browser.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      const tabId = await firefoxTabIdFor(helper, url);
      for (let i = 0; i < repeats; i += 1) {
        if (i > 0) await tab.reload({ waitUntil: 'load' });
        for (let waited = 0; !(await judged(tabId)); waited += 100) {
          if (waited > 10_000) throw new Error(`no verdict for ${f.name}`);
          await pause(100);
        }
        await pause(300);
        const { clock, phases } = await openWithClock(session, `popup.html?tab=${tabId}`);
        samples.push(sampleOf(f.name, i, clock, phases));
      }
      await tab.close();
    }
  } finally {
    await session.close();
  }
  return samples;
}

/**
 * Opens `file` in a new tab and installs the clock the moment the extension document answers (over
 * BiDi, polled from here: Firefox runs no preload script in moz-extension: documents). A clock that
 * arrives after the page showed anything marks its sample void (`late`); `installedAt` is reported.
 */
async function openWithClock(session: FirefoxSession, file: string): Promise<{ clock: ClickClock; phases: Phases }> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 800, height: 600 });
  // Over BiDi, goto() on a moz-extension: URL loads but never resolves (TESTING.md).
  void page.goto(`${session.extensionOrigin}/${file}`, { timeout: 20_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const installed = await page.evaluate(installFromOutside('moz-extension:')).catch(() => false);
    if (installed) break;
    if (Date.now() > deadline) throw new Error(`${file} did not load within 15 s`);
  }
  const clock = await waitUntilStill(() => page.evaluate(readClickClock));
  const phases = await page.evaluate(readPhases);
  await page.close();
  return { clock, phases };
}

function openSummary(samples: Sample[]): Record<string, number> {
  const prepared = samples.flatMap((s) => (s.prepared ? [s.prepared] : []));
  return {
    opens: samples.length,
    stillMedianMs: round(median(samples.map((s) => s.stillMs))),
    // The tab's answer: asking, loading the cleaner, extracting, the article's trip. A prepared tab has its
    // cleaner: no probe, no load.
    cleanerAnswerMedianMs: round(median(samples.map((s) => s.phases.article - s.phases.cleaner))),
    ...(prepared.length
      ? {
          preparationInjectMedianMs: round(median(prepared.map((p) => p.injectMs))),
          preparationBlockedMedianMs: round(median(prepared.map((p) => p.blockedMs))),
          preparationLongestMedianMs: round(median(prepared.map((p) => p.longestMs))),
        }
      : { loadAndExtractMedianMs: round(median(samples.map((s) => s.phases.article - s.phases.probed))) }),
  };
}

function summarize(browser: string, all: Sample[]): Record<string, unknown> {
  const late = all.filter((s) => s.late).map((s) => s.fixture);
  const samples = all.filter((s) => !s.late);
  const wrong = samples.filter((s) => s.state !== 'article');
  const perFixture = [...new Set(samples.map((s) => s.fixture))].map((fixture) => {
    const mine = samples.filter((s) => s.fixture === fixture);
    return {
      fixture,
      stillMs: round(median(mine.map((s) => s.stillMs))),
      firstTextMs: round(median(mine.map((s) => s.firstTextMs))),
      states: [...new Set(mine.map((s) => s.state))].join(','),
    };
  });
  console.log(`\n${browser}: popup open → article standing still, ${repeats} first clicks per fixture`);
  console.table(perFixture);
  const summary = {
    opens: samples.length,
    fixtures: perFixture.length,
    stillMedianMs: round(median(samples.map((s) => s.stillMs))),
    firstTextMedianMs: round(median(samples.map((s) => s.firstTextMs))),
    stillP90Ms: round([...samples.map((s) => s.stillMs)].sort((a, b) => a - b)[Math.floor(samples.length * 0.9)] ?? NaN),
    notArticle: wrong.map((s) => `${s.fixture}: ${s.state}`),
    lateClock: late,
    clockInstalledMedianMs: round(median(all.map((s) => s.installedAt))),
    // Where the time goes (medians): the popup's own start, the tab and site lookup, the tab's answer
    // (cleaner injection, extraction, the article's one trip), and drawing it until it stands still.
    // The tab's answer in two: asking for the cleaner, then loading it, which answers the waiting read.
    phasesMedianMs: {
      popupStart: round(median(samples.map((s) => s.phases.start))),
      tabAndSite: round(median(samples.map((s) => s.phases.cleaner - s.phases.start))),
      cleanerAnswer: round(median(samples.map((s) => s.phases.article - s.phases.cleaner))),
      probe: round(median(samples.map((s) => s.phases.probed - s.phases.cleaner))),
      loadAndExtract: round(median(samples.map((s) => s.phases.article - s.phases.probed))),
      render: round(median(samples.map((s) => s.phases.shown - s.phases.article))),
      untilStill: round(median(samples.map((s) => s.stillMs - s.phases.shown))),
    },
    // The first open of each fixture (a new tab's renderer) apart from the opens after a reload: the
    // medians above are mostly the latter when --repeats is above 2.
    firstOpen: openSummary(samples.filter((s) => s.open === 0)),
    reopened: openSummary(samples.filter((s) => s.open > 0)),
  };
  console.log(`${browser} summary`, summary);
  return { summary, perFixture, samples: all };
}

const fixtures = articleFixtures();
const server = await startFixtureServer();
const result: Record<string, unknown> = { date: new Date().toISOString(), repeats };
try {
  for (const browser of browsers) {
    const samples = browser === 'chromium' ? await measureChromium(server, fixtures) : await measureFirefox(server, fixtures);
    result[browser] = summarize(browser, samples);
  }
} finally {
  await server.close();
}
writeFileSync(resultPath('measure-click.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`written: ${path.relative(ROOT, resultPath('measure-click.json'))}`);
