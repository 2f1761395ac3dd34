// Is this input a binary file passed by mistake (an image, a PDF, an archive), or text that may be a
// page? The test follows the WHATWG MIME Sniffing standard rather than a share of odd bytes over the
// whole file: known binary signatures at the start, then "binary data bytes" in the resource header
// only (its first 1,445 bytes). A real page that carries a NUL or a few control bytes further down
// (a real Spanish news page was refused as binary that way) is text, as it is for a browser.

/** How many leading bytes the MIME Sniffing standard looks at ("resource header"). */
const RESOURCE_HEADER_BYTES = 1445;

/** A signature: bytes at an offset; null in `bytes` matches any byte. */
interface Signature {
  what: string;
  offset?: number;
  bytes: ReadonlyArray<number | null>;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** The formats most often passed by mistake (MIME Sniffing §6.1–6.3, plus PDF and PostScript). */
const SIGNATURES: readonly Signature[] = [
  { what: 'a PNG image', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a GIF image', bytes: ascii('GIF8') },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBPVP')] },
  { what: 'a BMP image', bytes: [...ascii('BM'), null, null, null, null, 0x00, 0x00, 0x00, 0x00] },
  { what: 'an icon', bytes: [0x00, 0x00, 0x01, 0x00] },
  { what: 'a PDF document', bytes: ascii('%PDF-') },
  { what: 'a PostScript document', bytes: ascii('%!PS-Adobe-') },
  { what: 'a ZIP archive', bytes: [...ascii('PK'), 0x03, 0x04] },
  { what: 'a RAR archive', bytes: [...ascii('Rar '), 0x1a, 0x07] },
  { what: 'a 7-Zip archive', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'an MP4 video', offset: 4, bytes: ascii('ftyp') },
  { what: 'a WebM or Matroska video', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { what: 'an Ogg file', bytes: [...ascii('OggS'), 0x00] },
  { what: 'an MP3 file', bytes: [...ascii('ID3'), null, 0x00] },
  { what: 'a WAVE or AVI file', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  { what: 'a WOFF font', bytes: ascii('wOF') },
  { what: 'an OpenType font', bytes: ascii('OTTO') },
  { what: 'a TrueType font', bytes: [0x00, 0x01, 0x00, 0x00] },
];

/** Bytes that never occur in text (MIME Sniffing's "binary data byte"): C0 controls but TAB, LF, FF, CR, ESC. */
function isBinaryDataByte(byte: number): boolean {
  return byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);
}

/** An HTML tag a page starts with or has in its first lines (MIME Sniffing's HTML signatures, and <meta>). */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|script|style|link|iframe|div|font|table|br|p|a|b|h[1-6])[\s/>]|<!--/i;

function matches(bytes: Uint8Array, signature: Signature): boolean {
  const start = signature.offset ?? 0;
  if (bytes.length < start + signature.bytes.length) return false;
  return signature.bytes.every((expected, index) => expected === null || bytes[start + index] === expected);
}

/**
 * What binary format `bytes` are ("a PNG image", "binary data"), or null for text. Only for bytes that
 * are not UTF-16 (by BOM or by their pattern, ./sniff-charset.ts): UTF-16 text is full of NUL bytes.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  const known = SIGNATURES.find((signature) => matches(bytes, signature));
  if (known) return known.what;
  const header = bytes.subarray(0, RESOURCE_HEADER_BYTES);
  if (!header.some(isBinaryDataByte)) return null;
  // A stray control byte in a page's first lines (a saved title, a meta description) does not make it binary.
  return HTML_TAG.test(Buffer.from(header).toString('latin1')) ? null : 'binary data';
}
