// The per-site choices as the background uses them: read from and written to the settings' one
// per-site map (src/settings, storage.sync), the same store the options page edits. "Remember for
// this site" in the popup is the `alwaysHideClutter` choice there.
import type { SiteChoiceName, SiteState } from '../messages';
import type { SettingsArea } from '../settings/settings-store';
import { loadSettings, saveSettings } from '../settings/settings-store';
import type { Settings } from '../settings/schema';
import { hasAnyChoice, normalizeHost, siteChoicesFor } from '../settings/site-host';
import type { StorageAreaLike } from './tab-state';

export interface SitePrefs {
  /** The choices that apply to a page (its host's entry, else a parent domain's, else the defaults). */
  stateFor(url: string | undefined): Promise<SiteState>;
  /** Changes one choice for the page's host; returns the choices that apply afterwards. */
  set(url: string | undefined, choice: SiteChoiceName, value: boolean): Promise<SiteState>;
}

/** The host a preference is stored under ("www." dropped, as the options page does); '' for pages without one. */
export function hostOf(url: string | undefined): string {
  if (!url || !/^https?:/i.test(url)) return '';
  return normalizeHost(url) ?? '';
}

function stateOf(settings: Pick<Settings, 'sites'>, host: string): SiteState {
  return { host, ...siteChoicesFor(settings, host) };
}

export function createSitePrefs(area: SettingsArea): SitePrefs {
  return {
    async stateFor(url) {
      const host = hostOf(url);
      if (!host) return stateOf({ sites: {} }, '');
      return stateOf(await loadSettings(area), host);
    },
    async set(url, choice, value) {
      const host = hostOf(url);
      if (!host) return stateOf({ sites: {} }, '');
      const settings = await loadSettings(area);
      const next = { ...siteChoicesFor(settings, host), [choice]: value };
      // An all-off entry is dropped unless a parent domain's entry would then apply instead.
      const { [host]: _own, ...others } = settings.sites;
      const inherited = siteChoicesFor({ sites: others }, host);
      const keep = hasAnyChoice(next) || hasAnyChoice(inherited);
      const saved = await saveSettings(area, { sites: { [host]: keep ? next : null } });
      return stateOf(saved, host);
    },
  };
}

/**
 * Where the first releases kept "Remember for this site" (a host list in storage.local), before the
 * per-site settings existed; migrateLegacyHideHosts moves it over once.
 */
export const LEGACY_HIDE_KEY = 'hideClutterHosts';

/** Moves the old storage.local host list into the settings' per-site map, once (on install/update). */
export async function migrateLegacyHideHosts(local: StorageAreaLike, sync: SettingsArea): Promise<number> {
  const value = (await local.get(LEGACY_HIDE_KEY))[LEGACY_HIDE_KEY];
  if (value === undefined) return 0;
  const hosts = Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
  const prefs = createSitePrefs(sync);
  let moved = 0;
  for (const host of hosts) {
    if (!normalizeHost(host)) continue;
    await prefs.set(`https://${host}/`, 'alwaysHideClutter', true);
    moved += 1;
  }
  await local.remove(LEGACY_HIDE_KEY);
  return moved;
}
