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
  };
  action: {
    getTitle(details: { tabId: number }): Promise<string>;
    getBadgeText(details: { tabId: number }): Promise<string>;
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { version: string; name: string };
  };
}

/** `chrome.*` (Chromium) or `browser.*` (Firefox) inside an evaluate() callback. */
export type ExtGlobal = { chrome?: ExtApi; browser?: ExtApi };
