// A tiny HTTP server on 127.0.0.1 (random port) that serves each fixture's page.html at
// /fixtures/<case>/ and the e2e suite's own pages (test/e2e/pages/*.html) at /e2e/<name>.html.
// Everything else is a 404. It records every request it answers.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from './paths';

const PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../pages');
const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface FixtureServer {
  origin: string;
  /** The URL of a fixture case's page. */
  fixtureUrl(name: string): string;
  /** The URL of one of the suite's own pages in test/e2e/pages/. */
  pageUrl(name: string): string;
  /** Every path requested so far, in order. */
  readonly log: string[];
  close(): Promise<void>;
}

function fileFor(urlPath: string): string | null {
  const fixture = /^\/fixtures\/([^/]+)\/(?:page\.html)?$/.exec(urlPath);
  if (fixture?.[1] !== undefined && SAFE_NAME.test(fixture[1])) {
    return path.join(FIXTURES_DIR, fixture[1], 'page.html');
  }
  const own = /^\/e2e\/([^/]+)\.html$/.exec(urlPath);
  if (own?.[1] !== undefined && SAFE_NAME.test(own[1])) return path.join(PAGES_DIR, `${own[1]}.html`);
  return null;
}

/** Starts the server on 127.0.0.1 with a port chosen by the OS. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    log.push(`${req.method ?? 'GET'} ${urlPath}`);
    const file = fileFor(urlPath);
    if (file === null || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    fixtureUrl: (name) => `${origin}/fixtures/${name}/`,
    pageUrl: (name) => `${origin}/e2e/${name}.html`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
