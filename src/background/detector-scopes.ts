// Where the detector content script may run, as match patterns built from the per-site choices:
// everywhere on http(s) except the sites marked "never run". The browser then does not inject it
// into those pages at all (src/background/detector-registration.ts registers these scopes).
//
// A site key covers the host and its subdomains, and the closest entry wins (src/settings/site-host.ts):
// "example.com: never run" with "news.example.com: hide clutter" means the detector runs on
// news.example.com but on no other page of example.com. excludeMatches cannot re-include, so such an
// exception is a scope of its own: it matches the exception's site and excludes what is off inside it.
import type { SiteChoices } from '../settings/schema';
import { siteKeysFor } from '../settings/site-host';

/** Where one registration of the detector runs. */
export interface DetectorScope {
  /** Registration id: 'detector' for the whole web, 'detector:<site>' for an exception inside a never-run site. */
  id: string;
  matches: string[];
  excludeMatches: string[];
}

export const DETECTOR_SCOPE_ID = 'detector';
/** Every http(s) page, as the manifest's content_scripts entry used to say. */
export const ALL_PAGES: readonly string[] = ['http://*/*', 'https://*/*'];

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The match patterns for every page a site key covers, over http and https (`*` is those two
 * schemes; Firefox adds ws/wss, where no content script runs). A key of two or more labels covers
 * its subdomains, and `*.example.com` matches example.com itself too. A one-label key ("localhost")
 * covers only itself and its `www.` form (siteKeysFor never climbs to one label; normalizeHost drops
 * `www.`), and an IPv4 address has no subdomains. Match patterns carry no port: a key covers the
 * host on every port, as the site keys do.
 */
export function sitePatterns(site: string): string[] {
  if (IPV4.test(site)) return [`*://${site}/*`];
  if (!site.includes('.')) return [`*://${site}/*`, `*://www.${site}/*`];
  return [`*://*.${site}/*`];
}

/** The entry whose choices a site inherits when its own entry is left out, or null (the defaults). */
function parentSite(sites: Record<string, SiteChoices>, site: string): string | null {
  return siteKeysFor(site).slice(1).find((key) => Object.hasOwn(sites, key)) ?? null;
}

/**
 * The detector's scopes for the per-site choices: one for the whole web that leaves out each
 * never-run site, and one per site that turns the detector on again inside a never-run site.
 * A page falls into at most one scope, so the detector is never injected twice by registration.
 */
export function detectorScopes(sites: Record<string, SiteChoices>): DetectorScope[] {
  const neverRun = (site: string | null): boolean => site !== null && sites[site]?.neverRun === true;
  // Only entries where "never run" flips matter: a site turned off under a running parent (or the
  // whole web), or turned on again under an off one. The rest inherit what their parent does.
  const flips = Object.keys(sites)
    .filter((site) => neverRun(site) !== neverRun(parentSite(sites, site)))
    .sort();
  /** The closest flip above `site` that turns the detector on again, or null for the whole web. */
  const enclosingScope = (site: string): string | null => {
    for (let parent = parentSite(sites, site); parent !== null; parent = parentSite(sites, parent)) {
      if (flips.includes(parent) && !neverRun(parent)) return parent;
    }
    return null;
  };
  return [null, ...flips.filter((site) => !neverRun(site))].map((root) => ({
    id: root === null ? DETECTOR_SCOPE_ID : `${DETECTOR_SCOPE_ID}:${root}`,
    matches: root === null ? [...ALL_PAGES] : sitePatterns(root),
    excludeMatches: flips.filter((site) => neverRun(site) && enclosingScope(site) === root).flatMap(sitePatterns),
  }));
}
