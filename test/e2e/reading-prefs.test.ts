// Issue 4 in a real Chromium (Debian's, headless) with dist/chrome loaded: the reading toolbar (the
// "Aa" panel of the bar) applies live and persists in storage.sync across popup reopen, the
// single-key shortcuts, the exports (the bar's Export panel: Markdown read back from the real
// clipboard, the saved HTML file, the print view) and a screenshot of the popup and the reader in
// every theme (test-results/reading-*.png).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEED } from './harness/expectations';
import { assertBrowserPresent, browserGate, CHROMIUM_BIN } from './harness/browser-gate';
import type { ChromiumSession } from './harness/chromium';
import { openForced, openPanel, startWithSeed, waitForSettledState } from './harness/chromium-pages';
import type { FixtureServer } from './harness/fixture-server';
import { loadFixture, type Fixture } from './harness/fixtures';
import { resultPath } from './harness/paths';

const gate = browserGate('Chromium', CHROMIUM_BIN, 'apt-get install -y chromium');
const THEMES = ['light', 'sepia', 'dark', 'system'] as const;

interface StoredReading {
  theme?: string;
  fontSize?: number;
}

describe.skipIf(gate.skip)('reading settings, shortcuts and exports in Chromium', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  let seed: Fixture;
  let seedTabId: number;
  let seedPage: Page;

  /** The reading prefs as stored in storage.sync (read in an extension page). */
  const storedReading = (): Promise<StoredReading> =>
    session.inExtensionPage(async () => {
      const sync = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome
        .storage.sync;
      return ((await sync.get('reading'))['reading'] ?? {}) as StoredReading;
    }, undefined);

  const rootData = (page: Page, key: string): Promise<string | undefined> =>
    page.evaluate((k) => document.documentElement.dataset[k], key);

  const contentFontSize = (page: Page): Promise<number> =>
    page.evaluate(() => parseFloat(getComputedStyle(document.getElementById('content') ?? document.body).fontSize));

  beforeAll(async () => {
    assertBrowserPresent(gate);
    seed = loadFixture(SEED);
    ({ server, session, seedPage, seedTabId } = await startWithSeed());
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the theme chosen in the popup applies live and is there again when the popup is reopened', async () => {
    const first = await openForced(session, 'popup.html', seedTabId);
    expect(first.state).toBe('article');
    expect(await rootData(first.page, 'theme')).toBe('system');
    await openPanel(first.page, 'toggle-reading');
    await first.page.selectOption('#theme-select', 'sepia');
    expect(await rootData(first.page, 'theme')).toBe('sepia');
    const background = await first.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(244, 236, 216)');
    await expect.poll(async () => (await storedReading()).theme).toBe('sepia');
    await first.page.close();

    const again = await openForced(session, 'popup.html', seedTabId);
    await expect.poll(() => rootData(again.page, 'theme')).toBe('sepia');
    // The panel starts closed on every open (its state is not kept).
    expect(await again.page.getAttribute('#toggle-reading', 'aria-expanded')).toBe('false');
    expect(await again.page.inputValue('#theme-select')).toBe('sepia');
    await again.page.close();
  });

  it('+ / - change the text size, t cycles the theme, ? shows the help; the buttons do the same', async () => {
    const { page } = await openForced(session, 'popup.html', seedTabId);
    const before = await contentFontSize(page);
    await page.locator('#content').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => contentFontSize(page)).toBe(before + 2);
    await page.keyboard.press('-');
    await expect.poll(() => contentFontSize(page)).toBe(before + 1);
    await openPanel(page, 'toggle-reading');
    await page.click('#font-larger');
    await expect.poll(() => contentFontSize(page)).toBe(before + 2);
    expect(await page.textContent('#font-size-value')).toContain(String(before + 2));
    await expect.poll(async () => (await storedReading()).fontSize).toBe(before + 2);

    const themeBefore = await rootData(page, 'theme');
    await page.keyboard.press('t');
    await expect.poll(() => rootData(page, 'theme')).not.toBe(themeBefore);

    const hint = await page.textContent('#shortcut-hint');
    for (const key of ['+', '-', 't', 'r', 'h', '?']) expect(hint).toContain(key);
    expect(await page.isVisible('#shortcut-help')).toBe(false);
    await page.keyboard.press('?');
    expect(await page.isVisible('#shortcut-help')).toBe(true);
    expect(await page.textContent('#shortcut-help')).toMatch(/Larger text[\s\S]*Next theme/);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#shortcut-help')).toBe(false);
    // Every control of the toolbar has a name a screen reader can say.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('.bar button, .bar select, .bar input, .page-footer button, .page-footer input')]
        .filter((el) => (el as HTMLElement).checkVisibility())
        .filter((el) => {
          const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
          return label.trim() === '';
        })
        .map((el) => el.id),
    );
    expect(unnamed).toEqual([]);
    // Back to the defaults for the tests below.
    await page.selectOption('#theme-select', 'system');
    for (let i = 0; i < 2; i += 1) await page.click('#font-smaller');
    await expect.poll(async () => (await storedReading()).fontSize).toBe(before);
    await page.close();
  });

  it('"Copy as Markdown" puts the article with its source and related links on the clipboard', async () => {
    // Playwright cannot grant permissions to a chrome-extension:// origin: the system clipboard is
    // read back from the fixture page (an http origin), focused for the purpose.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const readClipboard = async (): Promise<string> => {
      await seedPage.bringToFront();
      return seedPage.evaluate(() => navigator.clipboard.readText());
    };
    const { page } = await openForced(session, 'reader.html', seedTabId, { width: 1280, height: 900 });
    await page.bringToFront();
    await openPanel(page, 'toggle-export');
    await page.click('#copy-markdown');
    await expect.poll(() => page.textContent('#export-status')).toBe('Copied to the clipboard.');
    const markdown = await readClipboard();
    expect(markdown.split('\n')[0]).toBe(`# ${seed.expected.title ?? ''}`);
    expect(markdown).toContain(`Source: <${server.fixtureUrl(SEED)}>`);
    expect(markdown).toContain('On Thursday, 200 Chinese nationals rescued from [online scam centres in Myanmar](');
    expect(markdown).toContain('## Related');
    for (const link of seed.expected.related) expect(markdown).toContain(`](${link.url})`);
    for (const gone of ['Try Our AI Features', 'No comments yet...', 'We use cookies to personalise content and ads']) {
      expect(markdown).not.toContain(gone);
    }

    await page.bringToFront();
    await page.click('#copy-text');
    await expect.poll(readClipboard).toMatch(/^Why China may face/);
    await page.bringToFront();

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-html')]);
    expect(download.suggestedFilename()).toMatch(/^Why-China-may-face.*\.html$/);
    const saved = readFileSync((await download.path()) ?? '', 'utf8');
    expect(saved).toMatch(/^<!DOCTYPE html>/);
    expect(saved).toContain('Content-Security-Policy');
    expect(saved).toContain('200 Chinese nationals rescued');
    await page.close();
  });

  it('the gear opens the options page, which shows the theme chosen in the popup', async () => {
    const { page } = await openForced(session, 'popup.html', seedTabId);
    await openPanel(page, 'toggle-reading');
    await page.selectOption('#theme-select', 'dark');
    await expect.poll(async () => (await storedReading()).theme).toBe('dark');
    expect(await page.getAttribute('#open-options', 'aria-label')).toBe('Tidy Reader settings');
    const [options] = await Promise.all([
      session.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html'), timeout: 10_000 }),
      page.click('#open-options'),
    ]);
    await options.waitForSelector('#font-size-value:not(:empty)');
    expect(await rootData(options, 'theme')).toBe('dark');
    expect(await options.isChecked('input[name="theme"][value="dark"]')).toBe(true);
    await options.close();
    await page.selectOption('#theme-select', 'system');
    await expect.poll(async () => (await storedReading()).theme).toBe('system');
    await page.close();
  });

  it('the print view keeps the article and drops every control', async () => {
    const { page } = await openForced(session, 'reader.html', seedTabId, { width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['hide-clutter', 'theme-select', 'copy-markdown', 'shortcut-hint', 'site-choices', 'content', 'title'].map(
        (id) => `${id}:${document.getElementById(id)?.checkVisibility() ?? false}`,
      ),
    );
    expect(shown).toEqual([
      'hide-clutter:false',
      'theme-select:false',
      'copy-markdown:false',
      'shortcut-hint:false',
      'site-choices:false',
      'content:true',
      'title:true',
    ]);
    await page.screenshot({ path: resultPath('reading-reader-print.png') });
    await page.close();

    // The popup is too small to print from: its Print button prints from a reader tab.
    const popup = await openForced(session, 'popup.html', seedTabId);
    await openPanel(popup.page, 'toggle-export');
    const [reader] = await Promise.all([
      session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html?tab='), timeout: 10_000 }),
      popup.page.click('#print-article'),
    ]);
    await waitForSettledState(reader);
    // The reader printed once and dropped the request from its address.
    await expect.poll(() => reader.url()).not.toContain('print=1');
    expect(reader.url()).toContain(`tab=${seedTabId}`);
    await reader.close();
    await popup.page.close();
  });

  it('screenshots of the popup and the reader in every theme', async () => {
    const popup = await openForced(session, 'popup.html', seedTabId);
    const reader = await openForced(session, 'reader.html', seedTabId, { width: 1280, height: 900 });
    const backgrounds: Record<string, string> = {};
    // The popup's "Aa" panel stays open: the screenshots show it in every theme.
    await openPanel(popup.page, 'toggle-reading');
    for (const theme of THEMES) {
      await popup.page.selectOption('#theme-select', theme);
      // The reader follows the change made in the popup through storage.sync.
      await expect.poll(() => rootData(reader.page, 'theme')).toBe(theme);
      const schemes = theme === 'system' ? (['light', 'dark'] as const) : ([null] as const);
      for (const scheme of schemes) {
        await popup.page.emulateMedia({ colorScheme: scheme ?? 'light' });
        await reader.page.emulateMedia({ colorScheme: scheme ?? 'light' });
        const name = scheme ? `${theme}-${scheme}` : theme;
        await popup.page.screenshot({ path: resultPath(`reading-popup-${name}.png`) });
        await reader.page.screenshot({ path: resultPath(`reading-reader-${name}.png`) });
        backgrounds[name] = await reader.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      }
    }
    expect(backgrounds).toEqual({
      light: 'rgb(255, 255, 255)',
      sepia: 'rgb(244, 236, 216)',
      dark: 'rgb(27, 28, 30)',
      'system-light': 'rgb(255, 255, 255)',
      'system-dark': 'rgb(27, 28, 30)',
    });
    await popup.page.close();
    await reader.page.close();
  });
});
