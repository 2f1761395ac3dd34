// The addresses a page states in its <head>: the one it declares for itself (canonical link, else
// og:url) and those of its next and previous pages (rel=next, rel=prev). Read from the page as
// loaded, never from the working clone, which has lost its <link> and <meta> (dropNonContent).
import { declaredUrl } from './detect-url';

const SPACE = /[\t\n\f\r ]+/;

/** Whether an element's rel attribute holds one of the words (in any case). */
function relHas(element: Element, words: readonly string[]): boolean {
  return (element.getAttribute('rel') ?? '').toLowerCase().split(SPACE).some((word) => words.includes(word));
}

function isCanonicalLink(link: Element): boolean {
  return link.hasAttribute('href') && relHas(link, ['canonical']);
}

/**
 * The first element of a tag that passes `test`: among the <head>'s children, where the parser puts
 * <link> and <meta>, else anywhere (a page that opens its body early leaves them there; asking the
 * whole document each time costs a full pass under jsdom).
 */
function headElement(document: Document, tag: string, test: (element: Element) => boolean): Element | null {
  for (let child = document.head?.firstElementChild ?? null; child; child = child.nextElementSibling) {
    if (child.localName === tag && test(child)) return child;
  }
  for (const element of Array.from(document.getElementsByTagName(tag))) if (test(element)) return element;
  return null;
}

/**
 * The address whose host names the site: the one the page declares for itself (canonical link, else
 * og:url), else `url`. A saved copy or a local mirror (127.0.0.1, file:) keeps its site's name
 * (fixture story-without-metadata, served from 127.0.0.1 in the e2e suite).
 */
export function siteAddress(document: Document, url: string): string {
  const canonical = headElement(document, 'link', isCanonicalLink)?.getAttribute('href') ?? null;
  const ogUrl = headElement(document, 'meta', (meta) => meta.getAttribute('property')?.toLowerCase() === 'og:url')?.getAttribute('content') ?? null;
  return declaredUrl(url, { canonical, ogUrl })?.href ?? url;
}

/** Whether a <link> or <a> leads to the page's next or previous page (rel=next, prev, previous). */
export const isSequenceLink = (element: Element): boolean => relHas(element, ['next', 'prev', 'previous']);

/** The hrefs, as written, of the <head>'s links to the page's next and previous pages. */
export function sequenceLinks(document: Document): string[] {
  const hrefs: string[] = [];
  for (let child = document.head?.firstElementChild ?? null; child; child = child.nextElementSibling) {
    const href = child.localName === 'link' ? child.getAttribute('href') : null;
    if (href && isSequenceLink(child)) hrefs.push(href);
  }
  return hrefs;
}
