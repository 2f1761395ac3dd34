// A tiny HTTP server on 127.0.0.1 (random port) that serves each fixture's page.html at the path of
// its expected.json url (the path a page shows in the tab), at the paths of its alsoAt addresses on
// 127.0.0.1/localhost (a saved copy or local mirror, fixture saved-copy), at /fixtures/<case>/, and the
// e2e suite's own pages (test/e2e/pages/*.html) at /e2e/<name>.html.
// Other paths under /media/ (the hostile-image fixtures' photos, at the site's paths) are a 640×360
// drawing that names the file, so a screenshot shows which picture the reader shows; beacons under
// /track/ are a tiny PNG, as on the web. A request for either is as real as on the web. A request
// under /hang/ is never answered (a page that never finishes loading). Everything else is a 404. It records every request it answers.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from './paths';
import { loadAllFixtures } from './fixtures';
import type { SiteForward } from './network-sink';

const PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../pages');
/** A 2×2 grey PNG, for every beacon the server is asked for. */
const BEACON = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGPo6GDo6AAABmYCIRWx6IkAAAAASUVORK5CYII=',
  'base64',
);
const PICTURE_PATH = /^\/(?:media|track)\//;
const HANG_PATH = /^\/hang\//;

/** A photo stand-in: a landscape drawing with the file's name (letters, digits and .-_ only) on it. */
function picture(pathname: string): Buffer {
  const name = pathname.replace(/[^A-Za-z0-9._/-]/g, '').slice(0, 60);
  return Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">'
      + '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc3e6"/><stop offset="1" stop-color="#e9d8b4"/></linearGradient></defs>'
      + '<rect width="640" height="360" fill="url(#g)"/><path d="M0 270 L160 200 L300 250 L460 170 L640 240 L640 360 L0 360 Z" fill="#4f6d7a"/>'
      + `<text x="320" y="330" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#fff">${name}</text></svg>`,
  );
}
const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface FixtureServer {
  origin: string;
  /** The URL of a fixture case's page. */
  fixtureUrl(name: string): string;
  /** The fixture's alsoAt addresses on 127.0.0.1/localhost, as served here (same path, this server's origin). */
  alsoAtUrls(name: string): string[];
  /**
   * A fixture's own address over plain http (expected.url with http: for https:): where a browser
   * whose proxy is the network sink, forwarding `site`, meets the page as a reader would.
   */
  ownUrl(name: string): string;
  /** The fixtures' own hosts, for the network sink to answer from this server. */
  site: SiteForward;
  /** The URL of one of the suite's own pages in test/e2e/pages/. */
  pageUrl(name: string): string;
  /** The URL of the local server at `path` (where an own page with a canonical address is served). */
  at(path: string): string;
  /** Every path requested so far, in order. */
  readonly log: string[];
  close(): Promise<void>;
}

/** The path (and query) a fixture is served at: that of the URL its expectations were written for. */
function servedPath(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

/** A fixture's other addresses on this machine (alsoAt http URLs on 127.0.0.1 or localhost): served at their paths too. */
function localAlsoAt(urls: readonly string[] | undefined): string[] {
  return (urls ?? []).filter((url) => {
    const u = new URL(url);
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  });
}

/**
 * Every fixture, read once. The URL helpers below are called for each fixture in loops over every
 * fixture: reading them all again on each call made those loops quadratic (a sync test over 272
 * fixtures ran 41-72 s, past its timeout, on a loaded machine).
 */
const FIXTURES = new Map(loadAllFixtures().map((f) => [f.name, f] as const));

const BY_PATH = new Map<string, string>([...FIXTURES.values()].flatMap((f) => [
  [servedPath(f.expected.url), f.name] as const,
  ...localAlsoAt(f.expected.alsoAt).map((url) => [servedPath(url), f.name] as const),
]));

/**
 * The suite's own pages are served at /e2e/<name>.html and, when one declares a canonical address,
 * at that address's path too: URL-shape signals then see a story's path, not /e2e/ (late-article,
 * spa-news, shadow-article).
 */
const CANONICAL = /<link\s+rel="canonical"\s+href="([^"]+)"/;
const OWN_BY_PATH = new Map<string, string>(
  (existsSync(PAGES_DIR) ? readdirSync(PAGES_DIR) : []).flatMap((file) => {
    const href = CANONICAL.exec(readFileSync(path.join(PAGES_DIR, file), 'utf8'))?.[1];
    return href ? [[servedPath(href), path.join(PAGES_DIR, file)] as [string, string]] : [];
  }),
);

function fileFor(urlPath: string): string | null {
  const own = OWN_BY_PATH.get(urlPath);
  if (own !== undefined) return own;
  const byPath = BY_PATH.get(urlPath);
  if (byPath !== undefined) return path.join(FIXTURES_DIR, byPath, 'page.html');
  const fixture = /^\/fixtures\/([^/]+)\/(?:page\.html)?$/.exec(urlPath);
  if (fixture?.[1] !== undefined && SAFE_NAME.test(fixture[1])) {
    return path.join(FIXTURES_DIR, fixture[1], 'page.html');
  }
  const page = /^\/e2e\/([^/]+)\.html$/.exec(urlPath);
  if (page?.[1] !== undefined && SAFE_NAME.test(page[1])) return path.join(PAGES_DIR, `${page[1]}.html`);
  return null;
}

/** A fixture's own address over plain http. */
function ownAddress(url: string): string {
  const u = new URL(url);
  return `http://${u.host}${u.pathname}${u.search}`;
}

const SITE_HOSTS: ReadonlySet<string> = new Set([...FIXTURES.values()].map((f) => new URL(f.expected.url).hostname));

/** Starts the server on 127.0.0.1 with a port chosen by the OS. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://127.0.0.1');
    const urlPath = BY_PATH.has(requested.pathname + requested.search) ? requested.pathname + requested.search : requested.pathname;
    log.push(`${req.method ?? 'GET'} ${urlPath}`);
    // A request that never gets an answer (a stalled ad server or CDN): its page never finishes loading.
    // The connection is cut when the server closes.
    if (HANG_PATH.test(requested.pathname)) return;
    const file = fileFor(urlPath);
    // A fixture page first: a site may keep stories under /media/ too (about-advertising's URL).
    if (file !== null && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
      return;
    }
    if (!PICTURE_PATH.test(requested.pathname)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const beacon = requested.pathname.startsWith('/track/');
    res
      .writeHead(200, { 'content-type': beacon ? 'image/png' : 'image/svg+xml', 'cache-control': 'no-store' })
      .end(beacon ? BEACON : picture(requested.pathname));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    fixtureUrl: (name) => {
      const served = [...BY_PATH].find(([, n]) => n === name)?.[0];
      return `${origin}${served ?? `/fixtures/${name}/`}`;
    },
    alsoAtUrls: (name) => localAlsoAt(FIXTURES.get(name)?.expected.alsoAt).map((url) => `${origin}${servedPath(url)}`),
    ownUrl: (name) => {
      const fixture = FIXTURES.get(name);
      if (fixture === undefined) throw new Error(`no fixture ${name}`);
      return ownAddress(fixture.expected.url);
    },
    site: { hosts: SITE_HOSTS, origin },
    pageUrl: (name) => `${origin}/e2e/${name}.html`,
    at: (urlPath) => `${origin}${urlPath}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
