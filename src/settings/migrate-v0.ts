// Version 0 kept everything in one storage key, "prefs", in a looser shape:
//   { theme: 'light'|'dark'|'sepia'|'auto', fontFamily: 'serif'|'sans-serif', fontSize: '18px' | 18,
//     contentWidth: 'narrow'|'medium'|'wide', lineSpacing: 'compact'|'normal'|'loose',
//     hideImages: boolean, sites: { [host]: 'hide-clutter' | 'never' | 'auto-open' } }
// Each old field converts on its own; what cannot be read is reported and left at the default.
import type { ReadingPrefs, Settings, SiteChoices } from './schema';
import { BOUNDS, defaultSettings } from './schema';
import { normalizeHost } from './site-host';
import type { SettingsIssue } from './validate';
import { isRecord } from '../guards';
import { addSite, readBoundedNumber, readFont, readTheme } from './validate';

export const LEGACY_V0_KEY = 'prefs';

const WIDTHS: Record<string, number> = { narrow: 56, medium: 68, wide: 84 };
const SPACINGS: Record<string, number> = { compact: 1.4, normal: 1.6, loose: 1.9 };
const SITE_MODES: Record<string, keyof SiteChoices> = {
  'hide-clutter': 'alwaysHideClutter',
  never: 'neverRun',
  'auto-open': 'autoOpenReader',
};

function lookup(table: Record<string, number>, value: unknown): number | undefined {
  return typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : undefined;
}

function legacyFontSize(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(/^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(value)?.[1]) : value;
  return readBoundedNumber(number, BOUNDS.fontSize);
}

/** Converts a version-0 "prefs" value into current settings. */
export function migrateV0(prefs: unknown, issues: SettingsIssue[]): Settings {
  const settings = defaultSettings();
  if (!isRecord(prefs)) {
    issues.push({ field: LEGACY_V0_KEY, reason: 'expected an object' });
    return settings;
  }
  const take = <K extends keyof ReadingPrefs>(from: string, to: K, read: (v: unknown) => ReadingPrefs[K] | undefined): void => {
    if (!Object.hasOwn(prefs, from)) return;
    const value = read(prefs[from]);
    if (value === undefined) issues.push({ field: `${LEGACY_V0_KEY}.${from}`, reason: 'unreadable old value' });
    else settings.reading[to] = value;
  };
  take('theme', 'theme', (v) => (v === 'auto' ? 'system' : readTheme(v)));
  take('fontFamily', 'font', (v) => (v === 'sans-serif' ? 'sans' : readFont(v)));
  take('fontSize', 'fontSize', legacyFontSize);
  take('contentWidth', 'lineWidth', (v) => lookup(WIDTHS, v));
  take('lineSpacing', 'lineHeight', (v) => lookup(SPACINGS, v));
  if (Object.hasOwn(prefs, 'hideImages')) {
    if (typeof prefs['hideImages'] === 'boolean') settings.showImages = !prefs['hideImages'];
    else issues.push({ field: `${LEGACY_V0_KEY}.hideImages`, reason: 'unreadable old value' });
  }
  const sites = prefs['sites'];
  if (isRecord(sites)) {
    for (const [host, mode] of Object.entries(sites)) {
      const key = typeof mode === 'string' && Object.hasOwn(SITE_MODES, mode) ? SITE_MODES[mode] : undefined;
      if (key === undefined) {
        issues.push({ field: `${LEGACY_V0_KEY}.sites`, reason: 'unreadable old site entry' });
        continue;
      }
      const existing = settings.sites[normalizeHost(host) ?? ''];
      addSite(settings.sites, host, { ...existing, [key]: true }, issues);
    }
  } else if (sites !== undefined) {
    issues.push({ field: `${LEGACY_V0_KEY}.sites`, reason: 'expected an object' });
  }
  return settings;
}
