// Issue 9 item 4 in a real Firefox (Debian's firefox-esr, headless, over WebDriver BiDi) with
// dist/firefox installed: the scenarios of late-pages.test.ts (Chromium), shared through
// harness/late-pages.ts. A story that arrives a second after load, a single-page site's pushState
// moves, and a story inside a custom element's open shadow root: the toolbar follows each, and the
// popup shows the story the page shows.
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { assertBrowserPresent, browserGate, FIREFOX_BIN } from './harness/browser-gate';
import type { ExtGlobal } from './harness/extension-api';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchFirefox, openExtensionPage, settledState, tabIdFor, type FirefoxSession } from './harness/firefox';
import type { LateDriver, LateTabState } from './harness/late-pages';
import { DIST_FIREFOX, requireDist, resultPath } from './harness/paths';
import { readRenderedView } from './harness/rendered-view';
import { lateCases } from './late-pages-cases';

const gate = browserGate('Firefox', FIREFOX_BIN, 'apt-get install -y firefox-esr');

describe.skipIf(gate.skip)('Firefox: pages that load late, single-page sites, shadow roots', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  /** An extension page kept open: it lists tabs and asks the background. */
  let helper: Page;
  let driver: LateDriver;

  beforeAll(async () => {
    assertBrowserPresent(gate);
    requireDist(DIST_FIREFOX);
    server = await startFixtureServer();
    session = await launchFirefox(DIST_FIREFOX);
    helper = await openExtensionPage(session, `${session.extensionOrigin}/popup.html`);
    driver = {
      name: 'firefox',
      at: (urlPath) => server.at(urlPath),
      async open(url, until = 'load') {
        const page = await session.browser.newPage();
        await page.goto(url, { waitUntil: until === 'load' ? 'load' : 'domcontentloaded' });
        return {
          tabId: await tabIdFor(helper, url),
          click: (selector) => page.click(selector),
          screenshot: async (file) => void (await page.screenshot({ path: resultPath(file) })),
          readyState: () => page.evaluate(() => document.readyState),
          close: () => page.close(),
        };
      },
      stateOf: (tabId) =>
        helper.evaluate(async (id: number) => {
          const api = (globalThis as unknown as ExtGlobal).browser;
          if (api === undefined) throw new Error('no browser.* in the extension page');
          const message = { channel: 'tidy-reader', name: 'getTabState', request: { tabId: id } };
          return ((await api.runtime.sendMessage(message)) as { value?: LateTabState | null }).value ?? null;
        }, tabId),
      toolbar: (tabId) =>
        helper.evaluate(async (id: number) => {
          const api = (globalThis as unknown as ExtGlobal).browser;
          if (api === undefined) throw new Error('no browser.* in the extension page');
          return { title: await api.action.getTitle({ tabId: id }), badge: await api.action.getBadgeText({ tabId: id }) };
        }, tabId),
      async popup(tabId, file) {
        const page = await openExtensionPage(session, `${session.extensionOrigin}/popup.html?tab=${tabId}`);
        await page.setViewport({ width: 800, height: 600 });
        const state = await settledState(page);
        await page.screenshot({ path: resultPath(file) });
        const view = await page.evaluate(readRenderedView);
        await page.close();
        return { state, title: view.title, text: view.contentText };
      },
    };
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  lateCases(() => driver);
});
