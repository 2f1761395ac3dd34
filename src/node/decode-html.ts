// Turns the bytes of an input into HTML text as a browser would (./sniff-charset.ts), or says that they
// are not a page: a binary file passed by mistake (./sniff-binary.ts), white space, or text without
// any markup. Decoding never fails on bad bytes: each broken sequence becomes one U+FFFD, as in a
// browser.
import { legacyHookDecode } from '@exodus/bytes/encoding.js';
import { binaryKind } from './sniff-binary';
import { sniffCharset, sniffUnicode } from './sniff-charset';
import type { CharsetSource } from './sniff-charset';

/** Why bytes are not decoded: they are not an HTML page, or hold nothing but white space. */
export type DecodeFailureReason = 'not-html' | 'empty';

export type DecodeResult =
  | { ok: true; html: string; charset: string; source: CharsetSource }
  | { ok: false; reason: DecodeFailureReason; message: string };

/** Decodes an input's bytes to HTML text; refuses binary data and text without any markup. */
export function decodeHtml(bytes: Uint8Array): DecodeResult {
  // UTF-16 is full of NUL bytes: only bytes that are not UTF-16 are checked for binary formats.
  const unicode = sniffUnicode(bytes);
  const binary = unicode ? null : binaryKind(bytes);
  if (binary) return { ok: false, reason: 'not-html', message: `${binary}, not an HTML page` };
  const { charset, source } = unicode ?? sniffCharset(bytes);
  if (charset === 'replacement') {
    // ISO-2022-KR, HZ-GB-2312 and the like: the Encoding Standard maps them to one U+FFFD (they were
    // used to smuggle script past filters), and a browser shows nothing of such a page either.
    return { ok: false, reason: 'not-html', message: 'the page declares a charset browsers refuse to decode' };
  }
  // legacyHookDecode drops a BOM, and replaces each broken sequence with U+FFFD (jsdom decodes with it too).
  const html = legacyHookDecode(bytes, charset);
  if (html.trim() === '') return { ok: false, reason: 'empty', message: 'input holds only whitespace' };
  if (!/<[a-z!?/]/i.test(html)) return { ok: false, reason: 'not-html', message: 'no HTML markup found' };
  return { ok: true, html, charset, source };
}
