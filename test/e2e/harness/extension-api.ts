// The few extension APIs the tests call inside the browser (service worker or extension page).
// Only types: functions passed to evaluate() reach them through `globalThis`, narrowed with these.

export interface ExtTab {
  id?: number;
  url?: string;
  title?: string;
  active?: boolean;
  windowId?: number;
}

export interface ExtApi {
  tabs: {
    query(queryInfo: Record<string, unknown>): Promise<ExtTab[]>;
    update(tabId: number, props: Record<string, unknown>): Promise<ExtTab>;
    onCreated: { addListener(listener: (tab: ExtTab & { pendingUrl?: string }) => void): void };
  };
  action: {
    getTitle(details: { tabId: number }): Promise<string>;
    getBadgeText(details: { tabId: number }): Promise<string>;
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { version: string; name: string };
    onMessage: { addListener(listener: (message: unknown, sender: { tab?: ExtTab; frameId?: number }) => void): void };
  };
  storage: {
    /** Where the background keeps each tab's verdict (src/background/tab-state.ts). */
    session: { set(items: Record<string, unknown>): Promise<void> };
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; func?: () => unknown; files?: string[] }): Promise<Array<{ result?: unknown }>>;
    getRegisteredContentScripts(): Promise<ExtRegisteredScript[]>;
  };
}

export interface ExtRegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
}

/** `chrome.*` (Chromium) or `browser.*` (Firefox) inside an evaluate() callback. */
export type ExtGlobal = { chrome?: ExtApi; browser?: ExtApi };

/**
 * A tab's stored verdict as if the detector had said "article" about `url` (a distinctive score), for
 * the tests that check that a click hands the toolbar's verdict to the cleaner.
 */
export function articleVerdictFor(url: string): Record<string, unknown> {
  return { isArticle: true, score: 9.87, url, signals: [{ name: 'prior', weight: -1.42 }] };
}
