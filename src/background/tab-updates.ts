// What the background does when a tab loads or changes URL: a verdict for another URL is dropped,
// and a page left without one gets the detector injected. That catches a single-page app's moves
// (no new document, so no content script runs again) and pages that loaded before the detector's
// registration was in place. Sites marked "never run" get nothing.
import type { Tabs } from 'webextension-polyfill';
import type { TabState } from '../messages';
import type { SitePrefs } from './site-prefs';
import type { TabStateStore } from './tab-state';

export interface TabUpdateDeps {
  tabState: TabStateStore;
  sitePrefs: Pick<SitePrefs, 'stateFor'>;
  showState(tabId: number, state: TabState | null): Promise<void>;
  /** Runs detector.js in the tab's top frame. */
  injectDetector(tabId: number): Promise<void>;
}

export type TabUpdateHandler = (tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => Promise<void>;

export function createTabUpdateHandler(deps: TabUpdateDeps): TabUpdateHandler {
  return async (tabId, change, tab) => {
    if (change.status === undefined && change.url === undefined) return;
    const stored = await deps.tabState.get(tabId);
    const stale = stored !== null && stored.url !== tab.url;
    if (stale) {
      await deps.tabState.clear(tabId);
      await deps.showState(tabId, null);
    }
    if (tab.status !== 'complete' || (stored !== null && !stale) || !/^https?:/.test(tab.url ?? '')) return;
    // The detector runs once per URL, so a regular load whose content script already ran is not judged twice.
    if ((await deps.sitePrefs.stateFor(tab.url)).neverRun) return;
    await deps.injectDetector(tabId);
  };
}
