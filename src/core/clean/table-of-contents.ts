// A table of contents that Readability keeps inside the story: a list whose links all lead to places
// on the same page (href="#section-2"), repeating the story's own headings as a block of link lines
// before the text (fixture contents-list-in-story). Its label ("Table of Contents", "Inhalt",
// "Sommaire", "Jump to:") goes with it when it stands right before the list or in the list's own box.
// What makes it one is the links' target, in any language; a list of sources or of other stories
// links to other pages, and footnotes are mostly text of their own: both stay. A contents title left
// alone, its list built by a script that did not run, goes too (isOrphanTitle).
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { walkElements } from './walk';
import { listOf } from '../tag-lists';

/** A contents list has at least this many links… */
const MIN_LINKS = 3;
/** …at least this share of them to the same page… */
const IN_PAGE_SHARE = 0.8;
/** …and its text is mostly their text. */
const LINK_TEXT_SHARE = 0.7;
/** A label of the list ("Table of Contents", "In this article:") is at most this long. */
const MAX_LABEL_CHARS = 40;
const LIST_TAGS = new Set(['UL', 'OL']);
const LABEL_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'SPAN', 'STRONG', 'B']);

const flat = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The titles of a table of contents that mean nothing else, in the languages we meet. A saved page
 * whose contents list its script builds (or whose list went as clutter) leaves the title alone above
 * the story: "Table of contents" as the article's first line (WCXB 0058, 0278, 4123, 0167). Not
 * "Contents", "Inhalt" or "Sommaire": a book review's synopsis or a box's contents carry those words.
 */
const CONTENTS_TITLES: ReadonlySet<string> = new Set([
  'table of contents', 'on this page', 'in this article', 'jump to', 'jump to section', 'skip to section',
  'inhaltsverzeichnis', 'table des matières', 'tabla de contenidos', 'tabla de contenido', 'índice de contenidos',
  'indice dei contenuti', 'inhoudsopgave', 'spis treści', 'índice do artigo', '目录', '目次',
]);

/** A title of a table of contents standing alone: no list of links after it (the list is gone or was never there). */
function isOrphanTitle(element: Element): boolean {
  if (!LABEL_TAGS.has(element.tagName) || element.children.length > 1) return false;
  const title = flat(element).toLowerCase().replace(/[\s:：.]+$/, '');
  if (!CONTENTS_TITLES.has(title)) return false;
  const next = element.nextElementSibling;
  return !next || !(LIST_TAGS.has(next.tagName) || next.querySelector('ul, ol, nav'));
}

/** The page's own address without its fragment, or null when it has none that parses. */
function pageAddress(document: Document): string | null {
  try {
    const url = new URL(document.URL);
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** Whether a link leads to a place on the same page ("#part-2", or the page's own address with a fragment). */
function isInPage(href: string, page: string | null): boolean {
  const value = href.trim();
  if (value.startsWith('#')) return value.length > 1;
  if (!page || !value.includes('#')) return false;
  try {
    const url = new URL(value, page);
    if (url.hash.length < 2) return false;
    url.hash = '';
    return url.href === page;
  } catch {
    return false;
  }
}

/** Whether a list is a table of contents: enough links, nearly all in-page, and little else. */
export function isContentsList(list: Element, page: string | null): boolean {
  const links = listOf(list.getElementsByTagName('a'));
  if (links.length < MIN_LINKS) return false;
  let inPage = 0;
  let linkChars = 0;
  for (const link of links) {
    if (isInPage(link.getAttribute('href') ?? '', page)) inPage++;
    linkChars += flat(link).length;
  }
  const chars = flat(list).length;
  return inPage >= links.length * IN_PAGE_SHARE && chars > 0 && linkChars >= chars * LINK_TEXT_SHARE;
}

/** The list's short label right before it (a heading or a line of at most MAX_LABEL_CHARS), or null. */
function labelBefore(list: Element): Element | null {
  const previous = list.previousElementSibling;
  if (!previous || !LABEL_TAGS.has(previous.tagName) || previous.querySelector('img, ul, ol, table')) return null;
  const text = flat(previous);
  return text && text.length <= MAX_LABEL_CHARS && !/[.!?]$/.test(text) ? previous : null;
}

/** The list, or the box around it when that box only adds a short label; never the article itself. */
function contentsBox(list: Element, article: Element): Element {
  const listChars = flat(list).length;
  let box = list;
  for (let parent = list.parentElement; parent && parent !== article; parent = parent.parentElement) {
    if (flat(parent).length - listChars > MAX_LABEL_CHARS) break;
    box = parent;
  }
  return box;
}

/** Removes the tables of contents from the article in place and returns what went. */
export function removeContentsLists(article: Element): Removal[] {
  const page = pageAddress(article.ownerDocument);
  const lists: Element[] = [];
  walkElements(article, (element) => {
    if (!LIST_TAGS.has(element.tagName)) return undefined;
    if (isContentsList(element, page)) lists.push(element);
    // A sub-list belongs to its list: judged with it, never alone.
    return 'skip';
  });
  const removed: Removal[] = [];
  for (const list of lists) {
    const box = contentsBox(list, article);
    const label = labelBefore(box);
    if (label) {
      removed.push(recordRemoval(label, STEP_RULES.tableOfContents, STEP_RULES.tableOfContents.match));
      label.remove();
    }
    removed.push(recordRemoval(box, STEP_RULES.tableOfContents, STEP_RULES.tableOfContents.match));
    box.remove();
  }
  const orphans: Element[] = [];
  walkElements(article, (element) => {
    if (isOrphanTitle(element)) {
      orphans.push(element);
      return 'skip';
    }
    return undefined;
  });
  for (const title of orphans) {
    removed.push(recordRemoval(title, STEP_RULES.tableOfContents, STEP_RULES.tableOfContents.match));
    title.remove();
  }
  return removed;
}
