// How much of an undeclared page's non-ASCII content is well-formed UTF-8. A page saved as UTF-8 with
// a few stray bytes (a truncated character, a byte of another charset pasted in) is still UTF-8: it
// must cost a few U+FFFD, never the whole page (two Korean news pages came out as mojibake when any
// invalid byte switched the whole page to windows-1252).
//
// The rule, measured on real and generated pages (the figures are well-formed / all non-ASCII
// sequences): UTF-8 pages with stray bytes score 0.99; legacy single-byte pages (windows-1252,
// ISO-8859-2, windows-1250 of the trafilatura dev set) 0.00–0.05, as a well-formed sequence needs a
// lead byte 0xC2–0xF4 followed by the right number of 0x80–0xBF bytes; legacy double-byte pages, whose
// byte pairs sometimes form valid sequences by chance, 0.16–0.23 (EUC-KR, GBK, Shift_JIS, and the
// GBK page of the trafilatura set). A page is UTF-8 when its well-formed sequences are at least as
// many as its broken ones (0.50): three times the double-byte charsets' chance level (at most 0.3
// well-formed per broken one), and it keeps a page with only a few non-ASCII characters UTF-8 when
// as few stray bytes come with them. On the 501 trafilatura pages stripped of their declarations
// and given three stray bytes each, this reads 492 pages in their real charset (a rule of three
// well-formed per broken one: 480; the former "any broken byte means windows-1252": 159).
import { isUtf8 } from 'node:buffer';

/** Well-formed sequences needed per broken one for a page to count as UTF-8. */
export const UTF8_MAJORITY = 1;

export interface Utf8Evidence {
  /** Well-formed multi-byte sequences (non-ASCII characters). */
  valid: number;
  /** Non-ASCII bytes that start no well-formed sequence (decoded as UTF-8, each run of them is a U+FFFD). */
  invalid: number;
}

/** The length of the well-formed UTF-8 sequence starting at `i` (Unicode Table 3-7), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  const second = bytes[i + 1] ?? 0;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Counts well-formed multi-byte sequences and broken bytes. */
export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      valid++;
      i += length;
    }
  }
  return { valid, invalid };
}

/** True when undeclared bytes should be read as UTF-8 (all ASCII counts: it reads the same either way). */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  if (isUtf8(bytes)) return true;
  const { valid, invalid } = utf8Evidence(bytes);
  return valid >= UTF8_MAJORITY * invalid;
}
