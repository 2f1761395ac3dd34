// A recording "proxy" on 127.0.0.1 that answers every request with an error. The browser is pointed
// at it (Chromium: --proxy-server, Firefox: network.proxy.*), so any request to anywhere but loopback
// — from a page, the extension's service worker, or the browser itself — lands here and is recorded,
// never sent out.
// It can also stand in for the fixtures' own sites: a plain-http request to one of `site.hosts` is
// answered by the local fixture server (same path), so a page is met at http://its-host/its/path as a
// reader meets it, not only at 127.0.0.1:PORT. Those requests are listed apart (`served`); nothing
// else is forwarded.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NetworkSink {
  /** host:port for --proxy-server. */
  address: string;
  /** Every request that reached the sink and was refused: "GET http://…" or "CONNECT host:443". */
  readonly log: string[];
  /** Every request answered for one of the sites' hosts: "GET http://…". */
  readonly served: string[];
  close(): Promise<void>;
}

/** The fixtures' own sites: plain-http requests to these hosts are answered by `origin` (the fixture server). */
export interface SiteForward {
  hosts: ReadonlySet<string>;
  origin: string;
}

/** The site host a proxy request (absolute-form "http://host/path") asks for, or null. */
function siteTarget(url: string | undefined, site: SiteForward | undefined): URL | null {
  if (site === undefined || url === undefined || !url.startsWith('http://')) return null;
  const target = new URL(url);
  return site.hosts.has(target.hostname) && (target.port === '' || target.port === '80') ? target : null;
}

/** Starts the sink on 127.0.0.1 with a port chosen by the OS. */
export async function startNetworkSink(site?: SiteForward): Promise<NetworkSink> {
  const log: string[] = [];
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const target = siteTarget(req.url, site);
    if (target !== null && site !== undefined && (req.method === 'GET' || req.method === 'HEAD')) {
      served.push(`${req.method} ${target.href}`);
      const upstream = request(`${site.origin}${target.pathname}${target.search}`, { method: req.method }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502, { 'content-type': 'text/plain' }).end('fixture server unreachable'));
      upstream.end();
      return;
    }
    log.push(`${req.method ?? 'GET'} ${req.url ?? ''}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the e2e network sink');
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url ?? ''}`);
    // A CONNECT socket is handed over raw, outside the HTTP server's error handling: the browser may
    // reset it (closing a tab mid-request), and an 'error' without a listener would crash the test
    // run (seen once in CI as an uncaught ECONNRESET). The request is already logged; nothing to do.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    log,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
