// Our own main-content pick, for pages where Readability returns nothing or a fragment (forums,
// products, docs, service pages): the tightest container that still holds most of the page's
// non-link text, starting from <main> / [role=main] when that holds most of it.

import { nextNode, walkElements } from './walk';

// STYLE/SCRIPT: bench page 0123 keeps 170 KB of CSS in a <style> inside a <noscript> (the noscript
// itself may hold a JS site's real content, so it counts).
const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'HEADER', 'SELECT', 'BUTTON', 'STYLE', 'SCRIPT', 'TEMPLATE', 'TEXTAREA']);
/**
 * When nothing is left outside those, <header> and <aside> count after all: some CMSs wrap the whole
 * story in them (fixture story-in-header: a news brief inside the article's header, inside an aside).
 */
const LENIENT_BOILERPLATE_TAGS = new Set([...BOILERPLATE_TAGS].filter((tag) => tag !== 'HEADER' && tag !== 'ASIDE'));
const DESCEND_SHARE = 0.7;

export interface ContainerPick {
  element: Element;
  /** Non-link text characters inside the picked element. */
  chars: number;

}

/**
 * Counts non-link, non-boilerplate text per element in one pointer walk (jsdom's TreeWalker is slow on
 * large pages); each text node's length is added to its ancestors up to body.
 */
function textWeights(body: Element, boilerplate: ReadonlySet<string>): Map<Element, number> {
  const weights = new Map<Element, number>();
  let node: Node | null = body.firstChild;
  while (node) {
    let descend = true;
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'A' || boilerplate.has(tag)) descend = false;
    } else if (node.nodeType === 3) {
      const length = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
      for (let e = length ? node.parentElement : null; e; e = e.parentElement) {
        weights.set(e, (weights.get(e) ?? 0) + length);
        if (e === body) break;
      }
    }
    node = nextNode(node, body, descend);
  }
  return weights;
}

/** Picks the main-content container of a (pre-cleaned) document, or null when it has no text. */
export function pickContainer(doc: Document): ContainerPick | null {
  const body = doc.body;
  if (!body) return null;
  return pickIn(body, textWeights(body, BOILERPLATE_TAGS)) ?? pickIn(body, textWeights(body, LENIENT_BOILERPLATE_TAGS));
}

function pickIn(body: HTMLElement, weights: Map<Element, number>): ContainerPick | null {
  const total = weights.get(body) ?? 0;
  if (total === 0) return null;
  let current: Element = body;
  let landmark: Element | null = null;
  walkElements(body, (element) => {
    if (element.tagName === 'MAIN' || element.getAttribute('role') === 'main') landmark = element;
    return landmark ? 'stop' : undefined;
  });
  if (landmark && (weights.get(landmark) ?? 0) >= total * 0.5) current = landmark;
  for (;;) {
    const own = weights.get(current) ?? 0;
    let best: Element | null = null;
    let bestWeight = 0;
    // Sibling pointers, not Array.from(children): jsdom's live collection is quadratic to copy.
    for (let child = current.firstElementChild; child; child = child.nextElementSibling) {
      const w = weights.get(child) ?? 0;
      if (w > bestWeight) {
        bestWeight = w;
        best = child;
      }
    }
    if (!best || bestWeight < own * DESCEND_SHARE) break;
    current = best;
  }
  return { element: current, chars: weights.get(current) ?? 0 };
}

/** Drops navigation, forms, buttons and other chrome from a picked container, in place. */
export function trimContainer(container: Element): void {
  for (const element of containerChrome(container)) element.remove();
}

/** Chrome by tag or by role: navigation, footers, asides, forms and their controls, frames. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'input', 'select', 'textarea', 'iframe', 'noscript']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog']);

function isChrome(element: Element): boolean {
  if (CHROME_TAGS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role);
}

/** Whether a <header> stands between the element and the top of the document. */
function underHeader(element: Element): boolean {
  for (let up = element.parentElement; up; up = up.parentElement) if (up.localName === 'header') return true;
  return false;
}

/**
 * What trimContainer drops from a picked container: navigation, forms, buttons and other chrome, and
 * every header but those holding the headline (the first <h1> in a header outside the chrome). The
 * outermost ones only, in document order. One walk that skips what chrome holds (selector queries
 * over the container cost several times more under jsdom).
 */
export function containerChrome(container: Element): Element[] {
  // Inside a container that is chrome itself, everything is chrome: no headline, no header to tell.
  const withinChrome = isChrome(container);
  const found: Element[] = [];
  let h1: Element | null = null;
  walkElements(container, (element) => {
    if (isChrome(element)) {
      found.push(element);
      return 'skip';
    }
    if (withinChrome) return undefined;
    if (element.localName === 'header') found.push(element);
    else if (!h1 && element.localName === 'h1' && underHeader(element)) h1 = element;
    return undefined;
  });
  const headline: Element | null = h1;
  const out: Element[] = [];
  for (const element of found) {
    if (headline && element.localName === 'header' && !isChrome(element) && element.contains(headline)) continue;
    const last = out[out.length - 1];
    if (!last || !last.contains(element)) out.push(element);
  }
  return out;
}
