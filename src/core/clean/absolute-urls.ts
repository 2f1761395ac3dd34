// Links and images in the article point where they pointed on the page: relative URLs become
// absolute against the page URL (or its <base href>). In-page anchors (#id) stay as they are.
// Hand walks, not attribute selectors: jsdom's selector engine made those a visible cost per page.
import { walkElements } from './walk';

/** The href of the document's first <base href>, if any. */
export function baseHref(doc: Document): string | null {
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.tagName === 'BASE' && el.hasAttribute('href')) return el.getAttribute('href');
  }
  return null;
}

/** The base URL for resolving: the document's <base href> resolved against url, else url. */
export function baseUrlOf(doc: Document, url: string): string {
  const base = baseHref(doc);
  if (base) {
    try {
      return new URL(base, url).href;
    } catch {
      // An unusable <base>: ignore it.
    }
  }
  return url;
}

function absolute(value: string, base: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.startsWith('#')) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(/,\s+/)
    .map((candidate) => {
      const [src, ...descriptor] = candidate.trim().split(/\s+/);
      return src ? [absolute(src, base), ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** Makes the element's own href, src, srcset and poster attributes absolute, in place. */
export function absolutizeElement(element: Element, base: string): void {
  if (!element.hasAttributes()) return;
  for (const name of ['href', 'src', 'poster']) {
    const value = element.getAttribute(name);
    if (value !== null) element.setAttribute(name, absolute(value, base));
  }
  const srcset = element.getAttribute('srcset');
  if (srcset !== null) element.setAttribute('srcset', absoluteSrcset(srcset, base));
}

/** Makes href, src, srcset and poster attributes under root absolute, in place. */
export function absolutizeUrls(root: Element, base: string): void {
  walkElements(root, (element) => absolutizeElement(element, base));
}
