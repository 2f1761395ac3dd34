// What the background does when a tab loads or changes URL: a verdict for another URL is dropped,
// and a page left without one gets the detector injected. That catches a single-page app's moves
// where the page's own detector cannot see them (a browser without the navigation API; the
// injected copy then judges the new URL once the page settles, src/content/detector.ts) and pages
// that loaded before the detector's registration was in place. Sites marked "never run" get nothing.
//
// On a regular load the registered detector's verdict and the tab's "complete" arrive at about the
// same time, in either order (Chromium sends "loading"/"complete" for history.pushState moves too, so
// the events cannot tell the two cases apart). The handler therefore gives the verdict a short grace
// before it injects: without it, one page load in three or so ran the detector twice (seen in
// perf-detector traces: a second EvaluateScript of detector.js after the first had reported).
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
  /** Waits VERDICT_GRACE_MS (tests pass a promise that resolves at once). */
  grace(): Promise<void>;
}

/** How long a loaded page's own (registered) detector gets to report before the background injects one. */
export const VERDICT_GRACE_MS = 400;

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
    if ((await deps.sitePrefs.stateFor(tab.url)).neverRun) return;
    await deps.grace();
    // Judged meanwhile by the registered detector: injecting now would only run it again for nothing.
    if ((await deps.tabState.get(tabId))?.url === tab.url) return;
    await deps.injectDetector(tabId);
  };
}
