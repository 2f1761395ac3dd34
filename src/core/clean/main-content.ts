// Finds the page's main story container and measures its paragraph text, so that no rule, however
// it matches, can remove the story itself or a container holding most of it.

import { walkElements } from './walk';

export interface PageStats {
  /** Characters of text in all <p> of the body. */
  paragraphChars: number;
  /** The main content element (articleBody, the <article> with most paragraph text, or <main>). */
  main: Element | null;
  /** The main element(s) and all their ancestors: never removed. */
  protectedSet: Set<Element>;
}

/** Measures paragraph text and picks the main story container of a document (read-only). */
export function measurePage(doc: Document): PageStats {
  const body = doc.body;
  const protectedSet = new Set<Element>();
  if (!body) return { paragraphChars: 0, main: null, protectedSet };
  let paragraphChars = 0;
  const perArticle = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const length = (p.textContent ?? '').trim().length;
    paragraphChars += length;
    let article: Element | null = p.parentElement;
    while (article && article.tagName !== 'ARTICLE') article = article.parentElement;
    if (article) perArticle.set(article, (perArticle.get(article) ?? 0) + length);
  }
  const mains: Element[] = [];
  let bestArticle: Element | null = null;
  let bestChars = 0;
  for (const [article, chars] of perArticle) {
    if (chars > bestChars) {
      bestChars = chars;
      bestArticle = article;
    }
  }
  if (bestArticle && bestChars >= paragraphChars * 0.25) mains.push(bestArticle);
  // A hand walk instead of querySelector: attribute selectors are slow in jsdom's engine.
  let articleBody: Element | null = null;
  let mainEl: Element | null = null;
  walkElements(body, (element) => {
    if (!articleBody && /(^|\s)articleBody(\s|$)/.test(element.getAttribute('itemprop') ?? '')) articleBody = element;
    if (!mainEl && (element.tagName === 'MAIN' || element.getAttribute('role') === 'main')) mainEl = element;
    return articleBody && mainEl ? 'stop' : undefined;
  });
  if (articleBody) mains.push(articleBody);
  if (mainEl) mains.push(mainEl);
  for (const element of mains) {
    for (let e: Element | null = element; e; e = e.parentElement) protectedSet.add(e);
  }
  protectedSet.add(body);
  if (doc.documentElement) protectedSet.add(doc.documentElement);
  return { paragraphChars, main: mains[0] ?? null, protectedSet };
}

/** True when removing this element would take out too much of the page's paragraph text. */
export function holdsTooMuch(textChars: number, stats: PageStats): boolean {
  return textChars > 300 && textChars > stats.paragraphChars * 0.4;
}
