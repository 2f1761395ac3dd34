// Issue 9 item 6 in real Chromium and Firefox: the popup and the reader load none of a page's hidden
// tracking pixels (1×1, display:none, visibility:hidden, [hidden], given only in srcset or in a
// <picture>'s <source>, in <noscript>) and no image address made of the page's markup by an unclosed
// attribute quote. The fixtures tracking-pixels and dangling-quote-images are served from 127.0.0.1
// with their pictures at /media/ and /track/; the server's own log counts every request that reaches
// it. The page itself loads its beacons (proof that they are real requests in this browser); after
// that, not one more may come while the popup and the reader show the article, whose real pictures
// must come (proof that the extension pages' image requests are seen at all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { assertBrowserPresent, browserGate, CHROMIUM_BIN, FIREFOX_BIN } from './harness/browser-gate';
import { launchChromium, openTab, tabIdFor, type ChromiumSession } from './harness/chromium';
import { openForced } from './harness/chromium-pages';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchFirefox, openExtensionPage, settledState, tabIdFor as firefoxTabId, type FirefoxSession } from './harness/firefox';
import { DIST_CHROME, DIST_FIREFOX, requireDist, resultPath } from './harness/paths';

/** Requests that must never come from the extension: the beacons and the broken addresses. */
const FORBIDDEN = /^GET \/(?:track\/|media\/broken)/;

const CASES = [
  // The crane photo is a <picture> whose webp source the browser picks: the hero image is the control.
  { fixture: 'tracking-pixels', pictures: ['/media/harbour-dawn.png'] },
  { fixture: 'dangling-quote-images', pictures: ['/media/quay-1200.png', '/media/ok-gantry.png', '/media/ok-tug.png'] },
];

/** Runs in the extension page: scrolls through the article so that every lazy image is reached. */
async function scrollThrough(): Promise<void> {
  for (let y = 0; y <= document.documentElement.scrollHeight; y += 300) {
    window.scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
}

/** Waits until every picture was requested after `mark` in the server's log; returns what came after it. */
async function requestsAfter(server: FixtureServer, mark: number, pictures: readonly string[]): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const after = server.log.slice(mark);
    if (pictures.every((p) => after.includes(`GET ${p}`)) || Date.now() > deadline) return after;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const settleMs = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const chromiumGate = browserGate('Chromium', CHROMIUM_BIN, 'apt-get install -y chromium');

describe.skipIf(chromiumGate.skip)('hostile images in Chromium', () => {
  let session: ChromiumSession;
  let server: FixtureServer;

  beforeAll(async () => {
    assertBrowserPresent(chromiumGate);
    requireDist(DIST_CHROME);
    server = await startFixtureServer();
    session = await launchChromium(DIST_CHROME);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(CASES)('$fixture: the popup and the reader request none of the page\'s beacons or broken addresses', async ({ fixture, pictures }) => {
    const url = server.fixtureUrl(fixture);
    const mark0 = server.log.length;
    const tab = await openTab(session, url);
    await settleMs(500);
    const pageOwn = server.log.slice(mark0).filter((line) => FORBIDDEN.test(line));
    expect(pageOwn.length, 'the page itself loads its hostile images').toBeGreaterThan(0);
    const tabId = await tabIdFor(session, url);

    const mark = server.log.length;
    const shown: PlaywrightPage[] = [];
    for (const file of ['popup.html', 'reader.html']) {
      const { page, state } = await openForced(session, file, tabId, { width: 800, height: 600 });
      expect(state, file).toBe('article');
      await page.evaluate(scrollThrough);
      shown.push(page);
    }
    const after = await requestsAfter(server, mark, pictures);
    await settleMs(500);
    await shown[0]?.evaluate(() => window.scrollTo(0, 0));
    await shown[0]?.screenshot({ path: resultPath(`chromium-hostile-${fixture}.png`), fullPage: true });
    const fromExtension = session.requests.filter((r) => r.from.startsWith(session.extensionOrigin) && /\/(?:track\/|media\/broken)/.test(r.url));
    console.info(`[e2e] ${fixture}: page's own hostile requests ${pageOwn.length}; after the popup and reader: ${after.length} requests`);
    expect(pictures.filter((p) => !after.includes(`GET ${p}`)), 'the article\'s real pictures are requested').toEqual([]);
    expect(server.log.slice(mark).filter((line) => FORBIDDEN.test(line))).toEqual([]);
    expect(fromExtension.map((r) => r.url)).toEqual([]);
    for (const page of shown) await page.close();
    await tab.close();
  }, 60_000);
});

const firefoxGate = browserGate('Firefox', FIREFOX_BIN, 'apt-get install -y firefox-esr');

describe.skipIf(firefoxGate.skip)('hostile images in Firefox', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let helper: PuppeteerPage;

  beforeAll(async () => {
    assertBrowserPresent(firefoxGate);
    requireDist(DIST_FIREFOX);
    server = await startFixtureServer();
    session = await launchFirefox(DIST_FIREFOX);
    helper = await openExtensionPage(session, `${session.extensionOrigin}/popup.html`);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(CASES)('$fixture: the popup and the reader request none of the page\'s beacons or broken addresses', async ({ fixture, pictures }) => {
    const url = server.fixtureUrl(fixture);
    const mark0 = server.log.length;
    const tab = await session.browser.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    await settleMs(500);
    const pageOwn = server.log.slice(mark0).filter((line) => FORBIDDEN.test(line));
    expect(pageOwn.length, 'the page itself loads its hostile images').toBeGreaterThan(0);
    const tabId = await firefoxTabId(helper, url);

    const mark = server.log.length;
    const shown: PuppeteerPage[] = [];
    for (const file of ['popup.html', 'reader.html']) {
      const page = await openExtensionPage(session, `${session.extensionOrigin}/${file}?tab=${tabId}&force=1`);
      await page.setViewport({ width: 800, height: 600 });
      expect(await settledState(page), file).toBe('article');
      await page.evaluate(scrollThrough);
      shown.push(page);
    }
    const after = await requestsAfter(server, mark, pictures);
    await settleMs(500);
    await shown[0]?.evaluate(() => window.scrollTo(0, 0));
    await shown[0]?.screenshot({ path: resultPath(`firefox-hostile-${fixture}.png`), fullPage: true });
    const fromExtension = session.requests.filter((r) => /\/(?:track\/|media\/broken)/.test(r.url));
    console.info(`[e2e] firefox ${fixture}: page's own hostile requests ${pageOwn.length}; after the popup and reader: ${after.length} requests`);
    expect(pictures.filter((p) => !after.includes(`GET ${p}`)), 'the article\'s real pictures are requested').toEqual([]);
    expect(server.log.slice(mark).filter((line) => FORBIDDEN.test(line))).toEqual([]);
    expect(fromExtension.map((r) => r.url)).toEqual([]);
    for (const page of shown) await page.close();
    await tab.close();
  }, 60_000);
});
