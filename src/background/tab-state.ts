// Per-tab detector state, kept in storage.session: a Chrome service worker is stopped after
// about 30 s idle and loses everything in memory, while the tabs and their icons live on.
import { isVerdict } from '../guards';
import type { TabState } from '../messages';

/** The slice of a storage area this store needs (storage.session, or a fake in tests). */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export interface TabStateStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  clear(tabId: number): Promise<void>;
}

const keyOf = (tabId: number): string => `tab:${tabId}`;

/** A stored verdict (guards.ts isVerdict) with the address it was reached on. */
function isTabState(x: unknown): x is TabState {
  return isVerdict(x) && typeof (x as { url?: unknown }).url === 'string';
}

export function createTabStateStore(area: StorageAreaLike): TabStateStore {
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const value = (await area.get(key))[key];
      return isTabState(value) ? value : null;
    },
    async set(tabId, state) {
      await area.set({ [keyOf(tabId)]: state });
    },
    async clear(tabId) {
      await area.remove(keyOf(tabId));
    },
  };
}
