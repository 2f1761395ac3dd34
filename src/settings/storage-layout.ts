// How Settings map onto storage.sync items. One item per field, one per site's choices and one per
// site's kept blocks, because storage.sync caps each item at 8 KB and because a corrupt item then
// costs only itself.
import type { Settings } from './schema';
import { SETTINGS_VERSION, defaultSettings } from './schema';
import { LEGACY_V0_KEY, migrateV0 } from './migrate-v0';
import type { SettingsIssue } from './validate';
import { addKeptBlocks, addSite, validateBoolean, validateReading } from './validate';

export const KEYS = {
  version: 'settingsVersion',
  reading: 'reading',
  showImages: 'showImages',
  relatedSummaries: 'relatedSummaries',
} as const;

export const SITE_PREFIX = 'site:';
export const KEEP_PREFIX = 'keep:';

export function siteKey(host: string): string {
  return SITE_PREFIX + host;
}

export function keepKey(host: string): string {
  return KEEP_PREFIX + host;
}

/** True for the items of the per-site maps (choices and kept blocks). */
export function isSiteItemKey(key: string): boolean {
  return key.startsWith(SITE_PREFIX) || key.startsWith(KEEP_PREFIX);
}

/** True for every storage key this module reads or writes (the legacy one included). */
export function isSettingsKey(key: string): boolean {
  return isSiteItemKey(key) || key === LEGACY_V0_KEY || Object.values<string>(KEYS).includes(key);
}

export interface ReadResult {
  settings: Settings;
  issues: SettingsIssue[];
  /** True when the items were in the version-0 format and should be rewritten. */
  migratedFromV0: boolean;
}

/** Settings from everything in the storage area; never throws, whatever the items hold. */
export function settingsFromItems(items: Record<string, unknown>): ReadResult {
  const issues: SettingsIssue[] = [];
  const has = (key: string): boolean => Object.hasOwn(items, key);
  const version = items[KEYS.version];
  const migratedFromV0 = !has(KEYS.version) && has(LEGACY_V0_KEY);
  const settings = migratedFromV0 ? migrateV0(items[LEGACY_V0_KEY], issues) : defaultSettings();
  if (has(KEYS.version) && version !== SETTINGS_VERSION) {
    // A newer version may have added fields; read the ones we know, each on its own.
    issues.push({ field: KEYS.version, reason: `unknown version ${JSON.stringify(version)}` });
  }
  if (has(KEYS.reading)) settings.reading = validateReading(items[KEYS.reading], issues);
  settings.showImages = validateBoolean(items[KEYS.showImages], settings.showImages, KEYS.showImages, issues);
  settings.relatedSummaries = validateBoolean(
    items[KEYS.relatedSummaries],
    settings.relatedSummaries,
    KEYS.relatedSummaries,
    issues,
  );
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(SITE_PREFIX)) addSite(settings.sites, key.slice(SITE_PREFIX.length), value, issues);
    else if (key.startsWith(KEEP_PREFIX)) addKeptBlocks(settings.keep, key.slice(KEEP_PREFIX.length), value, issues);
  }
  return { settings, issues, migratedFromV0 };
}

/** Every storage item for a full Settings object. */
export function itemsFromSettings(settings: Settings): Record<string, unknown> {
  const items: Record<string, unknown> = {
    [KEYS.version]: SETTINGS_VERSION,
    [KEYS.reading]: { ...settings.reading },
    [KEYS.showImages]: settings.showImages,
    [KEYS.relatedSummaries]: settings.relatedSummaries,
  };
  for (const [host, choices] of Object.entries(settings.sites)) items[siteKey(host)] = { ...choices };
  for (const [host, blocks] of Object.entries(settings.keep)) items[keepKey(host)] = blocks.map((block) => ({ ...block }));
  return items;
}
