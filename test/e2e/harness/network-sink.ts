// A recording "proxy" on 127.0.0.1 that answers every request with an error. The browser is pointed
// at it (Chromium: --proxy-server, Firefox: network.proxy.*), so any request to anywhere but loopback
// — from a page, the extension's service worker, or the browser itself — lands here and is recorded,
// never sent out.
// It can also stand in for the fixtures' own sites: a plain-http request to one of `site.hosts` is
// answered by the local fixture server (same path), so a page is met at http://its-host/its/path as a
// reader meets it, not only at 127.0.0.1:PORT. Those requests are listed apart (`served`); nothing
// else is forwarded.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { TLSSocket } from 'node:tls';

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
  /**
   * A certificate (any: the browser is told to accept it) to answer https too, for hosts a browser
   * will only visit over https (HSTS-preloaded: .dev, many .gov). Without it, CONNECT is refused.
   */
  tls?: { key: string; cert: string };
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
  /** Answers a site's request from the local server; the site's Host goes along (one server may stand in for several sites). */
  const forward = (forwarder: SiteForward, target: URL, req: IncomingMessage, res: ServerResponse): void => {
    served.push(`${req.method ?? 'GET'} ${target.href}`);
    const upstream = request(`${forwarder.origin}${target.pathname}${target.search}`, { method: req.method, headers: { host: target.hostname } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502, { 'content-type': 'text/plain' }).end('fixture server unreachable'));
    upstream.end();
  };
  const server: Server = createServer((req, res) => {
    const target = siteTarget(req.url, site);
    if (target !== null && site !== undefined && (req.method === 'GET' || req.method === 'HEAD')) {
      forward(site, target, req, res);
      return;
    }
    log.push(`${req.method ?? 'GET'} ${req.url ?? ''}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the e2e network sink');
  });
  // The sites' https, decrypted here with the given certificate: requests arrive in origin form ("/path").
  const secure: Server = createServer((req, res) => {
    const target = new URL(`https://${req.headers.host ?? ''}${req.url ?? '/'}`);
    if (site !== undefined && site.hosts.has(target.hostname) && (req.method === 'GET' || req.method === 'HEAD')) forward(site, target, req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connect', (req, socket: Socket) => {
    const [host = '', port = ''] = (req.url ?? '').split(':');
    if (site?.tls !== undefined && site.hosts.has(host) && port === '443') {
      socket.on('error', () => undefined);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      const tls = new TLSSocket(socket, { isServer: true, key: site.tls.key, cert: site.tls.cert });
      tls.on('error', () => undefined);
      secure.emit('connection', tls);
      return;
    }
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
        secure.closeAllConnections();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
