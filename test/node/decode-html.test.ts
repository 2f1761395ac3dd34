// Decoding a page's bytes to HTML text (src/node/decode-html.ts) as a browser does: byte-order marks,
// the <meta> prescan, a late <meta> in the head, undeclared UTF-8 with stray bytes, legacy charsets,
// and binary files passed by mistake. The legacy byte sequences below were encoded by Python's codecs,
// not by the library under test.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/node/decode-html';

/** Phrases and their bytes in a legacy charset. */
const LEGACY = {
  'shift_jis': ['東京で開かれた催し', [147, 140, 139, 158, 130, 197, 138, 74, 130, 169, 130, 234, 130, 189, 141, 195, 130, 181]],
  'euc-kr': ['서울에서 열린 행사', [188, 173, 191, 239, 191, 161, 188, 173, 32, 191, 173, 184, 176, 32, 199, 224, 187, 231]],
  'gbk': ['在市中心举行的活动', [212, 218, 202, 208, 214, 208, 208, 196, 190, 217, 208, 208, 181, 196, 187, 238, 182, 175]],
  'iso-8859-2': ['Wczoraj w Łodzi żołnierze', [87, 99, 122, 111, 114, 97, 106, 32, 119, 32, 163, 111, 100, 122, 105, 32, 191, 111, 179, 110, 105, 101, 114, 122, 101]],
  'windows-1251': ['Вчера в Москве', [194, 247, 229, 240, 224, 32, 226, 32, 204, 238, 241, 234, 226, 229]],
  'windows-1252': ['café déjà vu', [99, 97, 102, 233, 32, 100, 233, 106, 224, 32, 118, 117]],
} as const satisfies Record<string, readonly [string, readonly number[]]>;

type Part = string | readonly number[] | Uint8Array;

/** Concatenates ASCII markup and raw bytes. */
function bytes(...parts: Part[]): Buffer {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
}

/** A page: head markup, then `count` paragraphs of the given body bytes. */
function page(head: string, body: readonly number[] | Buffer, count = 20, htmlAttributes = ''): Buffer {
  const paragraphs: Part[] = [];
  for (let i = 0; i < count; i++) paragraphs.push('<p>', body, '</p>\n');
  return bytes(`<!doctype html><html${htmlAttributes}><head>${head}<title>t</title></head><body>`, ...paragraphs, '</body></html>');
}

function decoded(input: Buffer): { html: string; charset: string; source: string } {
  const result = decodeHtml(input);
  if (!result.ok) throw new Error(`not decoded: ${result.message}`);
  return result;
}

const count = (text: string, char: string): number => text.split(char).length - 1;

describe('byte-order marks', () => {
  it('decodes UTF-8 with or without a BOM, and UTF-16 in both byte orders', () => {
    expect(decodeHtml(Buffer.from('<p>Größe</p>'))).toMatchObject({ ok: true, html: '<p>Größe</p>' });
    expect(decodeHtml(Buffer.from('\ufeff<p>é</p>'))).toMatchObject({ ok: true, html: '<p>é</p>', source: 'bom' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>été</p>', 'utf16le')]);
    expect(decodeHtml(le)).toMatchObject({ ok: true, html: '<p>été</p>', charset: 'utf-16le' });
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<p>été</p>', 'utf16le').swap16()]));
    expect(decodeHtml(be)).toMatchObject({ ok: true, html: '<p>été</p>', charset: 'utf-16be' });
  });

  it('lets the BOM win over a <meta> that says otherwise', () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252"><p>déjà</p>')]);
    expect(decoded(input)).toMatchObject({ charset: 'utf-8', source: 'bom', html: '<meta charset="windows-1252"><p>déjà</p>' });
  });

  it('reads UTF-16 without a BOM from its pattern, not as binary for its NUL bytes', () => {
    const markup = '<!doctype html><html><body><p>L\'été à Besançon</p></body></html>';
    expect(decoded(Buffer.from(markup, 'utf16le'))).toMatchObject({ charset: 'utf-16le', html: markup });
    expect(decoded(Buffer.from(markup, 'utf16le').swap16())).toMatchObject({ charset: 'utf-16be', html: markup });
  });
});

describe('a charset declared in <meta>', () => {
  it.each(Object.entries(LEGACY))('decodes %s declared with <meta charset>', (charset, [text, encoded]) => {
    const result = decoded(page(`<meta charset="${charset}">`, encoded));
    expect(result.source).toBe('meta');
    expect(count(result.html, text)).toBe(20);
  });

  it('reads every form of <meta http-equiv=content-type>, and ignores a content charset without it', () => {
    const [text, encoded] = LEGACY['euc-kr'];
    const forms = [
      '<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">',
      '<meta content="text/html;charset=euc-kr" http-equiv=content-type>',
      "<META HTTP-EQUIV='content-type' CONTENT='text/html; charset=\"ks_c_5601-1987\"'>",
    ];
    for (const form of forms) expect(decoded(page(form, encoded)).html, form).toContain(text);
    // Without http-equiv the content attribute declares nothing (the spec's "need pragma").
    const noPragma = decoded(page('<meta content="text/html; charset=euc-kr">', encoded));
    expect(noPragma.source).not.toBe('meta');
  });

  it('follows a <meta> that lies, as browsers do: windows-1252 declared over UTF-8 bytes gives mojibake', () => {
    // Chromium 2026-12 on the same bytes: document.characterSet "windows-1252", text "L'Ã©tÃ©".
    const result = decoded(page('<meta charset="windows-1252">', [...Buffer.from("L'été")]));
    expect(result).toMatchObject({ charset: 'windows-1252', source: 'meta' });
    expect(result.html).toContain("L'Ã©tÃ©");
  });

  it('honours a <meta> past the first 1,024 bytes while still in the head, not one in the body', () => {
    const [text, encoded] = LEGACY['iso-8859-2'];
    const longDescription = `<meta name="description" content="${'x'.repeat(1100)}">`;
    const late = decoded(page(`${longDescription}<meta charset="iso-8859-2">`, encoded));
    expect(late).toMatchObject({ charset: 'iso-8859-2', source: 'late-meta' });
    expect(late.html).toContain(text);
    const inComment = decoded(page(`${longDescription}<!-- <meta charset="iso-8859-2"> -->`, encoded));
    expect(inComment.source).not.toBe('late-meta');
    const inBody = bytes(`<html><head><title>t</title></head><body><p>${'y'.repeat(1100)}</p><meta charset="iso-8859-2"><p>`, encoded, '</p>');
    expect(decoded(inBody).source).not.toBe('late-meta');
  });
});

describe('an undeclared charset', () => {
  it('keeps a UTF-8 page with a few stray bytes as UTF-8: one U+FFFD per stray byte', () => {
    const korean = [...Buffer.from('서울 시내 중심가에서 열린 행사에는 많은 시민들이 참여했다.')];
    const input = Buffer.concat([page('', korean, 30), Buffer.from([0xff]), Buffer.from('<p>끝</p>'), Buffer.from([0xc0, 0x41])]);
    const result = decoded(input);
    expect(result).toMatchObject({ charset: 'utf-8', source: 'content' });
    expect(count(result.html, '서울 시내 중심가')).toBe(30);
    expect(count(result.html, '\ufffd')).toBe(2);
  });

  it('reads a legacy single-byte page as windows-1252, the spec\'s default', () => {
    const [text, encoded] = LEGACY['windows-1252'];
    expect(decoded(page('', encoded))).toMatchObject({ charset: 'windows-1252', source: 'default' });
    expect(decoded(page('', encoded)).html).toContain(text);
  });

  it('does not take a double-byte legacy page for UTF-8, and uses the page\'s language for its default', () => {
    const [text, encoded] = LEGACY['euc-kr'];
    expect(decoded(page('', encoded)).charset).toBe('windows-1252');
    const korean = decoded(page('', encoded, 20, ' lang="ko-KR"'));
    expect(korean).toMatchObject({ charset: 'euc-kr', source: 'language' });
    expect(korean.html).toContain(text);
    expect(decoded(page('', LEGACY.gbk[1], 20, ' lang="zh-CN"')).html).toContain(LEGACY.gbk[0]);
    expect(decoded(page('', LEGACY.shift_jis[1], 20, ' lang=ja')).html).toContain(LEGACY.shift_jis[0]);
  });
});

describe('not a page', () => {
  it('names binary formats passed by mistake', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeHtml(png)).toEqual({ ok: false, reason: 'not-html', message: 'a PNG image, not an HTML page' });
    expect(decodeHtml(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>>', 'latin1'))).toMatchObject({ message: 'a PDF document, not an HTML page' });
    expect(decodeHtml(bytes([0x50, 0x4b, 3, 4, 20, 0, 0, 0], 'index.html<html><p>stored</p></html>'))).toMatchObject({ message: 'a ZIP archive, not an HTML page' });
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => ((i * 7919) % 254) + 1));
    expect(decodeHtml(noise)).toMatchObject({ ok: false, reason: 'not-html', message: 'binary data, not an HTML page' });
  });

  it('keeps a real page with NUL and control bytes: after its first lines, or beside its markup', () => {
    const article = '<p>El Gobierno aprobó ayer el presupuesto.</p>'.repeat(40);
    const laterNul = decoded(bytes('<!doctype html><html><head><title>Noticia</title></head><body>', article, [0, 1, 2, 0x1f], '<script>var a="\u0000";</script>', article));
    expect(laterNul.html).toContain('El Gobierno aprobó ayer');
    const controlInTitle = decoded(bytes('<!doctype html><html><head><title>Noticia', [0x0b, 0x1c, 0], '</title></head><body>', article));
    expect(controlInTitle.html).toContain('El Gobierno aprobó ayer');
  });

  it('refuses markup-free text, white space, and a charset browsers refuse to decode', () => {
    expect(decodeHtml(Buffer.from('Just a note, no markup at all.\n'))).toMatchObject({ ok: false, reason: 'not-html' });
    expect(decodeHtml(Buffer.from(' \n\t '))).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeHtml(Buffer.from('<meta charset="iso-2022-kr"><p>x</p>'))).toMatchObject({ ok: false, reason: 'not-html', message: expect.stringContaining('refuse') });
  });
});
