// Sites where the user asked to hide clutter automatically ("Remember for this site"), by host
// name, in storage.local so the choice survives restarts. Nothing else is stored.
import type { StorageAreaLike } from './tab-state';

const KEY = 'hideClutterHosts';

export interface SitePrefs {
  isRemembered(host: string): Promise<boolean>;
  setRemembered(host: string, remembered: boolean): Promise<void>;
}

async function readHosts(area: StorageAreaLike): Promise<string[]> {
  const value = (await area.get(KEY))[KEY];
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}

export function createSitePrefs(area: StorageAreaLike): SitePrefs {
  return {
    async isRemembered(host) {
      return (await readHosts(area)).includes(host);
    },
    async setRemembered(host, remembered) {
      const hosts = new Set(await readHosts(area));
      if (remembered === hosts.has(host)) return;
      if (remembered) hosts.add(host);
      else hosts.delete(host);
      await area.set({ [KEY]: [...hosts].sort() });
    },
  };
}

/** The host a preference is stored under; empty for pages without one (file:). */
export function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
