// The page links of a story split over several pages ("Page 1 sur 3 : 1 2 3", "Lire la suite : page 2 »",
// WordPress's "Pages: 1 2 3"), which the page prints inside its text, where Readability keeps them
// (fixture paginated-story). What makes a line one is where its links lead, in any language: every
// link goes to another page of this same story (the story's own address, or the one it declares for
// itself, with a page number added: `?page=2`, `/2/`, `/page/2`), and the words around the links are a
// short label, not a sentence. A link to another story, or a sentence that mentions the next page,
// stays. The page's rel=next and rel=prev are not read: WordPress and documentation sites name the
// next post or chapter there, and a paragraph linking the previous post went (trafilatura 0312).
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { walkElements } from './walk';
import { byTag, listOf } from '../tag-lists';
import { queryPairs } from '../query-pairs';

/** The words of a pager besides its links ("Page 1 of 3:", "Seite 1 von 3", "Pages :") are at most this long. */
const MAX_LABEL_CHARS = 40;
/** A link of a pager says a page number or "next page", perhaps with the next page's title: never a paragraph. */
const MAX_LINK_CHARS = 100;
/** Longer than this, a block is more than a row of page links, whatever its links. */
const MAX_PAGER_CHARS = 600;
/** A page number in an address: one to three digits. */
const PAGE_NUMBER = /^\d{1,3}$/;
/** A page number at the end of the story's path: "/2", "/page/2", "/seite/2" (WordPress, many CMSs). */
const PAGE_SUFFIX = /^\/(?:\p{L}{1,10}\/)?\d{1,3}$/u;
const PAGER_TAGS = new Set(['p', 'div', 'nav', 'ul', 'ol', 'section', 'footer']);

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Where the story is: the address it was read at and the one it declares for itself (canonical link,
 * else og:url; extract.ts siteAddress). Read from the page, as the working clone has lost its <link>
 * and <meta> elements (dropNonContent).
 */
export interface StorySource {
  url: string;
  site: string;
  /**
   * The document's base URL (its <base href>, else `url`): the article's links are read before they
   * are made absolute, so they resolve against it as the browser resolves them.
   */
  base?: string;
}

function parse(href: string, base: string): URL | null {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** Host without "www." and path without a trailing slash: "/story/" and "www." are the same place. */
const place = (url: URL): string => `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`;

/** The story's own addresses, without fragment. */
function ownAddresses(source: StorySource): URL[] {
  const own: URL[] = [];
  for (const href of new Set([source.url, source.site])) {
    const url = parse(href, source.url);
    if (url) own.push(url);
  }
  return own;
}

/**
 * Compares a link's query with the story's: 'same', 'page' when it only adds page numbers ("?id=7" →
 * "?id=7&page=2"), else null ("?id=8" is another article of the same script).
 */
function comparedQuery(link: URL, own: URL): 'same' | 'page' | null {
  const ownParams = own.searchParams;
  for (const [name, value] of queryPairs(ownParams)) if (link.searchParams.get(name) !== value) return null;
  let added = 0;
  for (const [name, value] of queryPairs(link.searchParams)) {
    if (ownParams.has(name)) continue;
    if (!PAGE_NUMBER.test(value)) return null;
    added++;
  }
  return added > 0 ? 'page' : 'same';
}

/** 'page' for another page of this story, 'self' for the story's own address (its page 1), else null. */
function storyPage(href: string, story: readonly URL[], base: string): 'page' | 'self' | null {
  if (href.trim().startsWith('#')) return null;
  const url = parse(href, base);
  if (!url) return null;
  // A link to a place in a page (comments, a footnote, a section of the next chapter: Sphinx's
  // contents list, WCXB 2999) is no link to a page.
  if (/#./.test(href)) return null;
  const at = place(url);
  let kind: 'page' | 'self' | null = null;
  for (const own of story) {
    const ownPlace = place(own);
    if (at === ownPlace) {
      const query = comparedQuery(url, own);
      if (query === 'page') return 'page';
      if (query === 'same') kind = 'self';
    } else if (at.startsWith(ownPlace) && PAGE_SUFFIX.test(at.slice(ownPlace.length)) && comparedQuery(url, own) === 'same') {
      return 'page';
    }
  }
  return kind;
}

/** Whether a block is a pager: links to this story's pages only, one at least to another page, and a short label. */
function isPager(block: Element, story: readonly URL[], base: string): boolean {
  // A block holding the story's paragraphs is never one: judged by its length before its links are read.
  if ((block.textContent ?? '').length > MAX_PAGER_CHARS) return false;
  const links = listOf(block.getElementsByTagName('a'));
  if (links.length === 0) return false;
  let pages = 0;
  let linkChars = 0;
  for (const link of links) {
    const kind = storyPage(link.getAttribute('href') ?? '', story, base);
    if (!kind) return false;
    if (kind === 'page') pages++;
    const chars = flat(link.textContent).length;
    if (chars > MAX_LINK_CHARS) return false;
    linkChars += chars;
  }
  // The selector query last: it costs more than the tests above, which most blocks fail.
  if (block.querySelector('img, picture, video, table, h1, h2, h3, h4, h5, h6, blockquote, figure')) return false;
  return pages > 0 && flat(block.textContent).length - linkChars <= MAX_LABEL_CHARS;
}

/**
 * A pager's label alone ("Page:", "Halaman:", "Seite:", "Página:", "页:"), in the languages the pagers
 * of the fixtures and probe rings were seen in and their neighbours; the colon is required ("Trang" is
 * also a name).
 */
const PAGER_LABEL = /^(?:pages?|halaman|seiten?|p[aá]ginas?|pagine|страниц[аы]|sayfa|strona|str[aá]nka|trang|หน้า|页|頁|页码|ページ|페이지)\s?[:：]$/iu;
/** Longer than this, a leaf's text is not a pager's label. */
const MAX_PAGER_LABEL_CHARS = 16;

/** Whether anything with text follows `node` among its siblings. */
function textFollows(node: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) if (flat(next.textContent) !== '') return true;
  return false;
}

/**
 * Removes a pager's label left alone, the page links it named gone (Readability drops a row of bare
 * links such as Kompas's "Halaman: 1 2 3 Selanjutnya" and keeps its label: probe ring "asia"): a leaf
 * whose whole text is the label, with nothing after it in the boxes that hold only it. A label that
 * names a value ("Pages:" over "320" in a book's details) has its value after it, and stays.
 */
function removeLonePagerLabels(article: Element): Removal[] {
  // Found in one walk first, removed after (a live HTMLCollection read whole costs jsdom the square of its length).
  const labels: Array<{ leaf: Element; label: string }> = [];
  walkElements(article, (leaf) => {
    if (leaf.childElementCount !== 0) return undefined;
    const label = flat(leaf.textContent);
    if (label.length <= MAX_PAGER_LABEL_CHARS && PAGER_LABEL.test(label)) labels.push({ leaf, label });
    return undefined;
  });
  const removed: Removal[] = [];
  for (const { leaf, label } of labels) {
    // Inside the article still: an earlier label's box may have held it (the working clone is in no document).
    if (!article.contains(leaf)) continue;
    let box: Element = leaf;
    while (box.parentElement && box.parentElement !== article && flat(box.parentElement.textContent) === label) box = box.parentElement;
    if (textFollows(box)) continue;
    removed.push(recordRemoval(box, STEP_RULES.storyPages, STEP_RULES.storyPages.match));
    box.remove();
  }
  return removed;
}

/** Removes the page links of a story split over pages from the article in place, and a pager's label left alone; returns what went. */
export function removeStoryPagers(article: Element, source: StorySource): Removal[] {
  const removed = removePagerLinks(article, source);
  removed.push(...removeLonePagerLabels(article));
  return removed;
}

function removePagerLinks(article: Element, source: StorySource): Removal[] {
  // Cheap test first: most articles have no link to a page of their own.
  if (!article.querySelector('a[href]')) return [];
  const story = ownAddresses(source);
  const base = source.base ?? source.url;
  const pagers: Element[] = [];
  walkElements(article, (element) => {
    if (!PAGER_TAGS.has(element.localName) || !isPager(element, story, base)) return undefined;
    pagers.push(element);
    return 'skip';
  });
  return pagers.map((pager) => {
    const removal = recordRemoval(pager, STEP_RULES.storyPages, STEP_RULES.storyPages.match);
    pager.remove();
    return removal;
  });
}

/** The page number an address names: a page number added to its query, or at the end of its path; null for none. */
function pageNumber(url: URL): number | null {
  let found: number | null = null;
  for (const [, value] of queryPairs(url.searchParams)) if (PAGE_NUMBER.test(value)) found = Number(value);
  const suffix = /\/(\d{1,3})\/?$/.exec(url.pathname);
  return found ?? (suffix ? Number(suffix[1]) : null);
}

/** Links looked at for the next page: a page's first ones (its pager is near its story). */
const MAX_PAGE_LINKS = 3000;

/**
 * The address of the story's next page: among the page's links to other pages of this same story (the
 * story's address with a page number added, as the pager prints them, wherever a rule or Readability
 * put the pager), the one with the lowest page number above the page being read (page 1 when its
 * address names none). Null on the last page or a story in one piece. rel=next is not read, as above.
 */
export function nextStoryPage(doc: Document, source: StorySource): string | null {
  const story = ownAddresses(source);
  const read = parse(source.url, source.url);
  if (!read || story.length === 0) return null;
  // A cheap look first: a link to a page of the story names the story's path (or its last part).
  const keys = story.map((own) => own.pathname.replace(/\/+$/, '').split('/').pop() ?? '').filter((key) => key.length > 2);
  if (keys.length === 0) return null;
  const base = source.base ?? source.url;
  const current = pageNumber(read) ?? 1;
  let next: { url: string; page: number } | null = null;
  const links = byTag(doc, ['a']);
  for (let i = 0; i < links.length && i < MAX_PAGE_LINKS; i++) {
    const href = links[i]!.getAttribute('href') ?? '';
    if (!/\d/.test(href) || !keys.some((key) => href.includes(key)) || storyPage(href, story, base) !== 'page') continue;
    const url = parse(href, base);
    const page = url ? pageNumber(url) : null;
    if (url && page !== null && page > current && (!next || page < next.page)) next = { url: url.href, page };
  }
  return next?.url ?? null;
}
