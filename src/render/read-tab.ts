// What a click reads: the popup and the reader call the cleaner in the tab themselves, so the article
// travels once (tab → page) instead of twice through the background, and one call to the tab brings
// the article with the clutter's state. The background keeps what outlives the page: site choices
// (read here from the same settings store) and the toolbar (told of a verdict it lacked, in passing).
import { t } from '../i18n/t';
import { ReplyFailure } from '../messages';
import type { ArticleView, SiteState, TabState } from '../messages';
import type { KeepException, Verdict } from '../core/types';
import type { CleanerStep, RunCleaner } from '../background/cleaner-bridge';
import { restrictionOf } from '../background/restricted-url';

/**
 * Marks the click's phases on the page's own timeline (performance marks, read by npm run measure-click;
 * nothing leaves the page): 'tidy-read:start', ':cleaner' (tab and site known), ':probed' (the tab said it
 * had no cleaner, which is loaded next: src/background/cleaner-bridge.ts), ':article' (the tab answered),
 * ':shown' (the first screenful is in the page, src/render/page-controller.ts).
 */
export function markPhase(phase: 'start' | 'cleaner' | CleanerStep | 'article' | 'shown'): void {
  globalThis.performance?.mark?.(`tidy-read:${phase}`);
}

export interface ReadTabDeps {
  runCleaner: RunCleaner;
  /** The tab's URL (undefined when the browser hides it); throws ReplyFailure 'no-tab' when there is no such tab. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The per-site choices that apply to a page. */
  siteState(url: string | undefined): Promise<SiteState>;
  /** The blocks the user keeps on the page's site ("Always keep this on this site"), as the cleaner takes them. */
  keepFor(url: string | undefined): Promise<KeepException[]>;
  /** What the background keeps for the tab: the detector's verdict and the address it judged (null: none, or unreadable). */
  tabState(tabId: number): Promise<TabState | null>;
  /** Tells the background the verdict the cleaner reached (it keeps it only for a tab it has not judged). */
  noteVerdict(tabId: number, url: string, verdict: Verdict): void;
}

/**
 * Reads the tab's article (force: even when the page neither was detected nor reads as an article).
 * Throws ReplyFailure with the reason when there is nothing to show.
 */
export async function readTab(deps: ReadTabDeps, tabId: number, force: boolean): Promise<ArticleView> {
  markPhase('start');
  const url = await deps.tabUrl(tabId);
  const restriction = restrictionOf(url);
  if (restriction) throw new ReplyFailure('restricted', restriction);
  // Read side by side: the site's choices, its kept blocks ("Always keep this on this site": they stay in
  // the article) and the detector's verdict on the page, which spares the cleaner judging it again.
  const [site, keep, state] = await Promise.all([deps.siteState(url), deps.keepFor(url), deps.tabState(tabId)]);
  // An explicit request (Clean anyway, the context menu, the shortcut) reads the page anyway.
  if (site.neverRun && !force) return { status: 'site-off', url: url ?? '', site };
  const detected = state && url !== undefined && state.url === url ? { url, verdict: { isArticle: state.isArticle, score: state.score, signals: state.signals } } : null;
  markPhase('cleaner');
  const outcome = await deps.runCleaner(tabId, 'extract', { force, keep, detected });
  markPhase('article');
  if ((outcome.status === 'article' || outcome.status === 'not-article') && !force && url) {
    deps.noteVerdict(tabId, url, outcome.verdict);
  }
  switch (outcome.status) {
    case 'article':
      return {
        status: 'article',
        article: outcome.article,
        verdict: outcome.verdict,
        clutter: { ...outcome.clutter, remembered: site.alwaysHideClutter, host: site.host },
        site,
      };
    case 'not-article':
      return { status: 'not-article', verdict: outcome.verdict, url: url ?? '', site };
    case 'restricted':
      // The cleaner's reason names the document type in English: the user gets the general sentence.
      throw new ReplyFailure('restricted', t('errorRestricted'));
    case 'failed':
      throw new ReplyFailure(outcome.reason, outcome.message);
  }
}
