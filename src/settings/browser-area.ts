// The extension's settings storage: browser.storage.sync through webextension-polyfill.
// Kept apart from settings-store.ts so that tests never load the polyfill.
import browser from 'webextension-polyfill';
import type { Settings } from './schema';
import type { SettingsArea } from './settings-store';
import { loadSettings } from './settings-store';
import { isSettingsKey } from './storage-layout';

/** browser.storage.sync as a SettingsArea. */
export function syncArea(): SettingsArea {
  return browser.storage.sync;
}

/** Calls `listener` with fresh settings whenever another page changes them; returns an unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void, area: SettingsArea = syncArea()): () => void {
  const onChanged = (changes: Record<string, unknown>, areaName: string): void => {
    if (areaName !== 'sync' || !Object.keys(changes).some(isSettingsKey)) return;
    void loadSettings(area).then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
