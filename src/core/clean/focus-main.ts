// Narrows the clone to the story before Readability: when one container clearly holds the story
// (itemprop=articleBody, or the <article> with most of the page's paragraph text), the page chrome far
// from it (navigation, sidebars, footers, comment threads) goes. Readability then scores a fraction of
// the page. The story's own parent keeps all its children: headline, byline and lead image sit there.
import type { PageStats } from './main-content';

/** Share of the page's paragraph text the main container must hold to be trusted. */
const MIN_SHARE = 0.6;
/** Below this much paragraph text the page is small anyway and nothing is gained. */
const MIN_CHARS = 600;

/** Removes everything but the story's surroundings, in place; returns how many subtrees went. */
export function focusOnMain(doc: Document, stats: PageStats): number {
  const main = stats.main;
  const body = doc.body;
  if (!main || !body || !main.isConnected || main === body) return 0;
  if (stats.paragraphChars < MIN_CHARS || stats.mainChars < stats.paragraphChars * MIN_SHARE) return 0;
  let keep: Element | null = main.parentElement;
  if (!keep || keep === body) return 0;
  let removed = 0;
  // Above the story's parent, every side branch goes.
  for (let child: Element = keep, parent = keep.parentElement; parent; child = parent, parent = parent.parentElement) {
    if (parent === doc.documentElement) break;
    for (let sibling = parent.firstElementChild; sibling; ) {
      const next: Element | null = sibling.nextElementSibling;
      if (sibling !== child) {
        sibling.remove();
        removed++;
      }
      sibling = next;
    }
    if (parent === body) break;
  }
  return removed;
}
