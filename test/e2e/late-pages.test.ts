// Issue 9 item 4 in a real Chromium with dist/chrome: a page whose story arrives a second after
// load, a single-page news site moving between stories with history.pushState, and a story inside a
// custom element's open shadow root. The toolbar (title, badge, the remembered verdict) must follow
// each, and the popup must show the story the page shows. The scenarios are shared with Firefox
// (harness/late-pages.ts); screenshots go to test-results/.
import { afterAll, beforeAll, describe } from 'vitest';
import { assertBrowserPresent, browserGate, CHROMIUM_BIN } from './harness/browser-gate';
import { actionTitle, launchChromium, openNewTab, type ChromiumSession } from './harness/chromium';
import { getTabState, openExtensionPage } from './harness/chromium-pages';
import type { ExtGlobal } from './harness/extension-api';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { LateDriver } from './harness/late-pages';
import { DIST_CHROME, requireDist, resultPath } from './harness/paths';
import { readRenderedView } from './harness/rendered-view';
import { lateCases } from './late-pages-cases';

const gate = browserGate('Chromium', CHROMIUM_BIN, 'apt-get install -y chromium');

describe.skipIf(gate.skip)('Chromium: pages that load late, single-page sites, shadow roots', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  let driver: LateDriver;

  beforeAll(async () => {
    assertBrowserPresent(gate);
    requireDist(DIST_CHROME);
    server = await startFixtureServer();
    session = await launchChromium(DIST_CHROME);
    driver = {
      name: 'chromium',
      at: (urlPath) => server.at(urlPath),
      async open(url, until) {
        const { page, tabId } = await openNewTab(session, url, until);
        return {
          tabId,
          click: (selector) => page.click(selector, { timeout: 5_000 }),
          screenshot: async (file) => void (await page.screenshot({ path: resultPath(file) })),
          readyState: () => page.evaluate(() => document.readyState),
          close: () => page.close(),
        };
      },
      stateOf: async (tabId) => (await getTabState(session, tabId)).value ?? null,
      toolbar: async (tabId) => ({
        title: await actionTitle(session, tabId),
        badge: await session.inWorker(async (id: number) => {
          const api = (globalThis as unknown as ExtGlobal).chrome;
          if (api === undefined) throw new Error('no chrome.* in the service worker');
          return api.action.getBadgeText({ tabId: id });
        }, tabId),
      }),
      async popup(tabId, file) {
        const { page, state } = await openExtensionPage(session, 'popup.html', tabId);
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
