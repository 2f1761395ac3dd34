// Iterative element walks. jsdom's getElementsByTagName('*') and selector engine are slow on large
// pages (seconds on some bench pages); following child/sibling pointers is not, and never recurses.

/** Visits root's descendant elements in document order; the visitor returns 'skip' to skip a subtree, 'stop' to end. */
export function walkElements(root: Element, visit: (element: Element) => void | 'skip' | 'stop'): void {
  let node: Element | null = root.firstElementChild;
  while (node) {
    const verdict = visit(node);
    if (verdict === 'stop') return;
    let next: Element | null = verdict === 'skip' ? null : node.firstElementChild;
    if (!next) {
      let up: Element | null = node;
      while (up && up !== root && !up.nextElementSibling) up = up.parentElement;
      next = up && up !== root ? up.nextElementSibling : null;
    }
    node = next;
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
