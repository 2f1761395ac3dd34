// Reading inputs (src/cli/read-input.ts): files, stdin, gzip, sizes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/read-input';

const dir = mkdtempSync(join(tmpdir(), 'tidy-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const noStdin = Readable.from([]);

describe('readInput', () => {
  it('reads a file, and gunzips gzip data whatever its name', async () => {
    const plain = await readInput(file('a.html', '<p>a</p>'), { maxBytes: 1000, stdin: noStdin });
    expect(plain).toEqual({ ok: true, bytes: Buffer.from('<p>a</p>') });
    const zipped = await readInput(file('b.html.gz', gzipSync('<p>b</p>')), { maxBytes: 1000, stdin: noStdin });
    expect(zipped).toEqual({ ok: true, bytes: Buffer.from('<p>b</p>') });
  });

  it('reads stdin for -', async () => {
    const result = await readInput('-', { maxBytes: 1000, stdin: Readable.from([Buffer.from('<p>'), Buffer.from('in</p>')]) });
    expect(result).toEqual({ ok: true, bytes: Buffer.from('<p>in</p>') });
  });

  it('refuses inputs over the limit before reading them, also after gunzip and on stdin', async () => {
    expect(await readInput(file('big.html', 'x'.repeat(2000)), { maxBytes: 1000, stdin: noStdin })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await readInput(file('bomb.gz', gzipSync('x'.repeat(100_000))), { maxBytes: 1000, stdin: noStdin })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await readInput('-', { maxBytes: 10, stdin: Readable.from([Buffer.alloc(6), Buffer.alloc(6)]) })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('names missing files, directories, empty files and corrupt gzip', async () => {
    expect(await readInput(join(dir, 'nope.html'), { maxBytes: 1000, stdin: noStdin })).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await readInput(dir, { maxBytes: 1000, stdin: noStdin })).toMatchObject({ ok: false, reason: 'unreadable', message: 'is a directory' });
    expect(await readInput(file('empty.html', ''), { maxBytes: 1000, stdin: noStdin })).toMatchObject({ ok: false, reason: 'empty' });
    expect(await readInput(file('bad.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3])), { maxBytes: 1000, stdin: noStdin })).toMatchObject({ ok: false, reason: 'not-html' });
  });
});
