// Text encoded twice: UTF-8 bytes read as windows-1252 (or Latin-1) and written out as UTF-8 again,
// so that "we’ve" arrives as "weâ€™ve", "café" as "cafÃ©" and "©" as "Â©". A content system with
// the wrong database charset, or a copy saved through one wrong step, does it to a whole page, and a
// browser shows the damage as it is (WCXB dev 4656, 2362, 0666, among 25 pages of 22 sites). Each
// character of such a run stands for one byte of the original: the run is put back when its bytes
// make one well-formed UTF-8 character of a script or sign that text is written in. A page is repaired
// only when at least two runs say so: one "ß’" (a German apostrophe after ß) could be a real pair of
// characters, two proven runs are not. Legitimate text almost never holds one: the run needs a lead
// letter (Â-ô) followed by one to three characters from the byte range 0x80-0xBF, which are symbols,
// C1 controls, curly punctuation and a few letters (š, œ, ž, ª, º) that seldom follow such a letter.

import type { RelatedLink } from '../types';

/** windows-1252's characters for the bytes 0x80-0x9F (the rest of 0x80-0xFF are Latin-1's own code points). */
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** A character that stands for a continuation byte (0x80-0xBF). */
const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(CP1252).join('')}]`;
/** A lead byte's character (0xC2-0xF4) followed by one to three continuation bytes' characters. */
const RUN = new RegExp(`[\\u00c2-\\u00f4]${CONTINUATION}{1,3}`, 'g');

/**
 * What a repaired character must be (never a control character): Latin (with its extensions), Greek, Cyrillic, Armenian, Hebrew,
 * Arabic, Indic scripts, Thai, general punctuation, currency, letterlike signs, arrows and
 * other symbols, CJK, Hangul, the byte-order mark and the replacement character, emoji. A pair like
 * "ß’" decodes to an N'Ko letter and stays as it is.
 */
const PLAUSIBLE: readonly (readonly [number, number])[] = [
  [0xa0, 0x24f], [0x370, 0x6ff], [0x900, 0xe7f], [0x1e00, 0x1fff], [0x2000, 0x2bff], [0x3000, 0x9fff],
  [0xac00, 0xd7af], [0xfb00, 0xfeff], [0xfffd, 0xfffd], [0x1f000, 0x1faff],
];

/** How many runs a text must hold before any is repaired (see above). */
const MIN_RUNS = 2;

function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 0xff ? code : (CP1252[char] ?? -1);
}

/** The one character that `run`'s bytes encode in UTF-8, and how many of its characters it took; null when they encode none. */
function decodeRun(run: string): { char: string; length: number } | null {
  const lead = byteOf(run[0] ?? '');
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (run.length < length) return null;
  let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let i = 1; i < length; i++) {
    const byte = byteOf(run[i] ?? '');
    if (byte < 0x80 || byte > 0xbf) return null;
    code = (code << 6) | (byte & 0x3f);
  }
  // Overlong forms and surrogates are not UTF-8; a code point is plausible only in a script's range.
  const least = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (code < least || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return null;
  if (!PLAUSIBLE.some(([from, to]) => code >= from && code <= to)) return null;
  return { char: String.fromCodePoint(code), length };
}

/** `text` with each run of twice-encoded UTF-8 put back, and how many were. */
function repair(text: string): { text: string; runs: number } {
  let runs = 0;
  const fixed = text.replace(RUN, (run) => {
    const decoded = decodeRun(run);
    if (!decoded) return run;
    runs++;
    return decoded.char + run.slice(decoded.length);
  });
  return { text: fixed, runs };
}

/** How many runs of twice-encoded UTF-8 `text` holds. */
export function countMojibake(text: string): number {
  return repair(text).runs;
}

/** Whether a text (an article's, or its title with it) holds enough proven runs to be repaired. */
export function isMojibake(text: string): boolean {
  return countMojibake(text) >= MIN_RUNS;
}

/** `text` repaired when `force` (its page is known to be twice encoded) or when it proves so itself. */
export function repairMojibake(text: string, force = false): string {
  const { text: fixed, runs } = repair(text);
  return runs > 0 && (force || runs >= MIN_RUNS) ? fixed : text;
}

/** A run cut off by the end of a sample, or its continuation left at a sample's start. */
const CUT_END = new RegExp(`[\\u00c2-\\u00f4]${CONTINUATION}{0,2}$`);
const CUT_START = new RegExp(`^${CONTINUATION}{1,3}`);

/**
 * A sample cut by length from a twice-encoded line (the start or the end of a line that an anchor
 * names), repaired so that it is still a part of the repaired line: the ends where the cut may have
 * split a run are left out (a part of a part is still found by `includes`).
 */
export function repairSample(sample: string): string {
  const trimmed = repairMojibake(sample, true).replace(CUT_END, '').replace(CUT_START, '');
  return trimmed || repairMojibake(sample, true);
}

/** Attributes whose text a reader meets: a picture's description (read aloud, shown when it fails) and tooltips. */
const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label'] as const;

/**
 * Repairs every text node under `root` (the sanitized article) in place, and the attributes a reader
 * meets as text; call it only when the article's text proved twice encoded (isMojibake). A run split
 * over two text nodes by markup stays as it is.
 */
export function repairTree(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const fixed = repairMojibake(value, true);
      if (fixed !== value) node.nodeValue = fixed;
      continue;
    }
    const element = node as Element;
    if (!element.hasAttributes()) continue;
    for (const name of TEXT_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const fixed = repairMojibake(value, true);
      if (fixed !== value) element.setAttribute(name, fixed);
    }
  }
}

/** A related link with the words of its texts put back (its page is known to be twice encoded). */
export function repairLink(link: RelatedLink): RelatedLink {
  const out: RelatedLink = { ...link, title: repairMojibake(link.title, true) };
  for (const key of ['source', 'time', 'summary'] as const) {
    const value = link[key];
    if (value !== undefined) out[key] = repairMojibake(value, true);
  }
  return out;
}

/**
 * Related links with their words put back, once: when their page is known to be twice encoded
 * (`force`) or their own texts prove it (a list can be the only twice-encoded part a page has).
 */
export function repairLinks(links: RelatedLink[], force: boolean): RelatedLink[] {
  const texts = links.map((link) => [link.title, link.source ?? '', link.time ?? '', link.summary ?? ''].join('\n')).join('\n');
  return force || isMojibake(texts) ? links.map((link) => repairLink(link)) : links;
}
