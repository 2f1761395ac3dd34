// Launches Debian's firefox-esr (headless) through puppeteer-core over WebDriver BiDi and installs
// dist/firefox as a temporary add-on with a fixed internal UUID, so its pages have a known origin.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ExtGlobal, ExtTab } from './extension-api';
import { startNetworkSink, type NetworkSink, type SiteForward } from './network-sink';
import type { RecordedRequest } from './network-check';
import { FIREFOX_BIN } from './browser-gate';
import { readManifest } from './paths';

/** Fixed so that moz-extension:// URLs are known before the add-on is installed. */
const EXTENSION_UUID = '5e1f6c2a-8d4b-4f0e-9a37-2c6b1d8e4f70';

export interface FirefoxSession {
  browser: Browser;
  extensionOrigin: string;
  /** Requests that tried to leave loopback (all of them land in the sink). */
  sink: NetworkSink;
  /** Requests made by the extension pages opened with openExtensionPage. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function geckoId(extensionDir: string): string {
  const id = readManifest(extensionDir).browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export interface FirefoxOptions {
  /** Where downloads are saved, without asking (the default: Firefox's own folder, after a dialog). */
  downloadDir?: string;
  /** The fixtures' own hosts, answered over plain http by the fixture server (network-sink.ts). */
  site?: SiteForward;
}

/** Preferences that save every download straight into `dir`: no dialog, no panel, no temporary folder. */
function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.helperApps.neverAsk.saveToDisk': 'text/html',
  };
}

/** Launches Firefox with the add-on in `extensionDir` installed. */
export async function launchFirefox(extensionDir: string, options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const sink = await startNetworkSink(options.site);
  const [host, port] = sink.address.split(':');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    // The sink answers the sites' https with a certificate of its own (network-sink.ts SiteForward.tls).
    acceptInsecureCerts: options.site?.tls !== undefined,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: EXTENSION_UUID }),
      // Everything not on loopback goes to the sink (Firefox never proxies localhost by default).
      'network.proxy.type': 1,
      'network.proxy.http': host,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': Number(port),
      ...(options.downloadDir === undefined ? {} : downloadPrefs(options.downloadDir)),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    await sink.close();
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    sink,
    requests: [],
    async close() {
      await browser.close().catch(() => undefined);
      await sink.close();
    },
  };
}

/**
 * Opens a moz-extension:// URL in a new tab. Over BiDi, goto() on such a URL loads the page but never
 * resolves: wait for the document itself instead.
 */
export async function openExtensionPage(session: FirefoxSession, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  page.on('request', (req) => {
    // BiDi has no resourceType() (it throws UnsupportedOperation): an image is asked for as one (the
    // Accept header Firefox sends for an <img>), or named so (a portal's "….img?w=768" is not).
    let accept = '';
    try {
      accept = req.headers().accept ?? '';
    } catch {
      accept = '';
    }
    const resourceType = /^image\//i.test(accept) || /\.(png|jpe?g|gif|webp|avif|svg)(\?|#|$)/i.test(req.url()) ? 'image' : 'other';
    session.requests.push({ url: req.url(), from: url, resourceType });
  });
  // Not awaited: the document is waited for instead (the pending goto settles, caught, later).
  void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  // Poll by hand: an evaluation that lands mid-navigation fails with a protocol error (seen in CI:
  // "right-hand side of 'in' should be an object"), which would end waitForFunction at once.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate(() => location.protocol === 'moz-extension:' && document.readyState !== 'loading')
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** All tabs as the extension sees them, asked from one of its pages (tabs.query({url}) fails with a port). */
export async function allTabs(extensionPage: Page): Promise<ExtTab[]> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as ExtGlobal).browser;
    if (api === undefined) throw new Error('no browser.* in the extension page');
    return api.tabs.query({});
  });
}

/** The id of the tab showing `url` (exact match). */
export async function tabIdFor(extensionPage: Page, url: string): Promise<number> {
  const tab = (await allTabs(extensionPage)).find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return tab.id;
}

/** Waits until <body data-state> is set and no longer "loading"; returns it. */
export async function settledState(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const state = document.body?.dataset.state;
      return state !== undefined && state !== '' && state !== 'loading' ? state : false;
    },
    { timeout: 15_000 },
  );
  return String(await handle.jsonValue());
}

/**
 * Loads `url` in `tab`. Firefox's remote agent once answered a plain navigation to a fixture with
 * "Address rejected" (onLocationChange) in a run of 130 pages, and the same page loaded on the next
 * run: one more try is made for that answer only; any other failure, or a second one, stands.
 */
export async function gotoLoaded(tab: Page, url: string): Promise<void> {
  try {
    await tab.goto(url, { waitUntil: 'load' });
  } catch (error) {
    if (!String(error).includes('Address rejected')) throw error;
    await tab.goto(url, { waitUntil: 'load' });
  }
}

/** Opens `url` (the seed fixture) in a tab and returns that tab's id, as the extension sees it. */
export async function openPageTab(session: FirefoxSession, url: string): Promise<number> {
  const tab = await session.browser.newPage();
  await gotoLoaded(tab, url);
  // Any extension page can list the tabs; the popup without ?tab stands in as the helper.
  const helper = await openExtensionPage(session, `${session.extensionOrigin}/popup.html`);
  try {
    return await tabIdFor(helper, url);
  } finally {
    await helper.close();
  }
}
