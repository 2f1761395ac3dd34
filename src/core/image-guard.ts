// Images that must never be loaded from a clean view: tracking beacons (1×1 or hidden images, also when
// their address is given only in srcset or in a <picture>'s <source>) and addresses that are not
// pictures at all but the debris of an unclosed attribute quote (`<img src='x.jpg>` swallows the markup
// after it into the URL). Used twice, as the sanitizer is: by the core's sanitize step and again by
// the render module of the extension pages. Pure checks on attributes; nothing here loads anything.
// The extractor drops inline styles before Readability (strip-page.ts): what an image's style said is
// kept in a mark (markStyledImage, called by clone-marks.ts on the working clone) for the sanitizer.

/** A width or height attribute of this many pixels or fewer makes a beacon, not a picture. */
const MAX_PIXEL_SIZE = 2;
/** Markup, quotes, line breaks or a run of blanks: what a URL swallowed from the page around it. */
const BROKEN_URL = /[<>"'\n\r\t]|\s{2,}/;
/**
 * The same characters as a URL parser writes them: making links absolute (absolute-urls.ts) turns
 * `x.jpg alt="a"><p>` into `x.jpg%20alt=%22a%22%3E%3Cp%3E` and drops line breaks, so the debris must
 * be recognised escaped too.
 */
const ESCAPED = /%(?:3C|3E|22|27|0A|0D|09)|%20(?:%20|\s)/i;

export type ImageProblem = { kind: 'tracking'; match: string } | { kind: 'broken-url'; match: string };

/** The tags imageProblem() judges. */
export const GUARDED_IMAGE_TAGS: ReadonlySet<string> = new Set(['img', 'source', 'picture']);

/** On an image whose inline style hid it: the code of what the style said. */
export const STYLE_MARK = 'data-tr-img';
/** Digits only: other steps split data-* values into words (related-dom.ts), and a number is no word they look for. */
const STYLE_MATCHES = {
  '1': 'style="display:none"',
  '2': 'style="visibility:hidden"',
  '3': 'style size of 2 px or less',
} as const;
type StyleCode = keyof typeof STYLE_MATCHES;
const TINY_LENGTH = /^(?:0|[0-2](?:\.\d+)?px)$/;

/** What an inline style says about an image (null: nothing that hides it). */
function styleCode(style: string): StyleCode | null {
  const declarations = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) declarations.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase());
  }
  if (declarations.get('display') === 'none') return '1';
  if (declarations.get('visibility') === 'hidden') return '2';
  const width = declarations.get('width');
  const height = declarations.get('height');
  if ((width !== undefined && TINY_LENGTH.test(width)) || (height !== undefined && TINY_LENGTH.test(height))) return '3';
  return null;
}

/** Keeps what an image's inline style says about it in a mark that outlives the style attribute. */
export function markStyledImage(element: Element): void {
  if (!GUARDED_IMAGE_TAGS.has(element.localName)) return;
  const style = element.getAttribute('style');
  const code = style ? styleCode(style) : null;
  if (code) element.setAttribute(STYLE_MARK, code);
}

/** What hid an image by style, read from its style or its mark (null when nothing did). */
function styleHiddenMatch(element: Element): string | null {
  const style = element.getAttribute('style');
  const code = (style ? styleCode(style) : null) ?? element.getAttribute(STYLE_MARK);
  return code !== null && Object.hasOwn(STYLE_MATCHES, code) ? STYLE_MATCHES[code as StyleCode] : null;
}

function tinyDimension(element: Element, name: 'width' | 'height'): string | null {
  const value = element.getAttribute(name);
  if (value === null || !/^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/i.test(value)) return null;
  return Number.parseFloat(value) <= MAX_PIXEL_SIZE ? `${name}="${value.trim()}"` : null;
}

/** True when a URL attribute value cannot be a picture's address. */
export function isBrokenImageUrl(url: string): boolean {
  const trimmed = url.trim();
  // A data: URL loads nothing, and an inline SVG one is written with raw markup.
  return !/^data:/i.test(trimmed) && (BROKEN_URL.test(trimmed) || ESCAPED.test(trimmed));
}

/**
 * True when a srcset holds a broken candidate. Line breaks and runs of blanks are allowed between
 * candidates (a srcset is often written one candidate per line), never inside a URL, and markup or
 * quotes nowhere.
 */
export function isBrokenSrcset(srcset: string): boolean {
  if (/^\s*data:/i.test(srcset)) return false;
  if (/[<>"']/.test(srcset) || /%(?:3C|3E|22|27)/i.test(srcset)) return true;
  return srcset.split(',').some((candidate) => {
    const url = candidate.trim().split(/\s+/)[0] ?? '';
    return url !== '' && isBrokenImageUrl(url);
  });
}

/** Why an <img>, <source> or <picture> must go (null when it may stay). */
export function imageProblem(element: Element): ImageProblem | null {
  if (element.hasAttribute('hidden')) return { kind: 'tracking', match: '[hidden]' };
  const styled = styleHiddenMatch(element);
  if (styled) return { kind: 'tracking', match: styled };
  const tiny = tinyDimension(element, 'width') ?? tinyDimension(element, 'height');
  if (tiny) return { kind: 'tracking', match: tiny };
  const src = element.getAttribute('src');
  if (src !== null && isBrokenImageUrl(src)) return { kind: 'broken-url', match: 'src' };
  const srcset = element.getAttribute('srcset');
  // An <img> with a good src keeps it: only its srcset goes (dropBrokenSrcset). A <source> is nothing else.
  if (srcset !== null && isBrokenSrcset(srcset) && (element.localName === 'source' || !src)) return { kind: 'broken-url', match: 'srcset' };
  return null;
}

/** Removes a broken srcset from an <img> that keeps a good src; true when it did. */
export function dropBrokenSrcset(element: Element): boolean {
  const srcset = element.getAttribute('srcset');
  if (srcset === null || !isBrokenSrcset(srcset)) return false;
  element.removeAttribute('srcset');
  return true;
}
