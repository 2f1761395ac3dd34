// Turns the bytes of an input into HTML text, or says that they are not HTML. Saved pages are mostly
// UTF-8, but older sites declare a legacy charset (windows-1252, Shift_JIS…) in a <meta>; binary files
// (images, archives, PDFs) passed by mistake must be refused instead of fed to the HTML parser.

/** Why bytes are not decoded: they are not an HTML page, or hold nothing but white space. */
export type DecodeFailureReason = 'not-html' | 'empty';

export type DecodeResult =
  | { ok: true; html: string; charset: string }
  | { ok: false; reason: DecodeFailureReason; message: string };

/** How much of the start of an input the sniffers look at. */
const SNIFF_BYTES = 64 * 1024;
/** More than this share of control bytes (other than tab, newlines, form feed, ESC) means binary. */
const MAX_CONTROL_SHARE = 0.01;
/** More than this share of undecodable sequences, with no declared charset, means binary. */
const MAX_INVALID_SHARE = 0.2;

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function controlShare(sample: Uint8Array): { nul: boolean; share: number } {
  let control = 0;
  let nul = false;
  for (const byte of sample) {
    if (byte === 0) nul = true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  return { nul, share: sample.length ? control / sample.length : 0 };
}

/** The charset a <meta> declares near the top of the page, if the runtime can decode it. */
function declaredCharset(sample: Uint8Array): string | null {
  const head = Buffer.from(sample.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function invalidShare(text: string): number {
  if (text.length === 0) return 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) invalid++;
  return invalid / text.length;
}

/** Decodes an input's bytes to HTML text; refuses binary data and text without any markup. */
export function decodeHtml(bytes: Uint8Array): DecodeResult {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let charset = bomCharset(bytes);
  if (!charset?.startsWith('utf-16')) {
    const { nul, share } = controlShare(sample);
    if (nul || share > MAX_CONTROL_SHARE) {
      return { ok: false, reason: 'not-html', message: 'binary data, not an HTML page' };
    }
  }
  charset ??= declaredCharset(sample) ?? 'utf-8';
  let html = new TextDecoder(charset).decode(bytes);
  if (charset === 'utf-8' && invalidShare(html.slice(0, SNIFF_BYTES)) > 0) {
    // Undeclared legacy encodings are nearly always windows-1252; heavy garbage is binary.
    if (invalidShare(html.slice(0, SNIFF_BYTES)) > MAX_INVALID_SHARE) {
      return { ok: false, reason: 'not-html', message: 'binary data, not an HTML page' };
    }
    if (!/<meta[^>]+charset\s*=\s*["']?\s*utf-?8/i.test(html.slice(0, 4096))) {
      charset = 'windows-1252';
      html = new TextDecoder(charset).decode(bytes);
    }
  }
  if (html.trim() === '') return { ok: false, reason: 'empty', message: 'input holds only whitespace' };
  if (!/<[a-z!?/]/i.test(html)) return { ok: false, reason: 'not-html', message: 'no HTML markup found' };
  return { ok: true, html, charset };
}
