// Lazy-loaded images become real images: data-src and friends, data-srcset, <noscript><img>
// fallbacks that sit beside a placeholder, and AMP's <amp-img>. Runs on the clone before Readability,
// so both extractors see the real pictures.
import { childrenOf } from '../tag-lists';

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-img-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER = /^data:|placeholder|blank\.|spacer|lazy|transparent|pixel\.|loading|grey\.|gray\./i;

function isPlaceholder(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src);
}

function firstAttr(element: Element, names: string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name);
    if (value && value.trim() && !value.startsWith('data:')) return value.trim();
  }
  return null;
}

/**
 * The single <img> a <noscript> holds. A browser's raw-text <noscript> content was parsed into
 * elements when the clone was made (strip-page.ts dropNonContent), as jsdom parses it.
 */
function noscriptImage(noscript: Element): Element | null {
  const images = noscript.getElementsByTagName('img');
  return images.length === 1 ? (images[0] ?? null) : null;
}

/** Gives an <img> or <source> its real src/srcset from lazy-loading attributes; true when it changed. */
export function fixLazyImage(img: Element): boolean {
  let changed = false;
  const lazySet = firstAttr(img, SRCSET_ATTRS);
  if (lazySet && !img.getAttribute('srcset')) {
    img.setAttribute('srcset', lazySet);
    changed = true;
  }
  if (img.tagName !== 'IMG') return changed;
  const lazy = firstAttr(img, SRC_ATTRS);
  if (lazy && isPlaceholder(img.getAttribute('src'))) {
    img.setAttribute('src', lazy);
    changed = true;
  }
  if (!img.getAttribute('src')?.trim()) {
    const offered = srcsetOffer(img);
    if (offered) {
      img.setAttribute('src', offered);
      changed = true;
    }
  }
  // Readability rewrites the src of an image whose class says "lazy" from every data-* attribute that
  // looks like an image URL, the last one winning: a real picture became its 80-pixel preview
  // (fixture lead-photo-caption, data-lowsrc). Once the src is real, the class has nothing to say.
  const cls = img.getAttribute('class');
  if (cls && /lazy/i.test(cls) && !isPlaceholder(img.getAttribute('src'))) {
    img.setAttribute('class', cls.split(/\s+/).filter((c) => !/lazy/i.test(c)).join(' '));
    changed = true;
  }
  return changed;
}

/**
 * The address a browser would show for an <img> without a src: the largest candidate of its own srcset,
 * else of its <picture>'s first <source> with one (Medium writes its pictures so: the <img> has no
 * address, the <source>s have them all; probe ring media). Null when none is offered. The <source>
 * without a type is preferred: the one every browser can show.
 */
function srcsetOffer(img: Element): string | null {
  const own = img.getAttribute('srcset');
  if (own?.trim()) return largestCandidate(own);
  const picture = img.parentElement;
  if (picture?.tagName !== 'PICTURE') return null;
  // A <source> that names no type is the one every browser can show; a typed one (WebP, AVIF) next.
  const offers = childrenOf(picture).filter((source) => source.tagName === 'SOURCE' && source.getAttribute('srcset')?.trim());
  const chosen = offers.find((source) => !source.getAttribute('type')) ?? offers[0];
  return chosen ? largestCandidate(chosen.getAttribute('srcset') ?? '') : null;
}

/**
 * The candidate of a srcset with the largest width (or density) descriptor, or its first without any.
 * Parsed as the HTML standard reads one: an address runs to the next blank, so a comma inside it
 * ("w_640,c_fill") is part of it; a comma right after it or after its descriptors ends the candidate.
 */
export function largestCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/.test(srcset.charAt(at))) at++;
    if (at >= srcset.length) break;
    let end = at;
    while (end < srcset.length && !/\s/.test(srcset.charAt(end))) end++;
    let url = srcset.slice(at, end);
    let descriptors = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const comma = srcset.indexOf(',', end);
      descriptors = srcset.slice(end, comma < 0 ? srcset.length : comma);
      end = comma < 0 ? srcset.length : comma + 1;
    }
    at = end;
    if (!url || url.startsWith('data:')) continue;
    const size = Number(/(\d+(?:\.\d+)?)[wx]/.exec(descriptors)?.[1] ?? 0);
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/** The last part of an image's address, without its query: one picture's name in any of its sizes' addresses. */
function fileName(src: string | null): string {
  return (src ?? '').split(/[?#]/)[0]?.split('/').pop()?.toLowerCase() ?? '';
}

/**
 * Replaces a <noscript> holding one image (and the placeholder before it) with that image; true when
 * it did. A lazy image after it (Squarespace writes the fallback first) is the same picture: when it
 * has a real address of its own, the fallback goes, or the picture showed twice.
 */
export function fixNoscriptImage(noscript: Element): boolean {
  const image = noscriptImage(noscript);
  if (!image || !image.getAttribute('src')) return false;
  const following = noscript.nextElementSibling;
  if (following && following.tagName === 'IMG' && !noscript.previousElementSibling?.matches('img')) {
    fixLazyImage(following);
    if (!isPlaceholder(following.getAttribute('src')) && fileName(following.getAttribute('src')) === fileName(image.getAttribute('src'))) {
      noscript.remove();
      return false;
    }
  }
  const previous = noscript.previousElementSibling;
  if (previous && previous.tagName === 'IMG') {
    if (!isPlaceholder(previous.getAttribute('src'))) {
      noscript.remove();
      return false;
    }
    previous.remove();
  }
  noscript.replaceWith(image);
  return true;
}

/** What an <img> made from an <amp-img> keeps of it. */
const AMP_IMAGE_ATTRS = ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'];

/**
 * An AMP page's picture (`<amp-img>`, `<amp-anim>`) as a plain <img>: AMP's script draws the <img> at
 * run time, so a saved copy, the CLI, or a page whose script did not run has none, and an unknown
 * element is no picture to Readability or the sanitizer. An <img> the script already drew is kept as it
 * is; a nested fallback (`<amp-img fallback>`, a JPEG behind a WebP) goes with its parent.
 */
export function fixAmpImage(amp: Element): boolean {
  const drawn = childrenOf(amp).find((child) => child.tagName === 'IMG' && !isPlaceholder(child.getAttribute('src')));
  const doc = amp.ownerDocument;
  let img: Element;
  if (drawn) img = drawn;
  else {
    if (!amp.getAttribute('src') && !amp.getAttribute('srcset')) return false;
    img = doc.createElement('img');
    for (const name of AMP_IMAGE_ATTRS) {
      const value = amp.getAttribute(name);
      if (value !== null) img.setAttribute(name, value);
    }
  }
  amp.replaceWith(img);
  return true;
}
