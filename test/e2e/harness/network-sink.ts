// A recording "proxy" on 127.0.0.1 that answers every request with an error. The browser is pointed
// at it (Chromium: --proxy-server), so any request to anywhere but loopback — from a page, the
// extension's service worker, or the browser itself — lands here and is recorded, never sent out.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NetworkSink {
  /** host:port for --proxy-server. */
  address: string;
  /** Every request that reached the sink: "GET http://…" or "CONNECT host:443". */
  readonly log: string[];
  close(): Promise<void>;
}

/** Starts the sink on 127.0.0.1 with a port chosen by the OS. */
export async function startNetworkSink(): Promise<NetworkSink> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
