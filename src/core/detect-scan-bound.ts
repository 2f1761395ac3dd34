// The scan's bound, the first MAX_ELEMENTS elements in document order, as parts of the tree that a
// selector query can be asked of (countRuleHits in detect-scan-queries.ts).
//
// Why. A query matches over every element below where it is asked, and only then is its result cut
// at the bound: on the 50,000-element page of ../shared/tools/perf-detector.mjs the attribute-rule
// candidates (about twenty selectors tried on every element) took 13 ms over the whole document.
// Asked of the subtrees that lie entirely within the bound, the query matches the first 20,000
// elements only: 8 ms with the 2,000 parts of that page, and the detector's own time went from 27
// to 22 ms (timed in Chromium, issue 11). The cheaper queries of the scan cost less than their parts
// would add, and stay whole-document queries.

/**
 * Scoping pays where a part costs less than matching this many elements beyond the bound: a query
 * on a subtree, and the test of its root, cost ~0.9 us more than their matching, and matching one
 * element against the candidates ~0.25 us (Chromium, 50,000-element page, issue 11).
 */
const ELEMENTS_PER_PART = 4;

/**
 * Calls `visit` with each element of `selector` from the first in document order to `last`, the
 * last within the bound, by queries on the parts of the tree before it; returns false, without a
 * call, when that takes more parts than the `beyond` elements after `last` would pay for (a long
 * flat list of children, a deep chain of nested elements, a page just over the bound).
 *
 * The elements up to `last` are its ancestors, itself, and the subtrees of the earlier siblings of
 * each of these: from the root down, each link of the chain alone, then its children before the
 * next link, whole. A link is tested with matches(); a whole part too, as its query leaves it out.
 */
export function eachInBound(last: Element, beyond: number, selector: string, visit: (el: Element) => void): boolean {
  // The parts in reverse document order: a link of the chain, then its earlier siblings, nearest first.
  const parts: Element[] = [];
  const whole: boolean[] = [];
  const add = (el: Element, isWhole: boolean): boolean => {
    parts.push(el);
    whole.push(isWhole);
    return parts.length * ELEMENTS_PER_PART <= beyond;
  };
  for (let link: Element | null = last; link; link = link.parentElement) {
    if (!add(link, false)) return false;
    for (let el = link.previousElementSibling; el; el = el.previousElementSibling) if (!add(el, true)) return false;
  }
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as Element;
    if (part.matches(selector)) visit(part);
    if (whole[i]) part.querySelectorAll(selector).forEach(visit);
  }
  return true;
}
