// Chromium helpers over the extension's pages and messages: open popup/reader for a tab, wait for
// a settled data-state, ask the background for a tab's detector state.
import type { Page } from 'playwright-core';
import { launchChromium, openTab, tabIdFor, type ChromiumSession } from './chromium';
import type { ExtGlobal } from './extension-api';
import { SEED } from './expectations';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { DIST_CHROME, requireDist } from './paths';

export interface Viewport {
  width: number;
  height: number;
}

/** Waits until <body data-state> is set and no longer "loading"; returns it. */
export async function waitForSettledState(page: Page, timeout = 15_000): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const state = document.body?.dataset.state;
      return state !== undefined && state !== '' && state !== 'loading' ? state : false;
    },
    undefined,
    { timeout },
  );
  return String(await handle.jsonValue());
}

export interface OpenedExtensionPage {
  page: Page;
  state: string;
  /** Milliseconds from navigation start to a settled data-state. */
  settleMs: number;
}

/** Opens `file` (popup.html, reader.html) for `tabId` in a new tab and waits for it to settle. */
export async function openExtensionPage(
  session: ChromiumSession,
  file: string,
  tabId: number,
  viewport: Viewport = { width: 800, height: 600 },
  query = '',
): Promise<OpenedExtensionPage> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  const started = Date.now();
  await page.goto(`${session.extensionOrigin}/${file}?tab=${tabId}${query}`);
  const state = await waitForSettledState(page);
  return { page, state, settleMs: Date.now() - started };
}

/**
 * Opens the popup or reader for a tab with force=1 (what "Clean anyway" does), for tests about
 * reading rather than about the detector's verdict, which chromium.test.ts checks.
 */
export function openForced(session: ChromiumSession, file: string, tabId: number, viewport?: Viewport): Promise<OpenedExtensionPage> {
  return openExtensionPage(session, file, tabId, viewport, '&force=1');
}

export interface SeedSetup {
  server: FixtureServer;
  session: ChromiumSession;
  seedPage: Page;
  seedTabId: number;
}

/**
 * The common start of the Chromium suites: the fixture server, Chromium with dist/chrome, and the
 * seed fixture open in a tab. What was started is closed again if a later step fails.
 */
export async function startWithSeed(): Promise<SeedSetup> {
  requireDist(DIST_CHROME);
  const server = await startFixtureServer();
  let session: ChromiumSession | undefined;
  try {
    // The fixtures' own hosts answer too: a page can also be met at http://its-host/its/path.
    session = await launchChromium(DIST_CHROME, server.site);
    const seedPage = await openTab(session, server.fixtureUrl(SEED));
    const seedTabId = await tabIdFor(session, server.fixtureUrl(SEED));
    return { server, session, seedPage, seedTabId };
  } catch (error) {
    await session?.close();
    await server.close();
    throw error;
  }
}

export interface TabStateReply {
  ok: boolean;
  value?: { isArticle: boolean; score: number; url: string; signals: Array<{ name: string; weight: number; detail?: string }> } | null;
  error?: { kind: string; message: string };
}

/** The background's remembered detector state for a tab (the getTabState message). */
export async function getTabState(session: ChromiumSession, tabId: number): Promise<TabStateReply> {
  return session.inExtensionPage(async (id: number) => {
    const api = (globalThis as unknown as ExtGlobal).chrome;
    if (api === undefined) throw new Error('no chrome.* in the extension page');
    const message = { channel: 'tidy-reader', name: 'getTabState', request: { tabId: id } };
    return (await api.runtime.sendMessage(message)) as TabStateReply;
  }, tabId);
}

/** Polls getTabState until the detector has reported for the tab (value not null). */
export async function waitForVerdict(session: ChromiumSession, tabId: number, timeout = 10_000): Promise<TabStateReply> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const reply = await getTabState(session, tabId);
    if (!reply.ok) throw new Error(`getTabState(${tabId}) failed: ${JSON.stringify(reply.error)}`);
    if (reply.value != null) return reply;
    if (Date.now() > deadline) throw new Error(`the detector never reported for tab ${tabId} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens the panel behind one of the bar's disclosure buttons (#toggle-reading, #toggle-export) unless it is open. */
export async function openPanel(page: Page, toggleId: string): Promise<void> {
  if ((await page.getAttribute(`#${toggleId}`, 'aria-expanded')) !== 'true') await page.click(`#${toggleId}`, { timeout: 5_000 });
}
