// Issue 9 item 2 in real Chromium and Firefox, on the seed page served from 127.0.0.1: a block in the
// Removed list (the video widget between two paragraphs) is put back in its place, marked as restored
// with the rule, match and reason that removed it; "Always keep on this site" stores an exception in
// storage.sync; after a reload the block is part of the article and the exception is listed on the
// options page; removing it there brings the removal back. Screenshots of the Removed list with its
// buttons, of the restored block and of the options page go to test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { SEED } from './harness/expectations';
import { assertBrowserPresent, browserGate, CHROMIUM_BIN, FIREFOX_BIN } from './harness/browser-gate';
import { launchChromium, openNewTab, type ChromiumSession } from './harness/chromium';
import { openForced, waitForVerdict } from './harness/chromium-pages';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchFirefox, openExtensionPage, settledState, tabIdFor, type FirefoxSession } from './harness/firefox';
import { DIST_CHROME, DIST_FIREFOX, requireDist, resultPath } from './harness/paths';

/** The removed block the scenario puts back, and the kept paragraph that follows it on the page. */
const BLOCK = "We're not scammers";
const NEXT_PARAGRAPH = 'China is expected to increase this type of police diplomacy';
const EXCEPTION = { ruleId: 'video-widget', match: 'class~="video-widget"' };
const STORAGE_KEY = 'keep:127.0.0.1';

/** Runs in the popup: what the scenario checks, read in one go. */
function readRestoreState(block: string): {
  itemIndex: string | null;
  restoredText: string;
  restoredNote: string;
  nextText: string;
  restoredCount: number;
  contentHasBlock: boolean;
} {
  const item = [...document.querySelectorAll('.removed-item')].find((li) => li.querySelector('.removed-text')?.textContent?.includes(block));
  const restored = document.querySelector('#content .restored');
  return {
    itemIndex: item?.getAttribute('data-index') ?? null,
    restoredText: restored?.querySelector('.restored-body')?.textContent ?? '',
    restoredNote: restored?.querySelector('.restored-note')?.textContent ?? '',
    nextText: restored?.nextElementSibling?.textContent?.trim() ?? '',
    restoredCount: document.querySelectorAll('#content .restored').length,
    contentHasBlock: (document.getElementById('content')?.textContent ?? '').includes(block),
  };
}

/** The checks of the restored view, the same in both browsers. */
function expectRestored(state: ReturnType<typeof readRestoreState>): void {
  expect(state.restoredText).toContain(BLOCK);
  expect(state.restoredNote).toMatch(/^Restored · video-widget · class~="video-widget" — /);
  // In its place: right before the paragraph that followed it on the page, not at the end.
  expect(state.nextText.startsWith(NEXT_PARAGRAPH)).toBe(true);
}

const chromiumGate = browserGate('Chromium', CHROMIUM_BIN, 'apt-get install -y chromium');

describe.skipIf(chromiumGate.skip)('restore from Removed and per-site keep in Chromium', () => {
  let session: ChromiumSession;
  let server: FixtureServer;

  const stored = (key: string): Promise<unknown> =>
    session.inExtensionPage(async (k: string) => {
      const sync = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.sync;
      return (await sync.get(k))[k] ?? null;
    }, key);

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

  it('restores a removed block in place, keeps it on the site across a reload, and forgets it from the options page', async () => {
    const tab = await openNewTab(session, server.fixtureUrl(SEED));
    await waitForVerdict(session, tab.tabId);
    const first = await openForced(session, 'popup.html', tab.tabId);
    expect(first.state).toBe('article');
    const popup = first.page;
    await popup.click('#show-removed');
    const before = await popup.evaluate(readRestoreState, BLOCK);
    expect(before.itemIndex).not.toBeNull();
    expect(before.contentHasBlock).toBe(false);
    const item = `.removed-item[data-index="${before.itemIndex}"]`;
    // A full-page shot from the top: scrolled, the sticky toolbar would cover a part of the list.
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.screenshot({ path: resultPath('chromium-removed-list.png'), fullPage: true });

    await popup.click(`${item} button[data-action="restore"]`);
    await expect.poll(() => popup.evaluate(readRestoreState, BLOCK).then((s) => s.restoredCount)).toBe(1);
    expectRestored(await popup.evaluate(readRestoreState, BLOCK));
    expect(await popup.textContent(`${item} button[data-action="restore"]`)).toBe('Remove again');
    await popup.locator('#content .restored').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: resultPath('chromium-restored-block.png') });

    await popup.click(`${item} button[data-action="keep"]`);
    await expect.poll(() => stored(STORAGE_KEY)).toEqual([expect.objectContaining(EXCEPTION)]);
    expect(await popup.getAttribute(`${item} button[data-action="keep"]`, 'aria-pressed')).toBe('true');
    await popup.close();

    // The next visit: the block is simply part of the article, and no longer in the Removed list.
    await tab.page.reload({ waitUntil: 'load' });
    const again = await openForced(session, 'popup.html', tab.tabId);
    const kept = await again.page.evaluate(readRestoreState, BLOCK);
    expect(kept.contentHasBlock).toBe(true);
    expect(kept.restoredCount).toBe(0);
    expect(kept.itemIndex).toBeNull();
    await again.page.close();

    const options = await session.context.newPage();
    await options.goto(`${session.extensionOrigin}/options.html`);
    const row = `#keep-body tr[data-host="127.0.0.1"][data-rule="${EXCEPTION.ruleId}"]`;
    await options.waitForSelector(row);
    expect(await options.getAttribute(row, 'data-match')).toBe(EXCEPTION.match);
    await options.locator('#keep-table').scrollIntoViewIfNeeded();
    await options.screenshot({ path: resultPath('chromium-options-kept-blocks.png'), fullPage: true });
    await options.click(`${row} button`);
    await expect.poll(() => stored(STORAGE_KEY)).toBeNull();
    expect(await options.isVisible('#keep-empty')).toBe(true);
    await options.close();

    // Without the exception the block is removed again.
    await tab.page.reload({ waitUntil: 'load' });
    const last = await openForced(session, 'popup.html', tab.tabId);
    const removedAgain = await last.page.evaluate(readRestoreState, BLOCK);
    expect(removedAgain.contentHasBlock).toBe(false);
    expect(removedAgain.itemIndex).not.toBeNull();
    await last.page.close();
    await tab.page.close();
  }, 90_000);
});

const firefoxGate = browserGate('Firefox', FIREFOX_BIN, 'apt-get install -y firefox-esr');

describe.skipIf(firefoxGate.skip)('restore from Removed and per-site keep in Firefox', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let helper: PuppeteerPage;

  const stored = (key: string): Promise<unknown> =>
    helper.evaluate(async (k: string) => {
      const sync = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).browser.storage.sync;
      return (await sync.get(k))[k] ?? null;
    }, key);

  const popupFor = async (tabId: number): Promise<PuppeteerPage> => {
    const page = await openExtensionPage(session, `${session.extensionOrigin}/popup.html?tab=${tabId}&force=1`);
    await page.setViewport({ width: 800, height: 600 });
    expect(await settledState(page)).toBe('article');
    return page;
  };

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

  it('restores a removed block in place, keeps it on the site across a reload, and forgets it from the options page', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(server.fixtureUrl(SEED), { waitUntil: 'load' });
    const tabId = await tabIdFor(helper, server.fixtureUrl(SEED));
    const popup = await popupFor(tabId);
    await popup.click('#show-removed');
    const before = await popup.evaluate(readRestoreState, BLOCK);
    expect(before.itemIndex).not.toBeNull();
    expect(before.contentHasBlock).toBe(false);
    const item = `.removed-item[data-index="${before.itemIndex}"]`;
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.screenshot({ path: resultPath('firefox-removed-list.png'), fullPage: true });

    await popup.click(`${item} button[data-action="restore"]`);
    await popup.waitForFunction(() => document.querySelectorAll('#content .restored').length === 1, { timeout: 10_000 });
    expectRestored(await popup.evaluate(readRestoreState, BLOCK));
    await popup.evaluate(() => document.querySelector('#content .restored')?.scrollIntoView({ block: 'center' }));
    await popup.screenshot({ path: resultPath('firefox-restored-block.png') });

    await popup.click(`${item} button[data-action="keep"]`);
    await expect.poll(() => stored(STORAGE_KEY), { timeout: 10_000 }).toEqual([expect.objectContaining(EXCEPTION)]);
    await popup.close();

    await tab.reload({ waitUntil: 'load' });
    const again = await popupFor(tabId);
    const kept = await again.evaluate(readRestoreState, BLOCK);
    expect(kept.contentHasBlock).toBe(true);
    expect(kept.restoredCount).toBe(0);
    expect(kept.itemIndex).toBeNull();
    await again.close();

    const options = await openExtensionPage(session, `${session.extensionOrigin}/options.html`);
    const row = `#keep-body tr[data-host="127.0.0.1"][data-rule="${EXCEPTION.ruleId}"]`;
    await options.waitForSelector(row);
    await options.evaluate(() => document.getElementById('keep-table')?.scrollIntoView());
    await options.screenshot({ path: resultPath('firefox-options-kept-blocks.png'), fullPage: true });
    await options.click(`${row} button`);
    await expect.poll(() => stored(STORAGE_KEY), { timeout: 10_000 }).toBeNull();
    await options.close();

    await tab.reload({ waitUntil: 'load' });
    const last = await popupFor(tabId);
    const removedAgain = await last.evaluate(readRestoreState, BLOCK);
    expect(removedAgain.contentHasBlock).toBe(false);
    expect(removedAgain.itemIndex).not.toBeNull();
    await last.close();
    await tab.close();
  }, 90_000);
});
