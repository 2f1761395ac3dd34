// Field-by-field validation of settings from an untrusted source (storage, an imported file).
// Each field is judged on its own: a bad value falls back to its default and is reported; nothing else is lost.
import type { FontFamily, NumberBounds, ReadingPrefs, Settings, SiteChoices, Theme } from './schema';
import { BOUNDS, DEFAULT_READING, DEFAULT_SITE_CHOICES, FONTS, MAX_SITES, SITE_CHOICE_KEYS, THEMES, defaultSettings } from './schema';
import { isRecord } from '../guards';
import { normalizeHost } from './site-host';

/** One value that was rejected and replaced by its default. */
export interface SettingsIssue {
  field: string;
  reason: string;
}

export function readTheme(value: unknown): Theme | undefined {
  return THEMES.find((theme) => theme === value);
}

export function readFont(value: unknown): FontFamily | undefined {
  return FONTS.find((font) => font === value);
}

/** A finite number inside the bounds, rounded to two decimals (storage round-trips can add noise). */
export function readBoundedNumber(value: unknown, bounds: NumberBounds): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (value < bounds.min || value > bounds.max) return undefined;
  return Math.round(value * 100) / 100;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** How each reading field is read from an unknown value (undefined when it is not valid). */
const READING_READERS: { [K in keyof ReadingPrefs]: (value: unknown) => ReadingPrefs[K] | undefined } = {
  theme: readTheme,
  font: readFont,
  fontSize: (v) => readBoundedNumber(v, BOUNDS.fontSize),
  lineWidth: (v) => readBoundedNumber(v, BOUNDS.lineWidth),
  lineHeight: (v) => readBoundedNumber(v, BOUNDS.lineHeight),
};

function setReading<K extends keyof ReadingPrefs>(prefs: ReadingPrefs, key: K, value: unknown, issues: SettingsIssue[], field: string): void {
  const parsed = READING_READERS[key](value);
  if (parsed === undefined) issues.push({ field: `${field}.${key}`, reason: `invalid value (${describe(value)})` });
  else prefs[key] = parsed;
}

/** `base` with the valid reading fields of `source` applied; each invalid one is reported and left as it was. */
export function mergeReading(base: Readonly<ReadingPrefs>, source: Record<string, unknown>, issues: SettingsIssue[], field = 'reading'): ReadingPrefs {
  const reading: ReadingPrefs = { ...base };
  for (const key of Object.keys(READING_READERS) as (keyof ReadingPrefs)[]) {
    if (Object.hasOwn(source, key)) setReading(reading, key, source[key], issues, field);
  }
  return reading;
}

/** Reading prefs from an unknown value; each of the five fields falls back on its own. */
export function validateReading(value: unknown, issues: SettingsIssue[], field = 'reading'): ReadingPrefs {
  if (value === undefined) return { ...DEFAULT_READING };
  if (!isRecord(value)) {
    issues.push({ field, reason: `expected an object, got ${describe(value)}` });
    return { ...DEFAULT_READING };
  }
  return mergeReading(DEFAULT_READING, value, issues, field);
}

export function validateBoolean(value: unknown, fallback: boolean, field: string, issues: SettingsIssue[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  issues.push({ field, reason: `expected true or false, got ${describe(value)}` });
  return fallback;
}

/** One site's choices; a non-boolean flag counts as "off" and is reported. Null when nothing is usable. */
export function validateSiteChoices(value: unknown, field: string, issues: SettingsIssue[]): SiteChoices | null {
  if (!isRecord(value)) {
    issues.push({ field, reason: `expected an object, got ${describe(value)}` });
    return null;
  }
  const choices: SiteChoices = { ...DEFAULT_SITE_CHOICES };
  for (const key of SITE_CHOICE_KEYS) choices[key] = validateBoolean(value[key], false, `${field}.${key}`, issues);
  return choices;
}

/** The per-site map: bad host names and bad entries are dropped one by one; at most MAX_SITES kept. */
export function validateSites(value: unknown, issues: SettingsIssue[]): Record<string, SiteChoices> {
  const sites: Record<string, SiteChoices> = {};
  if (value === undefined) return sites;
  if (!isRecord(value)) {
    issues.push({ field: 'sites', reason: `expected an object, got ${describe(value)}` });
    return sites;
  }
  for (const [rawHost, entry] of Object.entries(value)) {
    addSite(sites, rawHost, entry, issues);
  }
  return sites;
}

/** The issue field of a site entry, named by its host as written. */
function siteField(rawHost: string): string {
  return `sites[${JSON.stringify(rawHost.slice(0, 80))}]`;
}

/** The site key of a host as typed or stored, or null (and an issue) when it names no host. */
export function siteKeyOf(rawHost: string, issues: SettingsIssue[]): string | null {
  const host = normalizeHost(rawHost);
  if (host === null) issues.push({ field: siteField(rawHost), reason: 'not a host name' });
  return host;
}

/** True when `sites` can take an entry for `host`: it has one already, or fewer than MAX_SITES. */
export function hasRoomForSite(sites: Readonly<Record<string, SiteChoices>>, host: string): boolean {
  return Object.hasOwn(sites, host) || Object.keys(sites).length < MAX_SITES;
}

/**
 * Validates one entry and adds it to `sites` under its site key: a bad host, a bad entry or one site
 * more than MAX_SITES is reported and not added. The one path for loading, migrating and saving a site.
 */
export function addSite(sites: Record<string, SiteChoices>, rawHost: string, entry: unknown, issues: SettingsIssue[]): void {
  const host = siteKeyOf(rawHost, issues);
  if (host === null) return;
  if (!hasRoomForSite(sites, host)) {
    issues.push({ field: siteField(rawHost), reason: `more than ${MAX_SITES} sites` });
    return;
  }
  const choices = validateSiteChoices(entry, siteField(rawHost), issues);
  // An entry with every choice off is kept: the user listed the site and may tick a box later.
  if (choices) sites[host] = choices;
}

/** A whole Settings object (the export format) from an unknown value. */
export function validateSettingsObject(value: unknown, issues: SettingsIssue[]): Settings {
  const settings = defaultSettings();
  if (!isRecord(value)) {
    issues.push({ field: '(root)', reason: `expected an object, got ${describe(value)}` });
    return settings;
  }
  settings.reading = validateReading(value['reading'], issues);
  settings.showImages = validateBoolean(value['showImages'], settings.showImages, 'showImages', issues);
  settings.relatedSummaries = validateBoolean(value['relatedSummaries'], settings.relatedSummaries, 'relatedSummaries', issues);
  settings.sites = validateSites(value['sites'], issues);
  return settings;
}
