// Marks on the working clone, made right after cloning and read by later steps:
// - a sequence number on every element that holds text of its own, in document order. Removed blocks
//   are placed by it (src/core/removal-place.ts): it is an attribute, so it survives Readability, which
//   moves nodes, renames <div>s to <p>s with their attributes, and re-parses the page from its HTML
//   when it retries. Readability and our rules never read data-* attributes of this name; the
//   sanitizer drops them, so no mark reaches Article.html.
// - images hidden or shrunk to a pixel by their inline style, which stripPage removes before
//   Readability: the sanitizer drops the images so marked (src/core/image-guard.ts).
// - blocks the user keeps on the site (match-clutter.ts): Readability drops the class names they were
//   recognised by, and the residue step after it must still leave them whole.
// - blocks the page names a pull quote by their class, for the same reason (clean/pull-quotes.ts).
import { walkElements } from './clean/walk';
import { markStyledImage } from './image-guard';

export const SEQ_ATTR = 'data-tr-seq';
/** On the clone's <html>: its elements are numbered (the live page never is). */
const STAMPED_ATTR = 'data-tr-stamped';
const KEPT_ATTR = 'data-tr-kept';
/** On the clone's <html>: some block of it is marked kept (most extractions keep nothing). */
const HOLDS_KEPT_ATTR = 'data-tr-holds-kept';
export const PULL_QUOTE_ATTR = 'data-tr-pullquote';
const PULL_QUOTE_CLASS = /pull[-_]?quote|pullout/i;

function hasOwnText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/**
 * Numbers the text-holding elements of the clone's body and marks images hidden by inline style, in
 * one walk; `alsoVisit` sees each element of that walk first (extract.ts measures the page with it).
 */
export function markClone(doc: Document, alsoVisit?: (element: Element) => void): void {
  const body = doc.body;
  if (!body || !doc.documentElement) return;
  doc.documentElement.setAttribute(STAMPED_ATTR, '');
  let seq = 0;
  walkElements(body, (element) => {
    alsoVisit?.(element);
    if (hasOwnText(element)) element.setAttribute(SEQ_ATTR, String(seq++));
    markStyledImage(element);
    // By its class, or by the test id or component name a site with hashed classes gives it.
    if (element.hasAttributes() && PULL_QUOTE_CLASS.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('data-testid') ?? ''} ${element.getAttribute('data-component') ?? ''}`)) {
      element.setAttribute(PULL_QUOTE_ATTR, '');
    }
  });
}

/** True when the element's document is a marked clone. */
export function isMarked(element: Element): boolean {
  return element.ownerDocument.documentElement?.hasAttribute(STAMPED_ATTR) ?? false;
}

/**
 * Marks a block the user keeps, and everything in it (Readability may unwrap the block and keep its
 * parts), when it belongs to a marked clone: the live page is never touched.
 */
export function markKept(element: Element): void {
  if (!isMarked(element)) return;
  element.ownerDocument.documentElement?.setAttribute(HOLDS_KEPT_ATTR, '');
  element.setAttribute(KEPT_ATTR, '');
  walkElements(element, (inner) => void inner.setAttribute(KEPT_ATTR, ''));
}

/** True for a block marked with markKept. */
export function isMarkedKept(element: Element): boolean {
  return element.hasAttribute(KEPT_ATTR);
}

/** Makes a block the user asked to see visible: a hidden block put back must not stay hidden. */
export function unhide(element: Element): void {
  element.removeAttribute('hidden');
  if (element.getAttribute('aria-hidden') === 'true') element.removeAttribute('aria-hidden');
}

/** True when the element is, or holds, a block marked with markKept. */
export function holdsKept(element: Element): boolean {
  // Without a kept block in the document, no selector query over the element's subtree.
  if (!element.ownerDocument.documentElement?.hasAttribute(HOLDS_KEPT_ATTR)) return false;
  return isMarkedKept(element) || element.querySelector(`[${KEPT_ATTR}]`) !== null;
}

/** The element's sequence number, or null. */
export function seqOf(element: Element): number | null {
  const value = element.getAttribute(SEQ_ATTR);
  if (value === null) return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}
