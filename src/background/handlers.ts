// The background's answer to each message of src/messages.ts, one handler per name. The
// browser is reached only through `deps`, so the tests drive these with fakes.
import { ReplyFailure } from '../messages';
import type { ArticleView, ClutterState, Handlers, TabState } from '../messages';
import type { RunCleaner } from './cleaner-bridge';
import { restrictionOf } from './restricted-url';
import { hostOf } from './site-prefs';
import type { SitePrefs } from './site-prefs';
import type { TabStateStore } from './tab-state';

export interface BackgroundDeps {
  tabState: TabStateStore;
  sitePrefs: SitePrefs;
  runCleaner: RunCleaner;
  /** Sets the tab's toolbar icon, title and badge. */
  showState(tabId: number, state: TabState | null): Promise<void>;
  /** The tab's URL (undefined when the browser hides it); throws ReplyFailure 'no-tab' when there is no such tab. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Opens the reader page for a tab and returns the reader's tab id. */
  openReaderTab(tabId: number, force: boolean): Promise<number>;
}

/** Signals beyond these are noise in the popup and bloat storage.session. */
const MAX_SIGNALS = 12;

async function scriptableUrl(deps: BackgroundDeps, tabId: number): Promise<string | undefined> {
  const url = await deps.tabUrl(tabId);
  const restriction = restrictionOf(url);
  if (restriction) throw new ReplyFailure('restricted', restriction);
  return url;
}

async function clutterState(deps: BackgroundDeps, tabId: number, url: string | undefined): Promise<ClutterState> {
  const host = hostOf(url);
  const [status, remembered] = await Promise.all([
    deps.runCleaner(tabId, 'status', null),
    host ? deps.sitePrefs.isRemembered(host) : Promise.resolve(false),
  ]);
  return { ...status, remembered, host };
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    async reportVerdict({ url, verdict, detectMs }, sender) {
      if (sender.tabId === undefined || (sender.frameId ?? 0) !== 0) {
        throw new ReplyFailure('bad-request', 'Verdicts come only from the top frame of a tab.');
      }
      const tabId = sender.tabId;
      const state: TabState = {
        isArticle: verdict.isArticle,
        score: verdict.score,
        url,
        signals: verdict.signals.slice(0, MAX_SIGNALS),
        detectMs,
      };
      await deps.tabState.set(tabId, state);
      await deps.showState(tabId, state);
      const host = hostOf(url);
      if (host && (await deps.sitePrefs.isRemembered(host))) {
        // The user asked for this site to be shown without clutter; a failure here only means it stays.
        await deps.runCleaner(tabId, 'hide', null).catch(() => undefined);
      }
      return null;
    },

    getTabState: ({ tabId }) => deps.tabState.get(tabId),

    async getArticle({ tabId, force }): Promise<ArticleView> {
      const url = await scriptableUrl(deps, tabId);
      const outcome = await deps.runCleaner(tabId, 'extract', { force });
      switch (outcome.status) {
        case 'article':
          return { ...outcome, clutter: await clutterState(deps, tabId, url) };
        case 'not-article':
          return { status: 'not-article', verdict: outcome.verdict, url: url ?? '' };
        case 'restricted':
          throw new ReplyFailure('restricted', outcome.message);
        case 'failed':
          throw new ReplyFailure(outcome.reason, outcome.message);
      }
    },

    async setClutter({ tabId, hidden, remember }) {
      const url = await scriptableUrl(deps, tabId);
      const status = await deps.runCleaner(tabId, hidden ? 'hide' : 'restore', null);
      const host = hostOf(url);
      // Remembering means "hide automatically here": restoring the clutter forgets the site.
      const remembered = host !== '' && remember && hidden;
      if (host) await deps.sitePrefs.setRemembered(host, remembered);
      return { ...status, remembered, host };
    },

    async openReader({ tabId, force }) {
      await deps.tabUrl(tabId);
      return { readerTabId: await deps.openReaderTab(tabId, force ?? false) };
    },
  };
}
