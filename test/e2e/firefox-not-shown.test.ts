// Issue 9 item 1 in a real Firefox (Debian's firefox-esr, headless) with dist/firefox installed: the
// not-shown notice in the popup and the reader, its restore in place (marked) and back, and no notice on
// the clean page of the same story; as test/e2e/not-shown.test.ts does in Chromium.
// Screenshots: test-results/firefox-not-shown-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { assertBrowserPresent, browserGate, FIREFOX_BIN } from './harness/browser-gate';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { loadFixture } from './harness/fixtures';
import { launchFirefox, openExtensionPage, openPageTab, settledState, type FirefoxSession } from './harness/firefox';
import { checkNoticeAndRestore, readNotShown, scrollToRestored } from './harness/not-shown-page';
import { DIST_FIREFOX, requireDist, resultPath } from './harness/paths';

const gate = browserGate('Firefox', FIREFOX_BIN, 'apt-get install -y firefox-esr');
const LOST = loadFixture('not-shown-story-extra');
const CLEAN = loadFixture('not-shown-clean');

describe.skipIf(gate.skip)('the not-shown notice in Firefox', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  const tabs = new Map<string, number>();

  beforeAll(async () => {
    assertBrowserPresent(gate);
    requireDist(DIST_FIREFOX);
    server = await startFixtureServer();
    session = await launchFirefox(DIST_FIREFOX);
    for (const name of [LOST.name, CLEAN.name]) tabs.set(name, await openPageTab(session, server.fixtureUrl(name)));
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(file: string, name: string, width = 800, height = 600): Promise<Page> {
    const page = await openExtensionPage(session, `${session.extensionOrigin}/${file}?tab=${tabs.get(name) ?? -1}`);
    await page.setViewport({ width, height });
    expect(await settledState(page)).toBe('article');
    return page;
  }

  for (const [file, width, height] of [['popup.html', 800, 600], ['reader.html', 1280, 900]] as const) {
    const view = file.replace('.html', '');

    it(`${view}: says how many paragraphs are not shown; one click shows them in place, marked; another hides them`, async () => {
      const page = await open(file, LOST.name, width, height);
      await checkNoticeAndRestore({
        read: () => page.evaluate(readNotShown),
        clickToggle: () => page.click('#not-shown-toggle'),
        scrollToRestored: () => page.evaluate(scrollToRestored),
        screenshot: (name) => page.screenshot({ path: resultPath(name) }),
      }, LOST, `firefox-not-shown-${view}`);
      await page.close();
    }, 60_000);
  }

  it('the clean page of the same story gets no notice, in the popup and the reader', async () => {
    for (const file of ['popup.html', 'reader.html']) {
      const page = await open(file, CLEAN.name);
      const view = await page.evaluate(readNotShown);
      expect(view.visible, file).toBe(false);
      await page.close();
    }
  }, 60_000);
});
