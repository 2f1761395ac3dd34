// The e2e network sink (harness/network-sink.ts) must survive browsers resetting their proxy
// connections: an uncaught ECONNRESET from a CONNECT socket once failed a whole CI run. It answers
// plain-http requests to the fixtures' own hosts from the local server, and nothing else.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startNetworkSink } from './harness/network-sink';

/** Sends a CONNECT through the sink and resets the socket right away, as a closing tab may. */
function connectAndReset(host: string, port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () => {
      socket.write('CONNECT update.example:443 HTTP/1.1\r\nHost: update.example:443\r\n\r\n');
      setTimeout(() => {
        socket.resetAndDestroy();
        resolve();
      }, 1);
    });
    socket.on('error', () => resolve());
  });
}

describe('network sink', () => {
  it('logs CONNECT requests and shrugs off connections the browser resets', async () => {
    const sink = await startNetworkSink();
    const uncaught: unknown[] = [];
    const record = (error: unknown) => void uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      const [host = '127.0.0.1', port = '0'] = sink.address.split(':');
      for (let i = 0; i < 10; i++) await connectAndReset(host, Number(port));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught).toEqual([]);
      expect(sink.log.filter((line) => line.startsWith('CONNECT update.example:443'))).toHaveLength(10);
    } finally {
      process.off('uncaughtException', record);
      await sink.close();
    }
  });

  it('answers the sites\' plain-http requests from the local server and refuses every other host', async () => {
    const local = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`local ${req.url ?? ''}`));
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
    const sink = await startNetworkSink({ hosts: new Set(['news.example']), origin });
    /** A GET through the sink as a browser sends it to its proxy (absolute-form target). */
    const viaProxy = (target: string): Promise<{ status: number; body: string }> =>
      new Promise((resolve, reject) => {
        const [host = '127.0.0.1', port = '0'] = sink.address.split(':');
        const req = request({ host, port: Number(port), path: target, headers: { host: new URL(target).host } }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      expect(await viaProxy('http://news.example/2025/05/story-slug.html?x=1')).toEqual({ status: 200, body: 'local /2025/05/story-slug.html?x=1' });
      expect((await viaProxy('http://cdn.example/ad.js')).status).toBe(502);
      expect((await viaProxy('http://news.example:8080/other')).status).toBe(502);
      expect(sink.served).toEqual(['GET http://news.example/2025/05/story-slug.html?x=1']);
      expect(sink.log).toEqual(['GET http://cdn.example/ad.js', 'GET http://news.example:8080/other']);
    } finally {
      await sink.close();
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
  });
});
