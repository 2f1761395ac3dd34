// Which charset a page's bytes are in, decided as a browser decides it for a saved page (the HTML
// Standard's encoding sniffing algorithm; there is no HTTP header):
//   1. a byte-order mark (it wins over everything, also over a <meta> that says otherwise);
//   2. the <meta charset> / <meta http-equiv=content-type> prescan of the first 1,024 bytes
//      (html-encoding-sniffer, jsdom's own implementation);
//   3. a <meta> later in the <head>: Chromium reads the whole head for one and Firefox reloads the
//      page when it meets one late (checked in Chromium 2026-12: a late meta is honoured);
//   4. undeclared: UTF-8 when the bytes are mostly well-formed UTF-8 (./utf8-evidence.ts), else the
//      legacy default for the language the page declares (./language-charset.ts).
// A declaration is followed even when the bytes would read better otherwise: a page whose meta says
// windows-1252 but whose bytes are UTF-8 shows mojibake in Chromium and Firefox too, and so here.
// One step beyond browsers: UTF-16 without a BOM, unambiguous from its NUL-interleaved ASCII markup,
// is read as UTF-16 (Chromium shows it as windows-1252 with a NUL between letters).
import { getBOMEncoding } from '@exodus/bytes/encoding.js';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { legacyCharsetFor } from './language-charset';
import { isMostlyUtf8 } from './utf8-evidence';

/** Where the charset came from (the JSON output and the bench can say why a page reads as it does). */
export type CharsetSource = 'bom' | 'utf-16-pattern' | 'meta' | 'late-meta' | 'content' | 'language' | 'default';

export interface SniffedCharset {
  /** An Encoding Standard name in lower case ('utf-8', 'windows-1252', 'shift_jis'). */
  charset: string;
  source: CharsetSource;
}

/** The HTML Standard's prescan window. */
const PRESCAN_BYTES = 1024;
/** How far a late <meta> is looked for (a head with megabytes of inline script and style is rare). */
const LATE_META_SCAN_BYTES = 1024 * 1024;
/** Contents where a "<meta" is not a tag: comments, and the text of raw-text and template elements. */
const NOT_MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template|textarea|title|xmp)\b[\s\S]*?(?:<\/\1|$)/gi;
/** Where the head ends (its end tag, the body, or the first tag that belongs only in a body). */
const HEAD_END = /<\/head[\s>]|<body[\s>]|<(?:div|p|h[1-6]|article|main|section|table|ul|ol)[\s>]/i;

/** The prescan's answer for bytes that start with markup, or null when it finds no declaration. */
function prescan(bytes: Uint8Array): string | null {
  // An empty default makes "nothing declared" tell itself apart from a declared windows-1252.
  return sniffHTMLEncoding(bytes, { defaultEncoding: '' }).toLowerCase() || null;
}

/** UTF-16 without a BOM: markup whose ASCII bytes alternate with NULs, in one order. */
function utf16ByPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, PRESCAN_BYTES) & ~1;
  if (length < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  const markup = (at: number): boolean => bytes.subarray(0, length).some((byte, i) => byte === 0x3c && i % 2 === at);
  if (oddNul >= 0.9 * pairs && evenNul <= 0.1 * pairs && markup(0)) return 'utf-16le';
  if (evenNul >= 0.9 * pairs && oddNul <= 0.1 * pairs && markup(1)) return 'utf-16be';
  return null;
}

/** A charset <meta> in the head past the prescan window (the text is the bytes read as Latin-1). */
function lateMetaCharset(bytes: Uint8Array, text: string): string | null {
  if (bytes.length <= PRESCAN_BYTES) return null;
  const visible = text.replace(NOT_MARKUP, (hidden) => ' '.repeat(hidden.length));
  const headEnd = visible.search(HEAD_END);
  const head = headEnd === -1 ? visible : visible.slice(0, headEnd);
  for (const meta of head.matchAll(/<meta[\s/]/gi)) {
    if (meta.index < PRESCAN_BYTES) continue;
    const charset = prescan(bytes.subarray(meta.index, meta.index + PRESCAN_BYTES));
    if (charset) return charset;
  }
  return null;
}

/** A Unicode charset the bytes announce by themselves (a BOM, or UTF-16's pattern), else null. */
export function sniffUnicode(bytes: Uint8Array): SniffedCharset | null {
  const bom = getBOMEncoding(bytes);
  if (bom) return { charset: bom, source: 'bom' };
  const utf16 = utf16ByPattern(bytes);
  return utf16 ? { charset: utf16, source: 'utf-16-pattern' } : null;
}

/** The charset of a page's bytes and where it came from. */
export function sniffCharset(bytes: Uint8Array): SniffedCharset {
  const unicode = sniffUnicode(bytes);
  if (unicode) return unicode;
  const declared = prescan(bytes);
  if (declared) return { charset: declared, source: 'meta' };
  const text = Buffer.from(bytes.subarray(0, LATE_META_SCAN_BYTES)).toString('latin1');
  const late = lateMetaCharset(bytes, text);
  if (late) return { charset: late, source: 'late-meta' };
  if (isMostlyUtf8(bytes)) return { charset: 'utf-8', source: 'content' };
  const legacy = legacyCharsetFor(text.slice(0, PRESCAN_BYTES * 4));
  return { charset: legacy, source: legacy === 'windows-1252' ? 'default' : 'language' };
}
