// `--jobs N`: worker threads answer inputs, the run prints the answers in input order with a bounded
// number under way, and what happens to a worker (a crash, a hang, a full heap) is that input's error
// line. Driven with a stand-in worker (./fake-worker.mjs); test/cli/jobs.test.ts runs the real CLI.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/cli/in-order';
import { runCli } from '../../src/cli/run';
import { WorkerPool } from '../../src/cli/worker-pool';
import { parseArgs } from '../../src/cli/args';
import type { CliOptions } from '../../src/cli/args';

const FAKE_WORKER = new URL('./fake-worker.mjs', import.meta.url);

async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: Readable.from(stdin ? [Buffer.from(stdin)] : []),
    workerScript: FAKE_WORKER,
  });
  return { code, stdout, stderr };
}

function options(argv: string[]): CliOptions {
  const parsed = parseArgs([...argv, 'x']);
  if (parsed.kind !== 'run') throw new Error('bad test arguments');
  return parsed.options;
}

describe('runCli in worker threads', () => {
  it('prints the answers in input order although the workers finish in another', async () => {
    const files = ['delay300-a', 'delay0-b', 'delay150-c', 'delay0-d', 'delay50-e', 'f'];
    const run2 = await run(['--jobs', '2', '--text', ...files]);
    expect(run2.code).toBe(0);
    expect(run2.stdout.split('\n').filter((line) => !line.startsWith('==>') && line)).toEqual(files);
  });

  it('turns a crash, an exception and a hang into that input\'s error line and goes on', async () => {
    const result = await run(['--json', '--jobs', '2', '--timeout', '0.5', 'a', 'crash-b', 'throw-c', 'hang-d', 'e', 'fail-f', 'g']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('a');
    expect(JSON.parse(lines[1] ?? '')).toEqual({ file: 'crash-b', error: 'failed', message: 'the worker stopped: exit code 3' });
    expect(JSON.parse(lines[2] ?? '')).toEqual({ file: 'throw-c', error: 'failed', message: 'the worker stopped: boom in worker' });
    expect(JSON.parse(lines[3] ?? '')).toEqual({ file: 'hang-d', error: 'timeout', message: 'no answer within 0.5 s (--timeout)' });
    expect(lines.slice(4)).toEqual(['e', 'fail-f', 'g']);
  });

  it('reads stdin in the main thread and hands its bytes to a worker', async () => {
    const result = await run(['--text', '-'], '<p>piped</p>');
    expect(result.stdout).toBe('- stdin=<p>piped</p>\n');
  });
});

describe('WorkerPool', () => {
  it('answers "too-large" for an input that fills its worker\'s heap, and keeps serving', async () => {
    const pool = new WorkerPool({ size: 1, script: FAKE_WORKER, setup: { options: options([]), cwd: '.' }, timeoutMs: 30_000, heapMb: 24 });
    try {
      expect(await pool.run('oom-a')).toEqual({ ok: false, error: 'too-large', message: 'ran out of memory (a page may use 24 MB)' });
      expect(await pool.run('b')).toEqual({ ok: true, answer: { ok: true, stdout: 'b\n', stderr: '' } });
    } finally {
      await pool.close();
    }
  });
});

describe('mapInOrder', () => {
  it('keeps at most `window` results under way while a slow reader takes them', async () => {
    let underWay = 0;
    let most = 0;
    const taken: number[] = [];
    const items = Array.from({ length: 40 }, (_, i) => i);
    await mapInOrder(items, 4, async (item) => {
      underWay++;
      most = Math.max(most, underWay);
      await new Promise((done) => setTimeout(done, (item * 7) % 5));
      return item;
    }, async (result) => {
      await new Promise((done) => setTimeout(done, 3));
      taken.push(result);
      underWay--;
    });
    expect(taken).toEqual(items);
    expect(most).toBe(4);
  });
});
