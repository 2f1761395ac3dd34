// Narrows the clone to the story before Readability: when one container clearly holds the story,
// the page chrome far from it (navigation, sidebars, footers, comment threads) goes. Readability then
// scores a fraction of the page. The story's own parent keeps all its children: headline, byline and
// lead image sit there; so does the story's header block when it stands further up, beside an ancestor
// of the body (a news CMS's "lede" block: headline, dek, byline and lead picture).
import type { Removal } from '../types';
import type { PageStats } from './main-content';
import { recordRemoval } from '../removal-record';
import { chromeMatch, STEP_RULES } from '../rules/step-rules';
import { markKept } from '../clone-marks';
import { headerBefore } from './lead-figure';

/** Share of the page's text the story container must hold to be trusted. */
const MIN_SHARE = 0.6;
/** Below this much text the page is small anyway and nothing is gained. */
const MIN_CHARS = 600;

/** The marked-up story (articleBody, or the <article> with most paragraph text) when it holds most of the page. */
export function trustedMain(stats: PageStats): Element | null {
  if (stats.main && stats.headlined) return stats.main;
  if (!stats.main || stats.paragraphChars < MIN_CHARS) return null;
  return stats.mainChars >= stats.paragraphChars * MIN_SHARE ? stats.main : null;
}

/**
 * Removes the other stories beside the headlined one (PageStats.otherStories), in place, as page
 * chrome. The related harvest lists them by their headlines (related.ts).
 */
export function removeOtherStories(stories: readonly Element[]): Removal[] {
  const removed: Removal[] = [];
  for (const story of stories) {
    if (!story.isConnected) continue;
    const removal = recordRemoval(story, STEP_RULES.pageChrome, chromeMatch(story));
    if (removal.text) removed.push(removal);
    story.remove();
  }
  return removed;
}

/**
 * Removes everything but the story's parent and the chain above it, in place. Returns what went, as
 * page chrome (blocks without text are not worth listing). A block the user keeps on the site
 * (`kept`, by its match) stays, marked as kept.
 */
export function focusOn(doc: Document, story: Element, kept: (match: string) => boolean = () => false): Removal[] {
  const body = doc.body;
  if (!body || !story.isConnected || story === body) return [];
  const keep = story.parentElement;
  if (!keep || keep === body) return [];
  const removed: Removal[] = [];
  const header = keep.getElementsByTagName('h1').length ? null : headerBefore(story);
  // Above the story's parent, every side branch goes, but the story's header.
  for (let child: Element = keep, parent = keep.parentElement; parent; child = parent, parent = parent.parentElement) {
    if (parent === doc.documentElement) break;
    for (let sibling = parent.firstElementChild; sibling; ) {
      const next: Element | null = sibling.nextElementSibling;
      const match = sibling === child ? '' : chromeMatch(sibling);
      if (sibling !== child && kept(match)) markKept(sibling);
      else if (sibling !== child && sibling !== header) {
        const removal = recordRemoval(sibling, STEP_RULES.pageChrome, match);
        if (removal.text) removed.push(removal);
        sibling.remove();
      }
      sibling = next;
    }
    if (parent === body) break;
  }
  return removed;
}
