// Field-by-field validation of settings from an untrusted source (storage, an imported file).
// Each field is judged on its own: a bad value falls back to its default and is reported; nothing else is lost.
import type { FontFamily, KeptBlock, NumberBounds, ReadingPrefs, Settings, SiteChoices, Theme } from './schema';
import {
  BOUNDS, DEFAULT_READING, DEFAULT_SITE_CHOICES, FONTS, MAX_KEEP_SITES, MAX_KEPT_BLOCKS, MAX_KEPT_EXAMPLE_CHARS, MAX_KEPT_PER_SITE,
  MAX_SITES, SITE_CHOICE_KEYS, THEMES, defaultSettings,
} from './schema';
import { isRecord } from '../guards';
import { isKeepException } from '../core/keep';
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
function siteField(rawHost: string, map = 'sites'): string {
  return `${map}[${JSON.stringify(rawHost.slice(0, 80))}]`;
}

/** The site key of a host as typed or stored, or null (and an issue) when it names no host. */
export function siteKeyOf(rawHost: string, issues: SettingsIssue[], map = 'sites'): string | null {
  const host = normalizeHost(rawHost);
  if (host === null) issues.push({ field: siteField(rawHost, map), reason: 'not a host name' });
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

/** One kept block: a rule id and match as the core takes them (src/core/keep.ts), and a short example text. */
export function validateKeptBlock(value: unknown, field: string, issues: SettingsIssue[]): KeptBlock | null {
  if (!isRecord(value)) {
    issues.push({ field, reason: `expected an object, got ${describe(value)}` });
    return null;
  }
  // Other fields are ignored, as everywhere in the settings: a newer version may have added some.
  const exception = { ruleId: value['ruleId'], match: value['match'] };
  const example = value['example'] ?? '';
  if (!isKeepException(exception)) {
    issues.push({ field, reason: 'not a rule id and match' });
    return null;
  }
  if (typeof example !== 'string' || example.length > MAX_KEPT_EXAMPLE_CHARS) {
    issues.push({ field: `${field}.example`, reason: `expected text of at most ${MAX_KEPT_EXAMPLE_CHARS} characters` });
    return null;
  }
  return { ruleId: exception.ruleId, match: exception.match, example };
}

/** How many kept blocks all sites hold. */
function keptCount(keep: Readonly<Record<string, readonly KeptBlock[]>>): number {
  return Object.values(keep).reduce((sum, list) => sum + list.length, 0);
}

/**
 * Validates one site's list of kept blocks and stores it under the site key, replacing what was there:
 * a bad host or entry, a duplicate, a block more than MAX_KEPT_PER_SITE or MAX_KEPT_BLOCKS in all, or a
 * site more than MAX_KEEP_SITES is reported and left out; an empty list removes the site. The one path
 * for loading, importing and saving kept blocks.
 */
export function addKeptBlocks(keep: Record<string, KeptBlock[]>, rawHost: string, entry: unknown, issues: SettingsIssue[]): void {
  const host = siteKeyOf(rawHost, issues, 'keep');
  if (host === null) return;
  const field = siteField(rawHost, 'keep');
  if (!Array.isArray(entry)) {
    issues.push({ field, reason: `expected a list, got ${describe(entry)}` });
    return;
  }
  delete keep[host];
  if (Object.keys(keep).length >= MAX_KEEP_SITES) {
    if (entry.length > 0) issues.push({ field, reason: `more than ${MAX_KEEP_SITES} sites with kept blocks` });
    return;
  }
  let room = MAX_KEPT_BLOCKS - keptCount(keep);
  const list: KeptBlock[] = [];
  entry.forEach((value: unknown, i) => {
    const block = validateKeptBlock(value, `${field}[${i}]`, issues);
    if (!block || list.some((b) => b.ruleId === block.ruleId && b.match === block.match)) return;
    if (list.length >= MAX_KEPT_PER_SITE || room <= 0) {
      const reason = list.length >= MAX_KEPT_PER_SITE ? `more than ${MAX_KEPT_PER_SITE} kept blocks on one site` : `more than ${MAX_KEPT_BLOCKS} kept blocks in all`;
      issues.push({ field: `${field}[${i}]`, reason });
      return;
    }
    list.push(block);
    room -= 1;
  });
  if (list.length > 0) keep[host] = list;
}

/** The kept blocks by site, from an unknown value (the export format). */
export function validateKeep(value: unknown, issues: SettingsIssue[]): Record<string, KeptBlock[]> {
  const keep: Record<string, KeptBlock[]> = {};
  if (value === undefined) return keep;
  if (!isRecord(value)) {
    issues.push({ field: 'keep', reason: `expected an object, got ${describe(value)}` });
    return keep;
  }
  for (const [rawHost, entry] of Object.entries(value)) addKeptBlocks(keep, rawHost, entry, issues);
  return keep;
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
  settings.keep = validateKeep(value['keep'], issues);
  return settings;
}
