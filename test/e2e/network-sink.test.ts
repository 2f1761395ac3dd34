// The e2e network sink (harness/network-sink.ts) must survive browsers resetting their proxy
// connections: an uncaught ECONNRESET from a CONNECT socket once failed a whole CI run.
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
});
