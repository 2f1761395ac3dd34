// Finds the page's main story container and measures its paragraph text, so that no rule, however
// it matches, can remove the story itself or a container holding most of it.

import { walkElements } from './walk';

export interface PageStats {
  /** Characters of text in all <p> of the body. */
  paragraphChars: number;
  /** The main content element (articleBody, the <article> with most paragraph text, or <main>). */
  main: Element | null;
  /** Characters of <p> text inside `main`. */
  mainChars: number;
  /** The main element(s) and all their ancestors: never removed. */
  protectedSet: Set<Element>;
}

/** A measurement in progress: `visit` sees each element of the body in document order, `finish` gives the stats. */
export interface PageMeter {
  visit(element: Element): void;
  finish(): PageStats;
}

/**
 * measurePage split in two, so that a walk the caller makes anyway can carry it (extract.ts: the
 * walk that marks the clone); read-only.
 */
export function pageMeter(doc: Document): PageMeter {
  let paragraphChars = 0;
  const perArticle = new Map<Element, number>();
  const paragraphs: Array<[Element, number]> = [];
  let articleBody: Element | null = null;
  let mainEl: Element | null = null;
  const visit = (element: Element): void => {
    if (element.tagName === 'P') {
      const length = (element.textContent ?? '').trim().length;
      paragraphs.push([element, length]);
      paragraphChars += length;
      let article: Element | null = element.parentElement;
      while (article && article.tagName !== 'ARTICLE') article = article.parentElement;
      if (article) perArticle.set(article, (perArticle.get(article) ?? 0) + length);
    }
    if (!mainEl && element.tagName === 'MAIN') mainEl = element;
    if (!element.hasAttributes()) return;
    if (!articleBody && /(^|\s)articleBody(\s|$)/.test(element.getAttribute('itemprop') ?? '')) articleBody = element;
    if (!mainEl && element.getAttribute('role') === 'main') mainEl = element;
  };
  const finish = (): PageStats => {
    const body = doc.body;
    const protectedSet = new Set<Element>();
    if (!body) return { paragraphChars: 0, main: null, mainChars: 0, protectedSet };
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
    if (articleBody) mains.push(articleBody);
    if (mainEl) mains.push(mainEl);
    for (const element of mains) {
      for (let e: Element | null = element; e; e = e.parentElement) protectedSet.add(e);
    }
    protectedSet.add(body);
    if (doc.documentElement) protectedSet.add(doc.documentElement);
    const main = mains[0] ?? null;
    let mainChars = 0;
    if (main) for (const [p, length] of paragraphs) if (main.contains(p)) mainChars += length;
    return { paragraphChars, main, mainChars, protectedSet };
  };
  return { visit, finish };
}

/** Measures paragraph text and picks the main story container of a document (read-only). */
export function measurePage(doc: Document): PageStats {
  const meter = pageMeter(doc);
  // One hand walk for paragraphs and landmarks: jsdom's selector engine is slow on big pages.
  if (doc.body) walkElements(doc.body, meter.visit);
  return meter.finish();
}

/** True when removing this element would take out too much of the page's paragraph text. */
export function holdsTooMuch(textChars: number, stats: PageStats): boolean {
  return textChars > 300 && textChars > stats.paragraphChars * 0.4;
}
