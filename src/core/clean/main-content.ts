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
  /**
   * True when `main` is one of several stories on the page, each an <article> with its own <h1>, and
   * the page's title names its headline: a site that appends the next stories below the one at its
   * address (infinite scroll). It is the story however little of the page's text it holds.
   */
  headlined?: boolean;
  /**
   * With `headlined`, the other stories that stand beside the headlined one in its own container (an
   * aggregator's summary cards, each a microdata NewsArticle): not the story, whatever Readability makes of them.
   */
  otherStories?: Element[];
  /** The page's buttons (<button> and role="button"), in document order, where the walk that measured it kept them. */
  buttons?: Element[];
}

/** Prose an <article> needs to count as a story of its own (a three-paragraph brief has ~500 characters). */
const STORY_CHARS = 200;
/** A microdata article's type ("http://schema.org/NewsArticle", "https://schema.org/BlogPosting"). */
const ARTICLE_SCOPE = /schema\.org\/(?:\w*Article|BlogPosting|Report)\b/i;
/** Microdata articles read, at most: a page of cards has a few dozen. */
const MAX_SCOPES = 100;
/** A headline shorter than this may be a section name ("News") that any title contains. */
const MIN_HEADLINE_CHARS = 12;

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The one story among several whose <h1> the page's title names: document.title first (an infinite
 * scroll updates it to the story in view), then og:title; else the one among several microdata
 * stories (namedScope). Null when there are not several stories with headlines, or when no title, or
 * more than one story, matches.
 */
function headlinedStory(doc: Document, headlines: readonly Element[], perArticle: ReadonlyMap<Element, number>, scopes: readonly Element[] = []): Element | null {
  const stories = new Map<Element, string>();
  for (const h1 of headlines) {
    let article: Element | null = h1.parentElement;
    while (article && article.tagName !== 'ARTICLE') article = article.parentElement;
    if (!article || stories.has(article) || (perArticle.get(article) ?? 0) < STORY_CHARS) continue;
    const text = flat(h1.textContent ?? '');
    if (text.length >= MIN_HEADLINE_CHARS) stories.set(article, text);
  }
  if (stories.size < 2) return namedScope(doc, scopes);
  return namedStory(doc, stories);
}

/**
 * Among stories marked up as microdata articles, each with its headline and body ("<div itemscope
 * itemtype=…/NewsArticle><span itemprop=headline>…</span><div itemprop=articleBody>…": a summary app's
 * cards, the one at the page's address among the next ones), the one whose headline the title names.
 */
function namedScope(doc: Document, scopes: readonly Element[]): Element | null {
  const stories = new Map<Element, string>();
  for (const scope of scopes) {
    const headline = scope.querySelector('[itemprop~="headline"]');
    const body = scope.querySelector('[itemprop~="articleBody"]');
    const text = flat(headline?.textContent ?? '');
    if (text.length >= MIN_HEADLINE_CHARS && flat(body?.textContent ?? '').length >= STORY_CHARS) stories.set(scope, text);
  }
  return stories.size < 2 ? null : namedStory(doc, stories);
}

/** The one story of `stories` (each with its headline) whose headline the page's title names, or null. */
function namedStory(doc: Document, stories: ReadonlyMap<Element, string>): Element | null {
  const titles = [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''];
  for (const title of titles.map(flat)) {
    if (!title) continue;
    const named = [...stories].filter(([, headline]) => title.includes(headline));
    if (named.length === 1) return named[0]?.[0] ?? null;
  }
  return null;
}

/** The microdata stories beside `story` in its own container. */
function besides(story: Element, scopes: readonly Element[]): Element[] {
  return scopes.filter((scope) => scope !== story && scope.parentElement === story.parentElement);
}

/** Whether the element is a microdata article ("<div itemscope itemtype=…/NewsArticle>"). */
export function isArticleScope(element: Element): boolean {
  return element.hasAttribute('itemscope') && ARTICLE_SCOPE.test(element.getAttribute('itemtype') ?? '');
}

/**
 * Of the page's microdata articles (`scopes`, in document order), the others beside the one the page's
 * title names (namedScope), for the related harvest: they are the next stories, not this one's text.
 * Empty when the page has no such cards.
 */
export function otherMicrodataStories(doc: Document, scopes: readonly Element[]): Element[] {
  const story = scopes.length >= 2 ? namedScope(doc, scopes.slice(0, MAX_SCOPES)) : null;
  return story ? besides(story, scopes) : [];
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
  const headlines: Element[] = [];
  const buttons: Element[] = [];
  const scopes: Element[] = [];
  const visit = (element: Element): void => {
    // Read once: each read of tagName crosses jsdom's wrapper layer.
    const tag = element.tagName;
    if (tag === 'H1') headlines.push(element);
    else if (tag === 'BUTTON') buttons.push(element);
    if (tag === 'P') {
      const length = (element.textContent ?? '').trim().length;
      paragraphs.push([element, length]);
      paragraphChars += length;
      let article: Element | null = element.parentElement;
      while (article && article.tagName !== 'ARTICLE') article = article.parentElement;
      if (article) perArticle.set(article, (perArticle.get(article) ?? 0) + length);
    }
    if (!mainEl && tag === 'MAIN') mainEl = element;
    if (!element.hasAttributes()) return;
    if (!articleBody && /(^|\s)articleBody(\s|$)/.test(element.getAttribute('itemprop') ?? '')) articleBody = element;
    if (scopes.length < MAX_SCOPES && isArticleScope(element)) scopes.push(element);
    const role = element.getAttribute('role');
    if (role === 'button' && tag !== 'BUTTON') buttons.push(element);
    else if (!mainEl && role === 'main') mainEl = element;
  };
  const finish = (): PageStats => {
    const body = doc.body;
    const protectedSet = new Set<Element>();
    if (!body) return { paragraphChars: 0, main: null, mainChars: 0, protectedSet, buttons };
    const mains: Element[] = [];
    let bestArticle: Element | null = null;
    let bestChars = 0;
    for (const [article, chars] of perArticle) {
      if (chars > bestChars) {
        bestChars = chars;
        bestArticle = article;
      }
    }
    const headlined = headlinedStory(doc, headlines, perArticle, scopes);
    if (headlined) mains.push(headlined);
    else if (bestArticle && bestChars >= paragraphChars * 0.25) mains.push(bestArticle);
    // Another story's articleBody is not this one's: the headlined story's own, if it has one.
    const ownBody = headlined && !headlined.contains(articleBody) ? headlined.querySelector('[itemprop~="articleBody"]') : articleBody;
    if (ownBody) mains.push(ownBody);
    if (mainEl) mains.push(mainEl);
    for (const element of mains) {
      for (let e: Element | null = element; e; e = e.parentElement) protectedSet.add(e);
    }
    protectedSet.add(body);
    if (doc.documentElement) protectedSet.add(doc.documentElement);
    const main = mains[0] ?? null;
    let mainChars = 0;
    if (main) for (const [p, length] of paragraphs) if (main.contains(p)) mainChars += length;
    if (!headlined) return { paragraphChars, main, mainChars, protectedSet, buttons };
    return { paragraphChars, main, mainChars, protectedSet, headlined: true, buttons, otherStories: besides(headlined, scopes) };
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
