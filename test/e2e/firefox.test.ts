// Issue 3 in a real Firefox (Debian's firefox-esr, headless) over WebDriver BiDi with dist/firefox
// installed as a temporary add-on: the detector's verdict (leaving nothing in the page's performance
// timeline) and the popup scenario on the seed fixture, with its compact bar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTICLE_TITLE, NOT_ARTICLE_TITLE, SEED, SEED_CLUTTER } from './harness/expectations';
import { assertBrowserPresent, browserGate, FIREFOX_BIN } from './harness/browser-gate';
import { articleVerdictFor, type ExtGlobal } from './harness/extension-api';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { clickedAtOwnAddress, clickedInBrowser, visitedAtOwnAddress, clickShowsArticle, loadAllFixtures, loadFixture, type Fixture } from './harness/fixtures';
import { readClutter } from './harness/live-page';
import { gotoLoaded, launchFirefox, openExtensionPage, settledState, tabIdFor, type FirefoxSession } from './harness/firefox';
import { judgeRequests, referencedUrls, unexplainedSinkEntries } from './harness/network-check';
import { DIST_FIREFOX, requireDist, resultPath } from './harness/paths';
import { articleProblems, clickProblems, MAX_CONTROLS_HEIGHT, readControlsBottom, readRenderedView } from './harness/rendered-view';

const gate = browserGate('Firefox', FIREFOX_BIN, 'apt-get install -y firefox-esr');

describe.skipIf(gate.skip)('Firefox with dist/firefox', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let seed: Fixture;
  let fixtures: Fixture[];
  let seedTabId: number;
  let helper: Page;
  let seedTab: Page;

  beforeAll(async () => {
    assertBrowserPresent(gate);
    requireDist(DIST_FIREFOX);
    seed = loadFixture(SEED);
    fixtures = loadAllFixtures();
    server = await startFixtureServer();
    // The fixtures' own hosts answer too (through the network sink): a page can be met at http://its-host/its/path.
    session = await launchFirefox(DIST_FIREFOX, { site: server.site });
    seedTab = await session.browser.newPage();
    await seedTab.goto(server.fixtureUrl(SEED), { waitUntil: 'load' });
    // Any extension page can list the tabs; the popup without ?tab stands in as the helper.
    helper = await openExtensionPage(session, `${session.extensionOrigin}/popup.html`);
    seedTabId = await tabIdFor(helper, server.fixtureUrl(SEED));
  });

  /** The background's remembered verdict for a tab (null before the detector reported). */
  const tabState = (tabId: number): Promise<unknown> =>
    helper.evaluate(async (id: number) => {
      const api = (globalThis as unknown as ExtGlobal).browser;
      if (api === undefined) throw new Error('no browser.* in the extension page');
      const reply = (await api.runtime.sendMessage({ channel: 'tidy-reader', name: 'getTabState', request: { tabId: id } })) as { ok: boolean; value?: unknown };
      return reply.ok ? (reply.value ?? null) : null;
    }, tabId);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** The toolbar button's title for a tab (it follows the stored verdict). */
  const title = async (tabId: number): Promise<string> =>
    helper.evaluate(async (id: number) => {
      const api = (globalThis as unknown as ExtGlobal).browser;
      if (api === undefined) throw new Error('no browser.* in the extension page');
      return api.action.getTitle({ tabId: id });
    }, tabId);

  /** What is wrong with a tab's stored verdict and toolbar title, for a page that is (not) an article. */
  const verdictProblems = async (name: string, tabId: number, isArticle: boolean): Promise<string[]> => {
    await expect.poll(() => tabState(tabId), { timeout: 10_000 }).not.toBeNull();
    const verdict = (await tabState(tabId)) as { isArticle?: boolean; score?: number } | null;
    const expectedTitle = isArticle ? ARTICLE_TITLE : NOT_ARTICLE_TITLE;
    // The background sets the title right after storing the verdict.
    let shown = await title(tabId);
    for (let i = 0; i < 20 && shown !== expectedTitle; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      shown = await title(tabId);
    }
    if (verdict?.isArticle === isArticle && shown === expectedTitle) return [];
    return [`${name}: expected ${isArticle ? 'article' : 'not article'}, title "${shown}", isArticle ${String(verdict?.isArticle)}, score ${String(verdict?.score)}`];
  };

  it('the detector marks the seed tab as an article and a section front as not', async () => {
    await expect.poll(() => title(seedTabId), { timeout: 10_000 }).toBe(ARTICLE_TITLE);

    const front = await session.browser.newPage();
    await front.goto(server.pageUrl('not-article'), { waitUntil: 'load' });
    const frontTabId = await tabIdFor(helper, server.pageUrl('not-article'));
    await expect.poll(() => title(frontTabId), { timeout: 10_000 }).toBe(NOT_ARTICLE_TITLE);
    await front.close();
    const entries = await seedTab.evaluate(() =>
      performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => e.name),
    );
    expect(entries.filter((name) => /tidy/i.test(name))).toEqual([]);
  });

  it("a click follows the toolbar's verdict: the popup hands the detector's \"article\" to the cleaner, which does not judge the page again", async () => {
    const url = server.pageUrl('not-article');
    const front = await session.browser.newPage();
    await front.goto(url, { waitUntil: 'load' });
    const frontTabId = await tabIdFor(helper, url);
    await expect.poll(() => tabState(frontTabId), { timeout: 10_000 }).toMatchObject({ isArticle: false });
    // As if the detector had said "article" about this page (chromium.test.ts has the same case).
    await helper.evaluate(async (items: Record<string, unknown>) => {
      await (globalThis as unknown as ExtGlobal).browser?.storage.session.set(items);
    }, { [`tab:${frontTabId}`]: articleVerdictFor(url) });
    const page = await openExtensionPage(session, `${session.extensionOrigin}/popup.html?tab=${frontTabId}`);
    expect(await settledState(page)).toBe('article');
    expect(await page.$eval('#not-detected-note', (note) => (note as HTMLElement).hidden)).toBe(true);
    await page.close();
    await front.close();
  }, 45_000);

  it('popup for the seed tab renders the clean article and its related links', async () => {
    const page = await openExtensionPage(session, `${session.extensionOrigin}/popup.html?tab=${seedTabId}`);
    await page.setViewport({ width: 800, height: 600 });
    const state = await settledState(page);
    await page.screenshot({ path: resultPath('firefox-popup-800x600.png') });
    const controlsWide = await page.evaluate(readControlsBottom);
    await page.setViewport({ width: 360, height: 600 });
    await page.screenshot({ path: resultPath('firefox-popup-360x600.png') });
    const controlsNarrow = await page.evaluate(readControlsBottom);
    await page.setViewport({ width: 800, height: 600 });
    console.info(`[e2e] firefox popup controls: ${controlsWide} px at 800x600, ${controlsNarrow} px at 360 px wide`);
    expect(state).toBe('article');
    expect(controlsWide, 'controls above the article at 800x600').toBeGreaterThan(0);
    expect(controlsWide, 'controls above the article at 800x600').toBeLessThanOrEqual(MAX_CONTROLS_HEIGHT);
    expect(controlsNarrow, 'controls above the article at 360 px').toBeLessThanOrEqual(MAX_CONTROLS_HEIGHT);
    const view = await page.evaluate(readRenderedView);
    expect(articleProblems(view, seed.expected, server.origin)).toEqual([]);
    expect(view.visibleButtons).toEqual(expect.arrayContaining(['open-reader', 'hide-clutter', 'show-removed']));
    await page.close();
  }, 45_000);

  it('reader page for the seed tab renders the same article', async () => {
    const page = await openExtensionPage(session, `${session.extensionOrigin}/reader.html?tab=${seedTabId}`);
    await page.setViewport({ width: 1280, height: 900 });
    const state = await settledState(page);
    await page.screenshot({ path: resultPath('firefox-reader.png') });
    expect(state).toBe('article');
    const view = await page.evaluate(readRenderedView);
    expect(articleProblems(view, seed.expected, server.origin)).toEqual([]);
    await page.close();
  }, 45_000);

  it('"Hide clutter" hides clutter in the live page and restores it', async () => {
    const page = await openExtensionPage(session, `${session.extensionOrigin}/popup.html?tab=${seedTabId}`);
    expect(await settledState(page)).toBe('article');
    const arg = { keep: seed.expected.keep, clutter: SEED_CLUTTER };
    await page.click('#hide-clutter');
    await page.waitForFunction(() => /show clutter/i.test(document.getElementById('hide-clutter')?.textContent ?? ''), {
      timeout: 10_000,
    });
    const hidden = await seedTab.evaluate(readClutter, arg);
    expect(hidden.hiddenCount).toBeGreaterThan(0);
    expect(hidden.markedButVisible).toEqual([]);
    expect(hidden.clutterVisible).toEqual([]);
    expect(hidden.keptButInvisible).toEqual([]);
    await seedTab.screenshot({ path: resultPath('firefox-page-clutter-hidden.png'), fullPage: true });
    await page.click('#hide-clutter');
    await page.waitForFunction(() => !/show clutter/i.test(document.getElementById('hide-clutter')?.textContent ?? ''), {
      timeout: 10_000,
    });
    const restored = await seedTab.evaluate(readClutter, arg);
    expect(restored.hiddenCount).toBe(0);
    expect(restored.hasHideStyle).toBe(false);
    await page.close();
  }, 45_000);

  it('at 127.0.0.1, every other article fixture (Chromium the rest) and every non-article gets its verdict in the toolbar and one click shows it, whatever the detector said; home, search, sign-in and listings say "not an article"', async () => {
    const problems: string[] = [];
    for (const [index, f] of fixtures.entries()) {
      if (!clickedInBrowser(f, index, 'firefox')) continue;
      const url = server.fixtureUrl(f.name);
      const tab = await session.browser.newPage();
      await gotoLoaded(tab, url);
      const tabId = await tabIdFor(helper, url);
      // After the detector's verdict (checked here, and in the toolbar), as a user clicks on a page that has loaded.
      problems.push(...(await verdictProblems(f.name, tabId, f.expected.isArticle)));
      const page = await openExtensionPage(session, `${session.extensionOrigin}/popup.html?tab=${tabId}`);
      await settledState(page);
      const view = await page.evaluate(readRenderedView);
      const note = await page.evaluate(() => document.getElementById('not-detected-note')?.checkVisibility() ?? false);
      problems.push(...clickProblems(f, view, note, server.origin));
      if (!f.expected.isArticle && clickShowsArticle(f)) await page.screenshot({ path: resultPath(`firefox-popup-missed-${f.name}.png`) });
      await page.close();
      await tab.close();
    }
    expect(problems).toEqual([]);
  }, 720_000);

  it('at its own address (http://its-host/its/path, as a reader meets it) every other fixture (Chromium the rest) and every non-article gets its verdict in the toolbar and shows as expected after one click', async () => {
    const problems: string[] = [];
    let clicks = 0;
    let visits = 0;
    for (const [index, f] of fixtures.entries()) {
      if (!visitedAtOwnAddress(f, index, 'firefox', [SEED])) continue;
      visits += 1;
      const url = server.ownUrl(f.name);
      const tab = await session.browser.newPage();
      await gotoLoaded(tab, url);
      expect(tab.url(), `${f.name} opened at its own address`).toBe(url);
      const tabId = await tabIdFor(helper, url);
      problems.push(...(await verdictProblems(`${f.name} at its own address`, tabId, f.expected.isArticle)));
      if (!clickedAtOwnAddress(f, index, [SEED])) {
        await tab.close();
        continue;
      }
      clicks += 1;
      const page = await openExtensionPage(session, `${session.extensionOrigin}/popup.html?tab=${tabId}`);
      await settledState(page);
      const view = await page.evaluate(readRenderedView);
      const note = await page.evaluate(() => document.getElementById('not-detected-note')?.checkVisibility() ?? false);
      problems.push(...clickProblems(f, view, note, new URL(url).origin));
      if (f.name === SEED) await page.screenshot({ path: resultPath('firefox-popup-own-address.png') });
      await page.close();
      await tab.close();
    }
    console.info(`[e2e] firefox: ${visits} of ${fixtures.length} fixtures at their own address, ${clicks} popups opened there`);
    expect(problems).toEqual([]);
    expect(session.sink.served.length, 'pages answered at their own hosts').toBeGreaterThanOrEqual(visits);
  }, 720_000);

  it('no request left 127.0.0.1 except the fixture pages’ own resources', () => {
    // Fixtures were opened at 127.0.0.1 (the one-click test: every other article, every non-article) and
    // every one at its own address: each page's own references, resolved against both, are explained.
    const references = new Set(fixtures.flatMap((f) => [...referencedUrls(f.html, server.fixtureUrl(f.name)), ...referencedUrls(f.html, server.ownUrl(f.name))]));
    const opened = { hosts: server.site.hosts, pages: new Set(fixtures.map((f) => server.ownUrl(f.name))) };
    const verdict = judgeRequests(session.requests, session.extensionOrigin, references, opened);
    console.info(
      `[e2e] firefox: extension-page requests ${session.requests.length}, article images re-shown ` +
        `${verdict.articleImages.length}, network sink ${session.sink.log.length}`,
    );
    expect(verdict.offending).toEqual([]);
    expect(unexplainedSinkEntries(session.sink.log, references)).toEqual([]);
  });
});
