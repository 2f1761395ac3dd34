// Links and images in the article point where they pointed on the page: relative URLs become
// absolute against the page URL (or its <base href>). In-page anchors (#id) stay as they are.

/** The base URL for resolving: the document's <base href> resolved against url, else url. */
export function baseUrlOf(doc: Document, url: string): string {
  const base = doc.head?.querySelector('base[href]')?.getAttribute('href');
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

/** Makes href, src, srcset and poster attributes under root absolute, in place. */
export function absolutizeUrls(root: Element, base: string): void {
  for (const element of Array.from(root.querySelectorAll('[href], [src], [srcset], [poster]'))) {
    for (const name of ['href', 'src', 'poster']) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, absolute(value, base));
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) element.setAttribute('srcset', absoluteSrcset(srcset, base));
  }
}
