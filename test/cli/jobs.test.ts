// The built CLI (dist/cli.js, written by `npm run build` before the tests) on several cores: the
// answers of --jobs 2 are those of --jobs 1, in input order, failures included, and an input past
// --timeout is that input's error while the others are answered.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { paragraphs } from '../bad-input/hostile-pages';
import { scratchDir } from './cli-harness';
import { newsPage } from './test-pages';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const scratch = scratchDir('tidy-jobs-');
afterAll(() => scratch.remove());

function tidyReader(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('tidy-reader --jobs', () => {
  it('answers with two workers exactly as with one, in input order', async () => {
    const files = [
      scratch.write('a.html', newsPage({ title: 'First story of the batch today' })),
      `${scratch.dir}/missing.html`,
      scratch.write('b.html.gz', gzipSync(newsPage({ title: 'Second story, compressed on disk' }))),
      scratch.write('c.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      scratch.write('d.html', newsPage({ title: 'Fourth story with a longer body', extraBody: paragraphs(200) })),
      scratch.write('e.html', newsPage({ title: 'Fifth and last story of the batch' })),
    ];
    const one = await tidyReader(['--json', '--jobs', '1', ...files]);
    const two = await tidyReader(['--json', '--jobs', '2', ...files]);
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    const lines = two.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.file)).toEqual(files);
    expect(lines.map((line) => line.error ?? line.title)).toEqual([
      'First story of the batch today', 'not-found', 'Second story, compressed on disk', 'not-html',
      'Fourth story with a longer body', 'Fifth and last story of the batch',
    ]);
  }, 180_000); // two runs of the CLI, each starting worker threads: slow on a loaded machine

  it('gives up on an input past --timeout and answers the next one', async () => {
    // About 8 s of CPU (15,000 paragraphs): past a 3 s limit on any machine.
    const slow = scratch.write('slow.html', newsPage({ extraBody: paragraphs(15_000) }));
    // Answered in a millisecond by the fresh worker that replaces the terminated one.
    const quick = scratch.write('blank.html', '  \n');
    const run = await tidyReader(['--json', '--jobs', '1', '--timeout', '3', slow, quick]);
    expect(run.code).toBe(1);
    const [first, second] = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toEqual({ file: slow, error: 'timeout', message: 'no answer within 3 s (--timeout)' });
    expect(second).toEqual({ file: quick, error: 'empty', message: 'input holds only whitespace' });
  }, 120_000);
});
