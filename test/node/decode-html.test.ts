// Decoding a page's bytes to HTML text (src/node/decode-html.ts): charsets, byte-order marks, binary data.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/node/decode-html';

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
