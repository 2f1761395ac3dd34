// Iterative element walks. jsdom's getElementsByTagName('*') and selector engine are slow on large
// pages (seconds on some bench pages); following child/sibling pointers is not, and never recurses.
// Whole walks step with the DOM's own TreeWalker: under jsdom it moves inside the implementation,
// where each pointer read from script crosses jsdom's wrapper layer (half the walking time on the
// bench pages); a browser's is native either way.

/** The node after `node` in document order inside `root` (into its subtree only if `descend`); null at the end. */
export function nextNode(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  for (let up: Node | null = node; up && up !== root; up = up.parentNode) if (up.nextSibling) return up.nextSibling;
  return null;
}

/** nextNode over elements only: the element after `element` inside `root`. */
export function nextElement(element: Element, root: Element, descend: boolean): Element | null {
  if (descend && element.firstElementChild) return element.firstElementChild;
  for (let up: Element | null = element; up && up !== root; up = up.parentElement) if (up.nextElementSibling) return up.nextElementSibling;
  return null;
}

/** nextElement as a function of one walk: the same steps, taken by a TreeWalker over root. */
export type ElementStepper = (element: Element, descend: boolean) => Element | null;

/** A stepper for nextElement's steps inside `root`, for a walk that takes many of them. */
export function elementStepper(root: Element): ElementStepper {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  return (element, descend) => {
    walker.currentNode = element;
    if (descend) {
      const child = walker.firstChild();
      if (child) return child as Element;
    }
    // Up to the nearest ancestor below root with a next sibling (parentNode() gives root itself, or
    // null once a removed block has no parent left).
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling as Element;
      const parent = walker.parentNode();
      if (!parent || parent === root) return null;
    }
  };
}

/** Visits root's descendant elements in document order; the visitor returns 'skip' to skip a subtree, 'stop' to end. */
export function walkElements(root: Element, visit: (element: Element) => void | 'skip' | 'stop'): void {
  let node: Element | null = root.firstElementChild;
  if (!node) return;
  const next = elementStepper(root);
  while (node) {
    const verdict = visit(node);
    if (verdict === 'stop') return;
    node = next(node, verdict !== 'skip');
  }
}

/**
 * True when the element has more than `limit` element children. jsdom answers childElementCount by
 * building the live `children` collection, which costs more than counting a few siblings by hand.
 */
export function hasMoreChildren(element: Element, limit: number): boolean {
  let count = 0;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (++count > limit) return true;
  return false;
}

/** True when the element has no element children. */
export function isLeaf(element: Element): boolean {
  return element.firstElementChild === null;
}
