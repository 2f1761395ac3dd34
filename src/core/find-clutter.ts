// "Hide clutter on this page": the pre-clean rules evaluated on the live document, read-only. The
// extension hides the returned elements in place. Never returns <html>, <body>, <main>, the story's
// <article>, or an ancestor of most of the page's text.
import type { Removal } from './types';
import { rulesForUrl } from './rules/all-rules';
import { measurePage } from './clean/main-content';
import { matchClutter } from './clean/match-clutter';
import { NOTHING_DISABLED } from './disable';

/** The clutter blocks of a live document, with the rule that found each; the document is not changed. */
export function findClutter(document: Document, url: string): Array<{ element: Element; removal: Removal }> {
  try {
    if (!document.body) return [];
    const stats = measurePage(document);
    const matches = matchClutter(document.body, rulesForUrl(url), stats, { disabled: NOTHING_DISABLED, hidden: false });
    return matches.filter(({ element }) => {
      const tag = element.tagName;
      if (tag === 'HTML' || tag === 'BODY' || tag === 'MAIN') return false;
      if (stats.protectedSet.has(element)) return false;
      return !(stats.main && element.contains(stats.main));
    });
  } catch {
    return [];
  }
}
