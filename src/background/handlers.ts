// The background's answer to each message of src/messages.ts, one handler per name. The
// browser is reached only through `deps`, so the tests drive these with fakes.
import { ReplyFailure } from '../messages';
import type { ArticleView, ClutterState, Handlers, SiteState, TabState } from '../messages';
import type { Verdict } from '../core/types';
import { t } from '../i18n/t';
import type { RunCleaner } from './cleaner-bridge';
import { restrictionOf } from './restricted-url';
import { hostOf } from './site-prefs';
import type { SitePrefs } from './site-prefs';
import type { TabStateStore } from './tab-state';

/** What the reader tab does once its article shows: print it, or read aloud from a sentence. */
export interface ReaderStart {
  print?: boolean;
  readAloudFrom?: number;
}

export interface BackgroundDeps {
  tabState: TabStateStore;
  sitePrefs: SitePrefs;
  runCleaner: RunCleaner;
  /** Sets the tab's toolbar icon, title and badge. */
  showState(tabId: number, state: TabState | null): Promise<void>;
  /** The tab's URL (undefined when the browser hides it); throws ReplyFailure 'no-tab' when there is no such tab. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Opens the reader page for a tab (and what it does first) and returns the reader's tab id. */
  openReaderTab(tabId: number, force: boolean, start?: ReaderStart): Promise<number>;
}

/** Signals beyond these are noise in the popup and bloat storage.session. */
const MAX_SIGNALS = 12;

async function scriptableUrl(deps: BackgroundDeps, tabId: number): Promise<string | undefined> {
  const url = await deps.tabUrl(tabId);
  const restriction = restrictionOf(url);
  if (restriction) throw new ReplyFailure('restricted', restriction);
  return url;
}

async function clutterState(deps: BackgroundDeps, tabId: number, site: SiteState): Promise<ClutterState> {
  const status = await deps.runCleaner(tabId, 'status', {});
  return { ...status, remembered: site.alwaysHideClutter, host: site.host };
}

/** After a verdict: what the user asked for on this site (hide the clutter, open the reader tab). */
async function applySiteChoices(deps: BackgroundDeps, tabId: number, state: TabState, site: SiteState, previous: TabState | null): Promise<TabState> {
  if (site.alwaysHideClutter) {
    // A failure here only means the clutter stays.
    await deps.runCleaner(tabId, 'hide', {}).catch(() => undefined);
  }
  // Once per URL and tab: a verdict sent again for the same page (reloaded, or the detector re-injected)
  // opens nothing more, so going back to the original page does not bounce the user to the reader again.
  if (previous?.url === state.url && previous.autoOpened === true) return { ...state, autoOpened: true };
  if (site.autoOpenReader && state.isArticle) {
    await deps.openReaderTab(tabId, false).catch(() => undefined);
    return { ...state, autoOpened: true };
  }
  return state;
}

/**
 * A tab without a verdict (its site was just turned on again, or the detector could not report)
 * gets the cleaner's one, so the toolbar catches up.
 */
async function judgeIfUnjudged(deps: BackgroundDeps, tabId: number, url: string, verdict: Verdict): Promise<void> {
  if ((await deps.tabState.get(tabId)) !== null) return;
  const state: TabState = { isArticle: verdict.isArticle, score: verdict.score, url, signals: verdict.signals.slice(0, MAX_SIGNALS), detectMs: 0 };
  await deps.tabState.set(tabId, state);
  await deps.showState(tabId, state);
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    async reportVerdict({ url, verdict, detectMs }, sender) {
      if (sender.tabId === undefined || (sender.frameId ?? 0) !== 0) {
        throw new ReplyFailure('bad-request', 'Verdicts come only from the top frame of a tab.');
      }
      const tabId = sender.tabId;
      const site = await deps.sitePrefs.stateFor(url);
      if (site.neverRun) {
        // "Never run on this site": no verdict is kept, so the toolbar shows nothing for the page.
        await deps.tabState.clear(tabId);
        await deps.showState(tabId, null);
        return null;
      }
      const previous = await deps.tabState.get(tabId);
      const judged: TabState = {
        isArticle: verdict.isArticle,
        score: verdict.score,
        url,
        signals: verdict.signals.slice(0, MAX_SIGNALS),
        detectMs,
      };
      await deps.tabState.set(tabId, judged);
      await deps.showState(tabId, judged);
      const state = await applySiteChoices(deps, tabId, judged, site, previous);
      if (state !== judged) await deps.tabState.set(tabId, state);
      return null;
    },

    getTabState: ({ tabId }) => deps.tabState.get(tabId),

    async getArticle({ tabId, force }): Promise<ArticleView> {
      const url = await scriptableUrl(deps, tabId);
      const site = await deps.sitePrefs.stateFor(url);
      // An explicit request (Clean anyway, the context menu, the shortcut) reads the page anyway.
      if (site.neverRun && !force) return { status: 'site-off', url: url ?? '', site };
      const outcome = await deps.runCleaner(tabId, 'extract', { force });
      if ((outcome.status === 'article' || outcome.status === 'not-article') && !force && url) {
        await judgeIfUnjudged(deps, tabId, url, outcome.verdict);
      }
      switch (outcome.status) {
        case 'article':
          return { ...outcome, clutter: await clutterState(deps, tabId, site), site };
        case 'not-article':
          return { status: 'not-article', verdict: outcome.verdict, url: url ?? '', site };
        case 'restricted':
          // The cleaner's reason names the document type in English: the user gets the general sentence.
          throw new ReplyFailure('restricted', t('errorRestricted'));
        case 'failed':
          throw new ReplyFailure(outcome.reason, outcome.message);
      }
    },

    async setClutter({ tabId, hidden, remember }) {
      const url = await scriptableUrl(deps, tabId);
      const status = await deps.runCleaner(tabId, hidden ? 'hide' : 'restore', {});
      if (!hostOf(url)) return { ...status, remembered: false, host: '' };
      // Remembering means "hide automatically here": restoring the clutter forgets the site.
      const site = await deps.sitePrefs.set(url, 'alwaysHideClutter', remember && hidden);
      return { ...status, remembered: site.alwaysHideClutter, host: site.host };
    },

    async setSiteChoice({ tabId, choice, value }) {
      const url = await deps.tabUrl(tabId);
      if (!hostOf(url)) throw new ReplyFailure('restricted', t('restrictedNotAllowed'));
      const site = await deps.sitePrefs.set(url, choice, value);
      if (choice === 'neverRun' && value) {
        // Standing down now, not only on the next visit: forget the verdict and hidden clutter goes back.
        // Only a cleaner already in the page can have hidden anything: none is loaded just to restore.
        await deps.tabState.clear(tabId);
        await deps.showState(tabId, null);
        await deps.runCleaner(tabId, 'restore', {}, { inject: false }).catch(() => undefined);
      }
      return site;
    },

    async openReader({ tabId, force, print, readAloudFrom }) {
      await deps.tabUrl(tabId);
      return { readerTabId: await deps.openReaderTab(tabId, force ?? false, { print: print ?? false, readAloudFrom }) };
    },
  };
}
