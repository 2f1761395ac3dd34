// Languages in a real Chromium: launched with --lang=de, the popup, the reader and the options page
// speak German (strings from _locales/de through the i18n helper, none left in English) and the
// manifest's name and description come from the catalogue. An Arabic article (test/fixtures/arabic-rtl)
// renders right to left with its language on the title and the body, while the UI stays German.
// Its own launcher: the shared harness starts Chromium without a language switch.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from './harness/expectations';
import { assertBrowserPresent, browserGate, CHROMIUM_BIN } from './harness/browser-gate';
import { waitForSettledState } from './harness/chromium-pages';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { DIST_CHROME, ROOT, requireDist, resultPath } from './harness/paths';

const gate = browserGate('Chromium', CHROMIUM_BIN, 'apt-get install -y chromium');
const RTL_FIXTURE = 'arabic-rtl';

type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(path.join(ROOT, '_locales', lang, 'messages.json'), 'utf8')) as Catalogue;

describe.skipIf(gate.skip)('German UI and right-to-left articles in Chromium (--lang=de)', () => {
  let context: BrowserContext;
  let profile: string;
  let server: FixtureServer;
  let origin: string;
  const de = catalogue('de');
  const en = catalogue('en');
  const msg = (key: string): string => de[key]?.message ?? `(no German "${key}")`;

  /** The id of the tab showing `url`, asked in an extension page (tabs.query needs no permission for that). */
  async function tabIdOf(url: string): Promise<number> {
    const probe = await context.newPage();
    await probe.goto(`${origin}/manifest.json`);
    const id = await probe.evaluate(async (u: string) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      return (await api.tabs.query({})).find((tab) => tab.url === u)?.id ?? -1;
    }, url);
    await probe.close();
    return id;
  }

  async function openFor(file: string, url: string): Promise<Page> {
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(url);
    const page = await context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    // force=1: the language is under test here, not the detector's verdict.
    await page.goto(`${origin}/${file}?tab=${tabId}&force=1`);
    await waitForSettledState(page);
    return page;
  }

  /** Visible texts and labels of the page that are exactly an English catalogue string without a German twin. */
  const untranslated = (page: Page): Promise<string[]> =>
    page.evaluate(
      ({ english, german }) => {
        const strings = new Set(Object.entries(english).filter(([key, value]) => german[key] !== value).map(([, value]) => value));
        const seen = [...document.querySelectorAll('body *')].flatMap((el) => [
          el.children.length === 0 && (el as HTMLElement).checkVisibility() ? (el.textContent ?? '').trim() : '',
          el.getAttribute('aria-label') ?? '',
          el.getAttribute('title') ?? '',
        ]);
        return [...new Set(seen.filter((text) => strings.has(text)))];
      },
      {
        english: Object.fromEntries(Object.entries(en).map(([k, v]) => [k, v.message])),
        german: Object.fromEntries(Object.entries(de).map(([k, v]) => [k, v.message])),
      },
    );

  beforeAll(async () => {
    assertBrowserPresent(gate);
    const extension = requireDist(DIST_CHROME);
    server = await startFixtureServer();
    profile = mkdtempSync(path.join(tmpdir(), 'tidy-e2e-locale-'));
    const args = [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--lang=de',
      '--accept-lang=de-DE,de',
      // Anything not on loopback fails at once: nothing leaves the machine.
      '--proxy-server=http://127.0.0.1:9',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_BIN, headless: true, args });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('the popup, the reader and the options page show the German strings', async () => {
    const popup = await openFor('popup.html', server.fixtureUrl(SEED));
    expect(await popup.textContent('#hide-clutter')).toBe(msg('hideClutter'));
    expect(await popup.textContent('#open-reader')).toBe(msg('openReader'));
    expect(await popup.getAttribute('#font-larger', 'aria-label')).toBe(msg('fontSizeLarger'));
    expect(await popup.textContent('#copy-markdown')).toBe(msg('copyMarkdown'));
    const meta = (await popup.textContent('#meta')) ?? '';
    for (const part of msg('readingTime').split('$COUNT$').map((p) => p.trim()).filter(Boolean)) expect(meta).toContain(part);
    expect(await popup.textContent('#shortcut-hint')).toContain(msg('shortcutTheme'));
    await popup.screenshot({ path: resultPath('reading-popup-de.png') });
    expect(await untranslated(popup)).toEqual([]);

    const manifest = await popup.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome;
      return { name: api.i18n.getMessage('extName'), description: api.i18n.getMessage('extDescription') };
    });
    expect(manifest).toEqual({ name: msg('extName'), description: msg('extDescription') });
    const raw = JSON.parse(readFileSync(path.join(DIST_CHROME, 'manifest.json'), 'utf8')) as { name: string; description: string; default_locale: string };
    expect([raw.name, raw.description, raw.default_locale]).toEqual(['__MSG_extName__', '__MSG_extDescription__', 'en']);

    const options = await context.newPage();
    await options.goto(`${origin}/options.html`);
    await options.waitForSelector('#font-size-value:not(:empty)');
    expect(await options.textContent('h1')).toBe(msg('optionsTitle'));
    expect(await untranslated(options)).toEqual([]);
    await options.screenshot({ path: resultPath('reading-options-de.png'), fullPage: true });
    await options.close();
    await popup.close();
  });

  it('an Arabic article reads right to left, in its own language, inside the German UI', async () => {
    const reader = await openFor('reader.html', server.fixtureUrl(RTL_FIXTURE));
    await reader.setViewportSize({ width: 1280, height: 900 });
    expect(await reader.evaluate(() => document.body.dataset['state'])).toBe('article');
    const directions = await reader.evaluate(() =>
      ['title', 'byline', 'content'].map((id) => {
        const el = document.getElementById(id);
        return { id, lang: el?.lang ?? '', dir: el?.dir ?? '', css: el ? getComputedStyle(el).direction : '' };
      }),
    );
    for (const entry of directions.filter((d) => d.id !== 'byline' || d.lang !== '')) {
      expect(entry, entry.id).toMatchObject({ lang: 'ar', dir: 'rtl', css: 'rtl' });
    }
    // The extension's own controls keep the UI's direction.
    expect(await reader.evaluate(() => getComputedStyle(document.getElementById('hide-clutter') ?? document.body).direction)).toBe('ltr');
    expect(await reader.textContent('#hide-clutter')).toBe(msg('hideClutter'));
    await reader.screenshot({ path: resultPath('reading-reader-rtl.png') });
    await reader.close();
  });
});
