// Field-by-field validation of settings from an untrusted source (storage, an imported file).
// Each field is judged on its own: a bad value falls back to its default and is reported; nothing else is lost.
import type { FontFamily, NumberBounds, ReadingPrefs, Settings, SiteChoices, Theme } from './schema';
import { BOUNDS, DEFAULT_READING, FONTS, MAX_SITES, SITE_CHOICE_KEYS, THEMES, defaultSettings } from './schema';
import { normalizeHost } from './site-host';

/** One value that was rejected and replaced by its default. */
export interface SettingsIssue {
  field: string;
  reason: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** Reading prefs from an unknown value; each of the five fields falls back on its own. */
export function validateReading(value: unknown, issues: SettingsIssue[], field = 'reading'): ReadingPrefs {
  const reading: ReadingPrefs = { ...DEFAULT_READING };
  if (value === undefined) return reading;
  if (!isRecord(value)) {
    issues.push({ field, reason: `expected an object, got ${describe(value)}` });
    return reading;
  }
  const pick = <K extends keyof ReadingPrefs>(key: K, read: (v: unknown) => ReadingPrefs[K] | undefined): void => {
    if (!Object.hasOwn(value, key)) return;
    const parsed = read(value[key]);
    if (parsed === undefined) issues.push({ field: `${field}.${key}`, reason: `invalid value (${describe(value[key])})` });
    else reading[key] = parsed;
  };
  pick('theme', readTheme);
  pick('font', readFont);
  pick('fontSize', (v) => readBoundedNumber(v, BOUNDS.fontSize));
  pick('lineWidth', (v) => readBoundedNumber(v, BOUNDS.lineWidth));
  pick('lineHeight', (v) => readBoundedNumber(v, BOUNDS.lineHeight));
  return reading;
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
  const choices: SiteChoices = { alwaysHideClutter: false, neverRun: false, autoOpenReader: false };
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

/** Validates one entry and adds it to `sites` (used for the map and for one-key-per-site storage). */
export function addSite(sites: Record<string, SiteChoices>, rawHost: string, entry: unknown, issues: SettingsIssue[]): void {
  const host = normalizeHost(rawHost);
  const field = `sites[${JSON.stringify(rawHost.slice(0, 80))}]`;
  if (host === null) {
    issues.push({ field, reason: 'not a host name' });
    return;
  }
  if (Object.keys(sites).length >= MAX_SITES && !Object.hasOwn(sites, host)) {
    issues.push({ field, reason: `more than ${MAX_SITES} sites` });
    return;
  }
  const choices = validateSiteChoices(entry, field, issues);
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
