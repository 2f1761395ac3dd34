// "Save as HTML" from the popup in a real Firefox (Debian's firefox-esr, headless, over WebDriver
// BiDi) with dist/firefox installed. The export is a blob: URL clicked through <a download>
// (src/export/download.ts), which Firefox reads after click() returns; the profile saves downloads
// straight into a temporary folder without asking, and the test reads the file Firefox wrote there.
// reading-prefs.test.ts checks the same export in Chromium through Playwright's download event.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { SEED } from './harness/expectations';
import { assertBrowserPresent, browserGate, FIREFOX_BIN } from './harness/browser-gate';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { loadFixture, type Fixture } from './harness/fixtures';
import { launchFirefox, openExtensionPage, settledState, tabIdFor, type FirefoxSession } from './harness/firefox';
import { DIST_FIREFOX, requireDist } from './harness/paths';

const gate = browserGate('Firefox', FIREFOX_BIN, 'apt-get install -y firefox-esr');

/**
 * The finished downloads in `dir`. Firefox writes `<name>.part` and renames it when done, but it may
 * also create `<name>` itself, empty, as a placeholder first: a file counts once it holds a whole
 * HTML document.
 */
function finishedFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => !name.endsWith('.part') && /<\/html>\s*$/i.test(readFileSync(path.join(dir, name), 'utf8')));
}

describe.skipIf(gate.skip)('exports in Firefox', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let seed: Fixture;
  let downloads: string;
  let seedTabId: number;

  beforeAll(async () => {
    assertBrowserPresent(gate);
    requireDist(DIST_FIREFOX);
    seed = loadFixture(SEED);
    downloads = mkdtempSync(path.join(tmpdir(), 'tidy-e2e-downloads-'));
    server = await startFixtureServer();
    session = await launchFirefox(DIST_FIREFOX, { downloadDir: downloads });
    const seedTab = await session.browser.newPage();
    await seedTab.goto(server.fixtureUrl(SEED), { waitUntil: 'load' });
    const helper = await openExtensionPage(session, `${session.extensionOrigin}/popup.html`);
    seedTabId = await tabIdFor(helper, server.fixtureUrl(SEED));
    await helper.close();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('"Save as HTML" in the popup saves the article as a standalone HTML file', async () => {
    const page = await openExtensionPage(session, `${session.extensionOrigin}/popup.html?tab=${seedTabId}&force=1`);
    expect(await settledState(page)).toBe('article');
    if ((await page.$eval('#toggle-export', (el) => el.getAttribute('aria-expanded'))) !== 'true') await page.click('#toggle-export');
    await page.waitForSelector('#save-html', { visible: true });
    expect(finishedFiles(downloads)).toEqual([]);
    await page.click('#save-html');
    await expect.poll(() => finishedFiles(downloads), { timeout: 15_000 }).toHaveLength(1);
    const [name = ''] = finishedFiles(downloads);
    expect(name).toMatch(/^Why-China-may-face.*\.html$/);
    const saved = readFileSync(path.join(downloads, name), 'utf8');
    expect(saved).toMatch(/^<!DOCTYPE html>/);
    expect(saved).toContain('Content-Security-Policy');
    expect(new JSDOM(saved).window.document.title).toBe(seed.expected.title);
    expect(saved).toContain('200 Chinese nationals rescued');
    // The clutter stays out of the saved file as it does out of the popup.
    for (const gone of ['Try Our AI Features', 'No comments yet...']) expect(saved).not.toContain(gone);
    // No script in the file: it is opened later, outside the extension.
    expect(saved).not.toMatch(/<script/i);
    await page.close();
  }, 45_000);
});
