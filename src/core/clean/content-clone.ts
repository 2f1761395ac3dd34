// The working clone of the page, without what dropNonContent would drop from it at once: the page's
// scripts, styles, <link>/<meta> elements and inline SVG icons (about a tenth of a page's nodes) are
// not copied at all, instead of being copied and then removed. The parts of the page that hold none
// of them are copied whole by the DOM's own deep import (a copy node by node from script was slower);
// only their ancestors are copied one level at a time. A page with a <template> (a streamed page's
// placeholders, streamed-segments.ts, are read in place with their neighbours) and a page nested
// deeper than the guard's limit are copied whole as before. dropNonContent still runs on a copy that
// has a <noscript> or a MathJax formula, for what only it does: the raw markup parsed (and cleaned) in
// place, the formula's MathML in the place of its rendering.
import { MAX_DEPTH, safeClone } from './guard';
import type { DocumentShape } from './guard';
import { dropNonContent, isNonContent } from './strip-page';
import { walkElements } from './walk';

interface Skipped {
  /** The elements left out, each with everything inside it. */
  left: Set<Element>;
  /** Every ancestor of one of them: copied one level at a time. */
  holders: Set<Node>;
  /** Whether the page has a <noscript>, whose raw markup dropNonContent parses and cleans, or a MathJax formula it puts as MathML. */
  noscript: boolean;
}

/** What the copy leaves out, found as dropNonContent's walk finds it; null when the page must be copied whole. */
function skippedIn(doc: Document): Skipped | null {
  const root = doc.documentElement;
  if (!root) return null;
  const left = new Set<Element>();
  const holders = new Set<Node>();
  let noscript = false;
  let template = false;
  walkElements(root, (element) => {
    if (!isNonContent(element)) {
      if (element.tagName === 'NOSCRIPT' || element.tagName === 'MJX-CONTAINER') noscript = true;
      return undefined;
    }
    if (element.tagName === 'TEMPLATE') {
      template = true;
      return 'stop';
    }
    left.add(element);
    for (let up: Node | null = element.parentNode; up && !holders.has(up); up = up.parentNode) holders.add(up);
    return 'skip';
  });
  if (template) return null;
  return left.size > 0 ? { left, holders, noscript } : null;
}

/** Copies `source` into `target` (owned by `clone`), leaving out the skipped elements. */
function copyInto(clone: Document, source: Node, target: Node, skipped: Skipped): void {
  if (!skipped.holders.has(source)) {
    target.appendChild(clone.importNode(source, true));
    return;
  }
  const copy = target.appendChild(clone.importNode(source, false));
  for (let child = source.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1 || !skipped.left.has(child as Element)) copyInto(clone, child, copy, skipped);
  }
}

/** A private copy of the document to clean, without its non-content elements (see above). */
export function contentClone(doc: Document, shape: DocumentShape): Document {
  const skipped = shape.depth <= MAX_DEPTH ? skippedIn(doc) : null;
  if (skipped && doc.documentElement) {
    try {
      const clone = doc.cloneNode(false) as Document;
      if (doc.doctype) clone.appendChild(clone.importNode(doc.doctype, false));
      copyInto(clone, doc.documentElement, clone, skipped);
      // Nothing is left for dropNonContent to do on a page without a <noscript> or a formula.
      if (skipped.noscript) dropNonContent(clone);
      return clone;
    } catch {
      // A stack overflow inside the DOM implementation: copied whole below.
    }
  }
  const clone = safeClone(doc, shape);
  dropNonContent(clone);
  return clone;
}
