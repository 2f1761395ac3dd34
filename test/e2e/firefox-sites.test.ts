// "Never run" in a real Firefox (Debian's firefox-esr, headless, over WebDriver BiDi) with
// dist/firefox installed: the site chosen in the options page gets none of our code (the background
// registers the detector with the site left out), another site is still judged, and removing the
// choice brings the detector back on the next load. reading-sites.test.ts does the same in Chromium.
// Two hosts of the same local server keep the cases apart: 127.0.0.1 and localhost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTICLE_TITLE, DEFAULT_TITLE, NOT_ARTICLE_TITLE, SEED } from './harness/expectations';
import { assertBrowserPresent, browserGate, FIREFOX_BIN } from './harness/browser-gate';
import { detectorMarker, recordedVerdicts, recordVerdicts, registeredDetectors } from './harness/detector-probe';
import type { ExtGlobal } from './harness/extension-api';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchFirefox, openExtensionPage, tabIdFor, type FirefoxSession } from './harness/firefox';
import { DIST_FIREFOX, requireDist } from './harness/paths';

const gate = browserGate('Firefox', FIREFOX_BIN, 'apt-get install -y firefox-esr');

describe.skipIf(gate.skip)('per-site "never run" in Firefox', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  /** An extension page kept open: it lists tabs, reads storage and records the detector's messages. */
  let helper: Page;

  const title = (tabId: number): Promise<string> =>
    helper.evaluate(async (id: number) => {
      const api = (globalThis as unknown as ExtGlobal).browser;
      if (api === undefined) throw new Error('no browser.* in the extension page');
      return api.action.getTitle({ tabId: id });
    }, tabId);

  const stored = (key: string): Promise<unknown> =>
    helper.evaluate(async (k: string) => {
      const sync = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).browser
        .storage.sync;
      return (await sync.get(k))[k] ?? null;
    }, key);

  const tabState = (tabId: number): Promise<unknown> =>
    helper.evaluate(async (id: number) => {
      const api = (globalThis as unknown as ExtGlobal).browser;
      if (api === undefined) throw new Error('no browser.* in the extension page');
      const reply = (await api.runtime.sendMessage({ channel: 'tidy-reader', name: 'getTabState', request: { tabId: id } })) as {
        ok: boolean;
        value?: unknown;
      };
      if (!reply.ok) throw new Error('getTabState failed');
      return reply.value ?? null;
    }, tabId);

  /** Opens `url` in a new tab, waits for the load event and returns the page and its tab id. */
  const openTab = async (url: string): Promise<{ page: Page; tabId: number }> => {
    const page = await session.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return { page, tabId: await tabIdFor(helper, url) };
  };

  beforeAll(async () => {
    assertBrowserPresent(gate);
    requireDist(DIST_FIREFOX);
    server = await startFixtureServer();
    session = await launchFirefox(DIST_FIREFOX);
    helper = await openExtensionPage(session, `${session.extensionOrigin}/popup.html`);
    await helper.evaluate(recordVerdicts);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the options page\'s "Never run" keeps the detector out of the site\'s pages; removing it brings the detector back', async () => {
    const localUrl = server.fixtureUrl(SEED).replace('127.0.0.1', 'localhost');
    const otherUrl = server.pageUrl('not-article');
    const options = await openExtensionPage(session, `${session.extensionOrigin}/options.html`);
    await options.waitForSelector('#site-input');
    await options.type('#site-input', 'localhost');
    await options.keyboard.press('Enter');
    const neverRunBox = 'tr[data-host="localhost"] input[name="neverRun"]';
    await options.waitForSelector(neverRunBox);
    await options.click(neverRunBox);
    await expect.poll(() => stored('site:localhost')).toMatchObject({ neverRun: true });
    await expect
      .poll(() => helper.evaluate(registeredDetectors), { timeout: 10_000 })
      .toEqual([{ id: 'detector', matches: ['http://*/*', 'https://*/*'], excludeMatches: ['*://localhost/*', '*://www.localhost/*'] }]);

    const off = await openTab(localUrl);
    const other = await openTab(otherUrl);
    // Another site is judged as usual, which also shows that the marker and the messages are observable.
    await expect.poll(() => title(other.tabId), { timeout: 10_000 }).toBe(NOT_ARTICLE_TITLE);
    expect(await helper.evaluate(detectorMarker, other.tabId)).toBe(otherUrl);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // On the never-run site: no detector in the page, no verdict sent, nothing on the toolbar.
    expect(await helper.evaluate(detectorMarker, off.tabId)).toBeNull();
    const seen = await helper.evaluate(recordedVerdicts);
    expect(seen.filter((v) => v.tabId === off.tabId || v.url.includes('localhost'))).toEqual([]);
    expect(seen.filter((v) => v.tabId === other.tabId).length).toBeGreaterThan(0);
    expect(await tabState(off.tabId)).toBeNull();
    expect(await title(off.tabId)).toBe(DEFAULT_TITLE);

    // Removing the site from the list: the next load of the page is judged again.
    await options.click('tr[data-host="localhost"] button');
    await expect.poll(() => stored('site:localhost')).toBeNull();
    await expect.poll(async () => (await helper.evaluate(registeredDetectors))[0]?.excludeMatches, { timeout: 10_000 }).toEqual([]);
    await off.page.reload({ waitUntil: 'load' });
    await expect.poll(() => title(off.tabId), { timeout: 10_000 }).toBe(ARTICLE_TITLE);
    expect(await helper.evaluate(detectorMarker, off.tabId)).toBe(localUrl);
    expect((await helper.evaluate(recordedVerdicts)).some((v) => v.tabId === off.tabId)).toBe(true);
    await options.close();
    await off.page.close();
    await other.page.close();
  }, 60_000);
});
