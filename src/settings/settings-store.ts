// Loading and saving settings through a storage area. The area is an interface so that tests use an
// in-memory fake and the extension passes browser.storage.sync (browser-area.ts).
import type { ReadingPrefs, Settings, SiteChoices } from './schema';
import { normalizeHost } from './site-host';
import type { ReadResult } from './storage-layout';
import { KEYS, SITE_PREFIX, itemsFromSettings, settingsFromItems, siteKey } from './storage-layout';
import { LEGACY_V0_KEY } from './migrate-v0';
import type { SettingsIssue } from './validate';
import { isRecord } from '../guards';
import { addSite, mergeReading, siteKeyOf } from './validate';

/** The part of browser.storage.StorageArea that settings need. */
export interface SettingsArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A change to some settings; a site set to null is removed. */
export interface SettingsPatch {
  reading?: Partial<ReadingPrefs>;
  showImages?: boolean;
  relatedSummaries?: boolean;
  sites?: Record<string, SiteChoices | null>;
}

/** Thrown by saveSettings for a patch that would store an invalid value; nothing is written then. */
export class InvalidSettingsError extends Error {
  constructor(readonly issues: SettingsIssue[]) {
    super(`Invalid settings: ${issues.map((i) => `${i.field}: ${i.reason}`).join('; ')}`);
    this.name = 'InvalidSettingsError';
  }
}

/**
 * Settings with what was wrong in storage. Never throws: unreadable storage yields the defaults and an
 * issue. Version-0 items are rewritten in the current format (best effort).
 */
export async function loadSettingsReport(area: SettingsArea): Promise<ReadResult> {
  let items: Record<string, unknown>;
  try {
    const raw: unknown = await area.get(null);
    items = isRecord(raw) ? raw : {};
  } catch (error) {
    const result = settingsFromItems({});
    result.issues.push({ field: '(storage)', reason: error instanceof Error ? error.message : String(error) });
    return result;
  }
  const result = settingsFromItems(items);
  if (result.migratedFromV0) {
    try {
      await area.set(itemsFromSettings(result.settings));
      await area.remove(LEGACY_V0_KEY);
    } catch {
      // Reading still works from the old key next time; the rewrite is only an optimisation.
    }
  }
  return result;
}

/** The user's settings; every field that is missing or invalid in storage is its default. */
export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return (await loadSettingsReport(area)).settings;
}

/** Applies a patch to settings in memory; invalid values are reported in `issues` and not applied. */
export function applyPatch(current: Settings, patch: SettingsPatch, issues: SettingsIssue[]): Settings {
  const next: Settings = { ...current, reading: { ...current.reading }, sites: { ...current.sites } };
  if (patch.reading) next.reading = mergeReading(current.reading, patch.reading, issues);
  for (const key of ['showImages', 'relatedSummaries'] as const) {
    const value = patch[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') next[key] = value;
    else issues.push({ field: key, reason: 'expected true or false' });
  }
  for (const [rawHost, choices] of Object.entries(patch.sites ?? {})) {
    if (choices !== null) {
      addSite(next.sites, rawHost, choices, issues);
      continue;
    }
    const host = siteKeyOf(rawHost, issues);
    if (host !== null) delete next.sites[host];
  }
  return next;
}

/** Saves a change and returns the settings now stored. Rejects with InvalidSettingsError for bad values. */
export async function saveSettings(area: SettingsArea, patch: SettingsPatch): Promise<Settings> {
  const current = await loadSettings(area);
  const issues: SettingsIssue[] = [];
  const next = applyPatch(current, patch, issues);
  if (issues.length > 0) throw new InvalidSettingsError(issues);
  const items: Record<string, unknown> = { [KEYS.version]: next.version };
  if (patch.reading) items[KEYS.reading] = { ...next.reading };
  if (patch.showImages !== undefined) items[KEYS.showImages] = next.showImages;
  if (patch.relatedSummaries !== undefined) items[KEYS.relatedSummaries] = next.relatedSummaries;
  const removed: string[] = [];
  for (const rawHost of Object.keys(patch.sites ?? {})) {
    const host = normalizeHost(rawHost) ?? '';
    const choices = next.sites[host];
    if (choices) items[siteKey(host)] = { ...choices };
    else removed.push(siteKey(host));
  }
  await area.set(items);
  if (removed.length > 0) await area.remove(removed);
  return next;
}

/** Stores exactly these settings (an import): every field written, sites not in them removed. */
export async function replaceSettings(area: SettingsArea, settings: Settings): Promise<void> {
  const items = itemsFromSettings(settings);
  const existing = await area.get(null);
  const stale = Object.keys(existing).filter(
    (key) => (key.startsWith(SITE_PREFIX) && !Object.hasOwn(items, key)) || key === LEGACY_V0_KEY,
  );
  await area.set(items);
  if (stale.length > 0) await area.remove(stale);
}
