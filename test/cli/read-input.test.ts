// Reading and decoding inputs (src/cli/read-input.ts, src/cli/decode-html.ts): sizes, gzip, charsets,
// binary data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode-html';
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

describe('decodeHtml', () => {
  it('decodes UTF-8, with or without a byte-order mark', () => {
    expect(decodeHtml(Buffer.from('<p>Größe</p>'))).toMatchObject({ ok: true, html: '<p>Größe</p>' });
    expect(decodeHtml(Buffer.from('\ufeff<p>é</p>'))).toMatchObject({ ok: true, html: '<p>é</p>' });
  });

  it('honours a declared legacy charset and guesses windows-1252 for stray bytes', () => {
    const declared = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0xe9]), Buffer.from('t\xe9</p>', 'latin1')]);
    expect(decodeHtml(declared)).toMatchObject({ ok: true, html: '<meta charset="iso-8859-1"><p>été</p>' });
    const undeclared = Buffer.concat([Buffer.from('<p>caf'), Buffer.from([0xe9]), Buffer.from(' ' + 'ok '.repeat(50) + '</p>')]);
    expect(decodeHtml(undeclared)).toMatchObject({ ok: true, charset: 'windows-1252' });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hi</p>', 'utf16le')]);
    expect(decodeHtml(utf16)).toMatchObject({ ok: true, html: '<p>hi</p>' });
  });

  it('refuses binary data, markup-free text and white space', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeHtml(png)).toMatchObject({ ok: false, reason: 'not-html' });
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => ((i * 7919) % 254) + 1));
    expect(decodeHtml(noise)).toMatchObject({ ok: false, reason: 'not-html' });
    expect(decodeHtml(Buffer.from('Just a note, no markup at all.\n'))).toMatchObject({ ok: false, reason: 'not-html' });
    expect(decodeHtml(Buffer.from(' \n\t '))).toMatchObject({ ok: false, reason: 'empty' });
  });
});
