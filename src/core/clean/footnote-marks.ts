// Footnote references: a number printed small after a word and linked to its note further down the
// page (`office.<sup><a href="#fn1">1</a></sup>`, or a bare `<a href="#footnote-1">1</a>` that the
// page's stylesheet raises). A browser shows it raised; in plain text, in Markdown and read aloud it
// was glued to the word ("office.1", "about.2": fixtures essay-footnotes, newsletter-footnotes). Its
// number is put in brackets in the article itself ("office.[1]"), so that the reader, the text and the
// Markdown all say the same. What makes one is the page's own structure, on any site: a link into the
// same page whose whole text is a short marker, raised by a <sup> (or declared a note reference), or
// a number standing right after a word. A superscript that links nowhere (m², 10⁶, 1st) stays as it is.
import { walkElements } from './walk';

/** What a reference prints: a number, one letter, or a sign of the old kind. */
const MARKER = /^(?:\d{1,3}|[a-z]|[*†‡§¶])$/i;
/** A number glued to the word before it is a reference only when it links into the page (see above). */
const NUMBER = /^\d{1,3}$/;
/** Tags that end a line: the text before a reference is looked for inside its own block only. */
const BLOCK = /^(?:p|div|li|td|th|dd|dt|blockquote|h[1-6]|section|article|figcaption|pre|body)$/;

/** Whether a link points at a place in the page it stands on (`#fn1`, or the page's own address with a fragment). */
function linksIntoPage(link: Element, pageUrl: string): boolean {
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1;
  try {
    const target = new URL(href, pageUrl);
    return target.hash.length > 1 && target.href.slice(0, -target.hash.length) === pageUrl.split('#')[0];
  } catch {
    return false;
  }
}

/** Up to `length` characters of the text before `node` inside its block ('' at the block's start). */
function textBefore(node: Node, length: number): string {
  let before = '';
  for (let at: Node | null = node; at; at = at.parentNode) {
    const parent: Node | null = at.parentNode;
    for (let prev = at.previousSibling; prev; prev = prev.previousSibling) {
      before = (prev.textContent ?? '') + before;
      if (before.length >= length) return before.slice(-length);
    }
    if (!parent || (parent.nodeType === 1 && BLOCK.test((parent as Element).localName))) return before;
  }
  return before;
}

/** Text before a marker that the page bracketed itself: "[3–5]", "[1, 2]" (probe ring longform, a journal's ranges). */
const OPEN_BRACKET = /\[[^\]]{0,12}$/;

/** The element a reference's marker is printed in: its <sup> inside the link, else the link. */
function markerHolder(link: Element): Element {
  let holder = link;
  walkElements(link, (element) => {
    if (element.localName !== 'sup') return undefined;
    holder = element;
    return 'stop';
  });
  return holder;
}

/** Puts the article's footnote reference numbers in brackets, in place; returns how many. */
export function bracketFootnoteMarks(article: Element, pageUrl: string): number {
  const marks: Element[] = [];
  walkElements(article, (element) => {
    if (element.localName !== 'a' || !linksIntoPage(element, pageUrl)) return undefined;
    const text = (element.textContent ?? '').trim();
    if (!MARKER.test(text)) return 'skip';
    const raised = element.closest('sup') !== null || markerHolder(element) !== element || element.getAttribute('role') === 'doc-noteref';
    // Else a number right after a word or a sentence's end: not one that opens its line (a note's own number).
    const before = textBefore(element, 16);
    if (OPEN_BRACKET.test(before)) return 'skip';
    if (raised || (NUMBER.test(text) && /[^\s([{]/.test(before.slice(-1)))) marks.push(element);
    return 'skip';
  });
  for (const link of marks) {
    const holder = markerHolder(link);
    const doc = holder.ownerDocument;
    holder.insertBefore(doc.createTextNode('['), holder.firstChild);
    holder.appendChild(doc.createTextNode(']'));
  }
  return marks.length;
}
