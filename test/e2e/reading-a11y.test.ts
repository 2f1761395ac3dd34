// Accessibility of the extension's own pages in a real Chromium: axe-core (a test-only dependency,
// injected into the page here, never shipped) scans the popup, the reader tab and the options page
// in every reading theme, with the bar's panels open (read aloud included); no serious or critical
// violation may be left (colour contrast included).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { assertBrowserPresent, browserGate, CHROMIUM_BIN } from './harness/browser-gate';
import type { ChromiumSession } from './harness/chromium';
import { openForced, openPanel, startWithSeed, waitForSettledState } from './harness/chromium-pages';
import type { FixtureServer } from './harness/fixture-server';
import { resultPath } from './harness/paths';

const gate = browserGate('Chromium', CHROMIUM_BIN, 'apt-get install -y chromium');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Each theme, and "follow system" under both system colour schemes. */
const LOOKS = [
  { theme: 'light', scheme: 'light' },
  { theme: 'sepia', scheme: 'light' },
  { theme: 'dark', scheme: 'light' },
  { theme: 'system', scheme: 'light' },
  { theme: 'system', scheme: 'dark' },
] as const;

interface Finding {
  id: string;
  impact: string;
  targets: string[];
}

interface AxeRule {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[] }[];
}

interface Scan {
  findings: Finding[];
  /** Rules that passed: proof that axe really looked at a rendered page. */
  passed: string[];
  /** Every violation id, whatever its impact (reported, not failed on). */
  minor: string[];
}

/** Runs in the page: axe over the whole document; serious and critical findings fail the test. */
async function runAxe(): Promise<Scan> {
  const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeRule[]; passes: AxeRule[] }> } }).axe;
  const result = await axe.run(document, { resultTypes: ['violations'] });
  const severe = (v: AxeRule): boolean => v.impact === 'serious' || v.impact === 'critical';
  return {
    findings: result.violations
      .filter(severe)
      .map((v) => ({ id: v.id, impact: v.impact ?? '', targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')) })),
    passed: result.passes.map((p) => p.id),
    minor: result.violations.filter((v) => !severe(v)).map((v) => `${v.id} (${v.impact ?? '?'})`),
  };
}

describe.skipIf(gate.skip)('axe-core on the popup, the reader and the options page in every theme', () => {
  let session: ChromiumSession;
  let server: FixtureServer;
  let seedTabId: number;

  /** Injects axe (the pages' CSP refuses inline scripts, so it is evaluated through the devtools protocol). */
  async function scan(page: Page): Promise<Scan> {
    const present = await page.evaluate(() => 'axe' in globalThis);
    if (!present) {
      try {
        await page.addScriptTag({ content: AXE_SOURCE });
      } catch {
        // Refused by the page's CSP (script-src 'self'): fall through to the evaluation below.
      }
      if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
    }
    return page.evaluate(runAxe);
  }

  async function setTheme(theme: string): Promise<void> {
    await session.inExtensionPage(async (value: string) => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(i: object): Promise<void> } } } }).chrome;
      const stored = ((await api.storage.sync.get('reading'))['reading'] ?? {}) as Record<string, unknown>;
      const defaults = { font: 'serif', fontSize: 18, lineWidth: 68, lineHeight: 1.6 };
      await api.storage.sync.set({ settingsVersion: 1, reading: { ...defaults, ...stored, theme: value } });
    }, theme);
  }

  beforeAll(async () => {
    assertBrowserPresent(gate);
    ({ server, session, seedTabId } = await startWithSeed());
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('finds no serious or critical violation', async () => {
    const popup = await openForced(session, 'popup.html', seedTabId);
    const reader = await openForced(session, 'reader.html', seedTabId, { width: 1280, height: 900 });
    const options = await session.context.newPage();
    await options.goto(`${session.extensionOrigin}/options.html`);
    await options.waitForSelector('#font-size-value:not(:empty)');
    // More of the UI in view: the removed list, the shortcut help and the bar's panels (reading
    // settings, export) are part of the popup too; the reader shows its reading settings.
    if (popup.state === 'article') {
      await popup.page.click('#show-removed');
      await openPanel(popup.page, 'toggle-export');
    }
    await popup.page.click('#show-shortcuts');
    await openPanel(popup.page, 'toggle-reading');
    await openPanel(reader.page, 'toggle-reading');
    // The read-aloud panel, in the state headless browsers give it: no voice installed.
    for (const page of [popup.page, reader.page]) await openPanel(page, 'toggle-read-aloud');

    const findings: Record<string, Finding[]> = {};
    for (const { theme, scheme } of LOOKS) {
      await setTheme(theme);
      for (const [name, page] of [
        ['popup', popup.page],
        ['reader', reader.page],
        ['options', options],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // The options page reads the settings when it opens; the popup and the reader follow changes live.
        if (page === options) {
          await options.reload();
          await options.waitForSelector('#font-size-value:not(:empty)');
        }
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
        const { findings: found, passed, minor } = await scan(page);
        expect(passed, `${name}: axe checked nothing`).toEqual(expect.arrayContaining(['color-contrast', 'button-name', 'label']));
        if (minor.length > 0) console.info(`[axe] ${name} ${theme}/${scheme}: minor: ${minor.join(', ')}`);
        if (found.length > 0) {
          findings[`${name} ${theme}/${scheme}`] = found;
          await page.screenshot({ path: resultPath(`reading-axe-${name}-${theme}-${scheme}.png`), fullPage: true });
        }
      }
    }
    expect(await waitForSettledState(popup.page)).not.toBe('error');
    expect(findings).toEqual({});
  }, 90_000);
});
