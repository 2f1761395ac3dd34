// Three of Readability's per-node checks in its main walk, answered in a cheaper order with the
// same results. _isValidByline (on every node until a byline is found: the <html> and <body> first,
// each the whole page's text) and _isElementWithoutContent (on every <div>, <section>, <header> and
// heading) read `textContent`, the text of the node's whole subtree, before the cheap conditions that
// decide most calls; nested wrappers make that a walk of each subtree once per ancestor. Here the
// attributes and class names come first and the text only when they pass, and a subtree's text is
// tested for anything but white space by stopping at the first text node that has some.
// _isProbablyVisible reads `element.style`, which jsdom builds as a parsed declaration on first read,
// for every element of the walk; an element without a style attribute has an empty one (stripPage
// drops them all before the parse): then only the attribute tests remain.

import { nextNode } from './clean/walk';

/** What the three checks look like from outside (internal methods of @mozilla/readability 0.6). */
interface ReaderChecks {
  REGEXPS?: { byline?: RegExp };
  _isValidByline?: (node: Element, matchString: string) => boolean;
  _isElementWithoutContent?: (node: Element) => boolean;
  _isProbablyVisible?: (node: Element) => boolean;
}

/** Byline text must be shorter than this (Readability's own limit). */
const MAX_BYLINE_CHARS = 100;

/**
 * Whether any text node under `element` holds more than white space: the same as
 * `element.textContent.trim() !== ''` (trim and \s strip the same characters), without joining the text.
 */
function holdsText(element: Element): boolean {
  // A pointer walk that stops at the first such node (under jsdom, cheaper than a TreeWalker for a
  // walk this short); most elements with text hold it near the top.
  for (let node: Node | null = element.firstChild; node; node = nextNode(node, element, true)) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/**
 * Makes a Readability instance answer its byline, empty-element and visibility checks in the cheap order above.
 * Only an instance whose checks have the expected shape is changed; the answers are the same.
 */
export function speedUpChecks(reader: object): void {
  const checks = reader as ReaderChecks;
  const byline = checks.REGEXPS?.byline;
  if (byline instanceof RegExp && typeof checks._isValidByline === 'function' && checks._isValidByline.length === 2) {
    checks._isValidByline = (node, matchString) => {
      const itemprop = node.getAttribute('itemprop');
      if (!(node.getAttribute('rel') === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
      const length = (node.textContent ?? '').trim().length;
      return length > 0 && length < MAX_BYLINE_CHARS;
    };
  }
  if (typeof checks._isElementWithoutContent === 'function' && checks._isElementWithoutContent.length === 1) {
    checks._isElementWithoutContent = (node) => {
      if (node.nodeType !== 1 || holdsText(node)) return false;
      const children = node.children.length;
      return !children || children === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
    };
  }
  const visible = checks._isProbablyVisible;
  if (typeof visible === 'function' && visible.length === 1) {
    checks._isProbablyVisible = (node) => {
      if (node.hasAttribute('style')) return visible.call(reader, node);
      if (node.hasAttribute('hidden')) return false;
      if (node.getAttribute('aria-hidden') !== 'true') return true;
      // As Readability: an aria-hidden "fallback-image" stays (Wikimedia's math images).
      const className: unknown = (node as { className?: unknown }).className;
      return Boolean(className && typeof className === 'string' && className.includes('fallback-image'));
    };
  }
}
