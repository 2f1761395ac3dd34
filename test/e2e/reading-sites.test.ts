// Per-site choices in a real Chromium (dist/chrome): "always hide clutter" (the popup's "Remember
// for this site") is applied by the background on the next visit, "never run" makes the extension
// stand down on the site until it is turned on again (the detector is not even injected there: the
// background registers it with the site left out), "open the reader tab automatically" does so.
// firefox-sites.test.ts proves "never run" the same way in Firefox.
// The choices live in the settings' one per-site map (storage.sync, key "site:<host>").
// Two hosts of the same local server keep the cases apart: 127.0.0.1 and localhost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTICLE_TITLE, DEFAULT_TITLE, SEED, SEED_CLUTTER } from './harness/expectations';
import { assertBrowserPresent, browserGate, CHROMIUM_BIN } from './harness/browser-gate';
import { actionTitle, launchChromium, openNewTab, type ChromiumSession } from './harness/chromium';
import { getTabState, waitForSettledState, waitForVerdict } from './harness/chromium-pages';
import { detectorMarker, recordedVerdicts, recordVerdicts, registeredDetectors } from './harness/detector-probe';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { loadFixture, type Fixture } from './harness/fixtures';
import { readClutter } from './harness/live-page';
import { DIST_CHROME, requireDist, resultPath } from './harness/paths';

/**
 * Opens the popup or reader for a tab with force=1 (what "Clean anyway" does): these tests are about
 * reading, not about the detector's verdict, which chromium.test.ts checks.
 */
async function openForced(session: ChromiumSession, file: string, tabId: number, force = true): Promise<{ page: Page; state: string }> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${session.extensionOrigin}/${file}?tab=${tabId}${force ? '&force=1' : ''}`);
  return { page, state: await waitForSettledState(page) };
}

const gate = browserGate('Chromium', CHROMIUM_BIN, 'apt-get install -y chromium');

describe.skipIf(gate.skip)('per-site choices in Chromium', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  let seed: Fixture;

  /** One storage.sync item, read in an extension page. */
  const stored = (key: string): Promise<unknown> =>
    session.inExtensionPage(async (k: string) => {
      const sync = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage
        .sync;
      return (await sync.get(k))[k] ?? null;
    }, key);

  const onHost = (host: string): string => server.fixtureUrl(SEED).replace('127.0.0.1', host);

  beforeAll(async () => {
    assertBrowserPresent(gate);
    requireDist(DIST_CHROME);
    seed = loadFixture(SEED);
    server = await startFixtureServer();
    session = await launchChromium(DIST_CHROME);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('"Remember for this site" hides the clutter by itself on the next visit', async () => {
    const url = server.fixtureUrl(SEED);
    const first = await openNewTab(session, url);
    await waitForVerdict(session, first.tabId);
    const { page } = await openForced(session, 'popup.html', first.tabId);
    // The box is offered beside the count of hidden blocks, once the clutter is hidden.
    expect(await page.isVisible('#remember-site')).toBe(false);
    await page.click('#hide-clutter');
    await expect.poll(() => page.getAttribute('#hide-clutter', 'aria-pressed')).toBe('true');
    await page.check('#remember-site');
    await expect.poll(() => stored('site:127.0.0.1')).toEqual({ alwaysHideClutter: true, neverRun: false, autoOpenReader: false });
    await page.close();
    await first.page.close();

    const next = await openNewTab(session, url);
    const arg = { keep: seed.expected.keep, clutter: SEED_CLUTTER };
    await expect.poll(async () => (await next.page.evaluate(readClutter, arg)).hasHideStyle, { timeout: 10_000 }).toBe(true);
    const snapshot = await next.page.evaluate(readClutter, arg);
    expect(snapshot.hiddenCount).toBeGreaterThan(0);
    expect(snapshot.clutterVisible).toEqual([]);
    expect(snapshot.keptButInvisible).toEqual([]);
    const again = await openForced(session, 'popup.html', next.tabId);
    expect(await again.page.isChecked('#remember-site')).toBe(true);
    expect(await again.page.getAttribute('#hide-clutter', 'aria-pressed')).toBe('true');
    // Showing the clutter again forgets the site.
    await again.page.click('#hide-clutter');
    await expect.poll(() => stored('site:127.0.0.1')).toBeNull();
    await again.page.close();
    await next.page.close();
  });

  it('"Never run" makes the extension stand down on the site until it is turned on again', async () => {
    const url = onHost('localhost');
    const tab = await openNewTab(session, url);
    await waitForVerdict(session, tab.tabId);
    const popup = await openForced(session, 'popup.html', tab.tabId);
    expect(await popup.page.textContent('#site-host')).toBe('localhost');
    await popup.page.check('#site-never-run');
    await expect.poll(() => popup.page.evaluate(() => document.body.dataset['state'])).toBe('site-off');
    expect(await popup.page.isVisible('#enable-site')).toBe(true);
    await popup.page.screenshot({ path: resultPath('reading-popup-site-off.png') });
    await popup.page.close();
    expect(await stored('site:localhost')).toMatchObject({ neverRun: true });

    // The next visit: the detector does not run, the toolbar says nothing about the page.
    await expect.poll(async () => (await session.inExtensionPage(registeredDetectors, undefined))[0]?.excludeMatches).toContain('*://localhost/*');
    // The browser hands the new registration to its renderers some time after it lists it (seen: a
    // reload at once still ran the detector; 3 s later it did not), so the page is loaded again until
    // the detector stays away, within a bound.
    await expect
      .poll(
        async () => {
          await tab.page.reload({ waitUntil: 'load' });
          await new Promise((resolve) => setTimeout(resolve, 1_500));
          return session.inExtensionPage(detectorMarker, tab.tabId);
        },
        { timeout: 15_000, interval: 100 },
      )
      .toBeNull();
    expect((await getTabState(session, tab.tabId)).value).toBeNull();
    expect(await actionTitle(session, tab.tabId)).toBe(DEFAULT_TITLE);

    // Without force (a click on the toolbar button): the popup says the site is off.
    const off = await openForced(session, 'popup.html', tab.tabId, false);
    expect(off.state).toBe('site-off');
    await off.page.click('#enable-site');
    await expect.poll(() => off.page.evaluate(() => document.body.dataset['state'])).toMatch(/^(article|not-article)$/);
    expect(await off.page.isChecked('#site-never-run')).toBe(false);
    expect(await stored('site:localhost')).toBeNull();
    // Reading the page again gave the toolbar its verdict back.
    expect((await getTabState(session, tab.tabId)).value).not.toBeNull();
    await off.page.close();
    await tab.page.close();
  });

  it('"Never run" set in the options page keeps the detector out of the site\'s pages; removing it brings the detector back', async () => {
    await session.inExtensionPage(recordVerdicts, undefined);
    const options = await session.context.newPage();
    await options.goto(`${session.extensionOrigin}/options.html`);
    await options.fill('#site-input', 'localhost');
    await options.press('#site-input', 'Enter');
    await options.check('tr[data-host="localhost"] input[name="neverRun"]');
    await expect.poll(() => stored('site:localhost')).toMatchObject({ neverRun: true });
    // The background re-registered the detector with the site left out (both schemes, any port).
    await expect
      .poll(() => session.inExtensionPage(registeredDetectors, undefined))
      .toEqual([{ id: 'detector', matches: ['http://*/*', 'https://*/*'], excludeMatches: ['*://localhost/*', '*://www.localhost/*'] }]);

    const off = await openNewTab(session, onHost('localhost'));
    const other = await openNewTab(session, server.pageUrl('not-article'));
    // Another site is judged as usual, which also shows that the marker and the messages are observable.
    await waitForVerdict(session, other.tabId);
    expect(await session.inExtensionPage(detectorMarker, other.tabId)).toBe(server.pageUrl('not-article'));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // On the never-run site: no detector in the page, no verdict sent, nothing on the toolbar.
    expect(await session.inExtensionPage(detectorMarker, off.tabId)).toBeNull();
    const seen = await session.inExtensionPage(recordedVerdicts, undefined);
    expect(seen.filter((v) => v.tabId === off.tabId || v.url.includes('localhost'))).toEqual([]);
    expect(seen.filter((v) => v.tabId === other.tabId).length).toBeGreaterThan(0);
    expect((await getTabState(session, off.tabId)).value).toBeNull();
    expect(await actionTitle(session, off.tabId)).toBe(DEFAULT_TITLE);

    // Removing the site from the list: the next load of the page is judged again.
    await options.click('tr[data-host="localhost"] button');
    await expect.poll(() => stored('site:localhost')).toBeNull();
    await expect.poll(async () => (await session.inExtensionPage(registeredDetectors, undefined))[0]?.excludeMatches).toEqual([]);
    await off.page.reload({ waitUntil: 'load' });
    await waitForVerdict(session, off.tabId);
    expect(await session.inExtensionPage(detectorMarker, off.tabId)).toBe(onHost('localhost'));
    expect((await session.inExtensionPage(recordedVerdicts, undefined)).some((v) => v.tabId === off.tabId)).toBe(true);
    expect(await actionTitle(session, off.tabId)).toBe(ARTICLE_TITLE);
    await options.close();
    await off.page.close();
    await other.page.close();
  });

  it('"Open the reader tab automatically" opens it on the next article of the site', async () => {
    const url = server.fixtureUrl(SEED);
    const tab = await openNewTab(session, url);
    await waitForVerdict(session, tab.tabId);
    const popup = await openForced(session, 'popup.html', tab.tabId);
    await popup.page.check('#site-auto-open');
    await expect.poll(() => stored('site:127.0.0.1')).toMatchObject({ autoOpenReader: true });
    await popup.page.close();

    const [reader] = await Promise.all([
      session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html?tab='), timeout: 15_000 }),
      tab.page.reload({ waitUntil: 'load' }),
    ]);
    expect(reader.url()).toContain(`tab=${tab.tabId}`);
    await reader.close();
    await tab.page.close();
  });
});
