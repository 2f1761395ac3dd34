// Launches Debian's Chromium (headless, playwright-core) with dist/chrome loaded, records every
// request, and gives the tests typed helpers around the extension's service worker.
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExtGlobal, ExtTab } from './extension-api';
import { startNetworkSink, type NetworkSink, type SiteForward } from './network-sink';
import type { RecordedRequest } from './network-check';
import { CHROMIUM_BIN } from './browser-gate';
import { registeredDetectors } from './detector-probe';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  extensionOrigin: string;
  /** Every request seen by Playwright (pages, extension pages, the service worker). */
  requests: RecordedRequest[];
  /** Requests that tried to leave loopback (all of them land in the sink). */
  sink: NetworkSink;
  /** Stops the extension's service worker, as the browser does after idling. */
  stopServiceWorker(): Promise<void>;
  /** Runs `fn(arg)` in the extension's service worker (or an extension page if the worker hangs). */
  inWorker<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs `fn(arg)` in an extension page kept open for the purpose (it can message the worker). */
  inExtensionPage<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--no-default-browser-check',
];

function describe(req: Request): RecordedRequest {
  const sw = req.serviceWorker();
  if (sw !== null) return { url: req.url(), from: 'service-worker', resourceType: req.resourceType() };
  let from = 'unknown';
  try {
    from = req.frame().url() || req.frame().page().url();
  } catch {
    // A request without a frame: a worker's, or a page's picture whose frame was closed or navigated
    // away while it loaded (seen once on a loaded machine: the seed's lead picture "from unknown").
    // Its Referer still names who asked (a page's origin, or the extension's); without one, 'unknown'.
    const referer = req.headers().referer;
    if (referer) from = referer;
  }
  return { url: req.url(), from, resourceType: req.resourceType() };
}

/**
 * Launches Chromium with the unpacked extension in `extensionDir`. With `site`, the fixtures' own
 * hosts answer plain-http requests (network-sink.ts): a page can be opened at its own address.
 */
export async function launchChromium(extensionDir: string, site?: SiteForward): Promise<ChromiumSession> {
  const sink = await startNetworkSink(site);
  const profile = mkdtempSync(path.join(tmpdir(), 'tidy-e2e-chromium-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...QUIET_FLAGS,
    // Everything not on loopback goes to the sink, so nothing can leave the machine.
    `--proxy-server=http://${sink.address}`,
    // The sink answers the sites' https with a certificate of its own (network-sink.ts SiteForward.tls).
    ...(site?.tls === undefined ? [] : ['--ignore-certificate-errors']),
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const requests: RecordedRequest[] = [];
  context.on('request', (req) => requests.push(describe(req)));

  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(first.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  // The newest worker of our extension. A worker stopped by the browser can stay listed by
  // Playwright, and evaluating in it then hangs: evaluations are time-boxed, and on timeout they run
  // in an extension page instead (the same chrome.* APIs; seen with a forced stop, not with idling —
  // Chromium keeps the worker alive while Playwright is attached).
  let latest: Worker = first;
  let stale = false;
  context.on('serviceworker', (w) => {
    if (!w.url().startsWith(extensionOrigin)) return;
    latest = w;
    stale = false;
  });
  let probe: Page | null = null;
  const probePage = async (): Promise<Page> => {
    if (probe === null || probe.isClosed()) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/manifest.json`);
      probe = page;
    }
    return probe;
  };
  const timeBoxed = async <R>(run: Promise<R>): Promise<R> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('service worker did not answer (stopped?)')), 5_000);
    });
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  const session: ChromiumSession = {
    context,
    extensionId,
    extensionOrigin,
    requests,
    sink,
    async inWorker<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      // Playwright's Unboxed<A> stays unresolved for a generic A; plain data is passed through as is.
      const plain = fn as (arg: unknown) => R | Promise<R>;
      if (!stale) {
        try {
          return await timeBoxed(latest.evaluate(plain, arg as unknown));
        } catch (error) {
          if (!/closed|destroyed|did not answer/i.test(String(error))) throw error;
          stale = true;
        }
      }
      return await timeBoxed((await probePage()).evaluate(plain, arg as unknown));
    },
    async stopServiceWorker() {
      const page = await probePage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      stale = true;
    },
    async inExtensionPage<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      const plain = fn as (arg: unknown) => R | Promise<R>;
      return await timeBoxed((await probePage()).evaluate(plain, arg as unknown));
    },
    async close() {
      await context.close().catch(() => undefined);
      await sink.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  // The background registers the detector on install; a page opened before that gets no verdict.
  // Start every session the way a user starts after installing: with the detector registered.
  await waitForDetectorRegistration(session);
  return session;
}

async function waitForDetectorRegistration(session: ChromiumSession): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await session.inWorker(registeredDetectors, undefined)).length === 0) {
    if (Date.now() > deadline) throw new Error('the background never registered the detector content script');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** All tabs, as the extension sees them. */
export async function allTabs(session: ChromiumSession): Promise<ExtTab[]> {
  return session.inWorker(async () => {
    const api = (globalThis as unknown as ExtGlobal).chrome;
    if (api === undefined) throw new Error('no chrome.* in the service worker');
    return api.tabs.query({});
  }, undefined);
}

/** The id of the tab showing `url` (exact match). */
export async function tabIdFor(session: ChromiumSession, url: string): Promise<number> {
  const tab = (await allTabs(session)).find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return tab.id;
}

/** The toolbar action's title for a tab. */
export async function actionTitle(session: ChromiumSession, tabId: number): Promise<string> {
  return session.inWorker(async (id: number) => {
    const api = (globalThis as unknown as ExtGlobal).chrome;
    if (api === undefined) throw new Error('no chrome.* in the service worker');
    return api.action.getTitle({ tabId: id });
  }, tabId);
}

/** Opens `url` in a new tab and waits for the load event. */
export async function openTab(session: ChromiumSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Opens `url` in a new tab and finds its id as the one tab that was not there before. */
export async function openNewTab(session: ChromiumSession, url: string, until: 'load' | 'domcontentloaded' = 'load'): Promise<{ page: Page; tabId: number }> {
  const before = new Set((await allTabs(session)).map((t) => t.id));
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: until });
  const added = (await allTabs(session)).filter((t) => t.id !== undefined && !before.has(t.id));
  const tabId = added[0]?.id;
  if (added.length !== 1 || tabId === undefined) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId };
}
