// The detector's registered scopes: match patterns built from the per-site choices, so that the
// browser leaves the "never run" sites out. Checked against the settings' own lookup (siteChoicesFor)
// with a small match-pattern matcher, on hosts around every entry.
import { describe, expect, it } from 'vitest';
import { ALL_PAGES, detectorScopes, sitePatterns } from '../../src/background/detector-scopes';
import type { DetectorScope } from '../../src/background/detector-scopes';
import type { SiteChoices } from '../../src/settings/schema';
import { siteChoicesFor } from '../../src/settings/site-host';

const off: SiteChoices = { alwaysHideClutter: false, neverRun: true, autoOpenReader: false };
const on: SiteChoices = { alwaysHideClutter: true, neverRun: false, autoOpenReader: false };

/** Match-pattern semantics for the shapes we build: scheme `*`/http/https, host `*`, `*.x` or exact, path `/*`. */
function patternMatches(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!m) throw new Error(`unexpected pattern ${pattern}`);
  const [, scheme = '', host = ''] = m;
  const u = new URL(url);
  if (scheme === '*' ? !['http:', 'https:'].includes(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1));
  return u.hostname === host;
}

/** How many registrations would inject the detector into `url`. */
function injections(scopes: DetectorScope[], url: string): number {
  return scopes.filter(
    (s) => s.matches.some((p) => patternMatches(p, url)) && !s.excludeMatches.some((p) => patternMatches(p, url)),
  ).length;
}

describe('sitePatterns', () => {
  it.each([
    ['example.com', ['*://*.example.com/*']],
    ['news.example.co.uk', ['*://*.news.example.co.uk/*']],
    ['xn--bcher-kva.example', ['*://*.xn--bcher-kva.example/*']],
    // One label: the site key covers the host and its www. form only (siteKeysFor never climbs to one label).
    ['localhost', ['*://localhost/*', '*://www.localhost/*']],
    // An address has no subdomains.
    ['127.0.0.1', ['*://127.0.0.1/*']],
  ])('%s → %j', (site, patterns) => {
    expect(sitePatterns(site)).toEqual(patterns);
  });

  it('covers the host, www. and every subdomain, on http and https and any port, and nothing else', () => {
    const [pattern = ''] = sitePatterns('example.com');
    for (const url of ['https://example.com/', 'http://www.example.com:8080/a?b', 'https://a.b.example.com/x']) {
      expect(patternMatches(pattern, url), url).toBe(true);
    }
    for (const url of ['https://notexample.com/', 'https://example.com.evil.test/', 'ftp://example.com/']) {
      expect(patternMatches(pattern, url), url).toBe(false);
    }
  });
});

describe('detectorScopes', () => {
  it('is the whole web with nothing left out when no site says "never run"', () => {
    expect(detectorScopes({})).toEqual([{ id: 'detector', matches: ALL_PAGES, excludeMatches: [] }]);
    expect(detectorScopes({ 'news.test': on })).toEqual([{ id: 'detector', matches: ALL_PAGES, excludeMatches: [] }]);
  });

  it('leaves out each never-run site, once, whatever its other choices', () => {
    const scopes = detectorScopes({
      'b.test': { ...off, autoOpenReader: true },
      'a.test': off,
      localhost: off,
      'news.a.test': off, // already inside a.test
    });
    expect(scopes).toEqual([
      { id: 'detector', matches: ALL_PAGES, excludeMatches: ['*://*.a.test/*', '*://*.b.test/*', '*://localhost/*', '*://www.localhost/*'] },
    ]);
  });

  it('turns the detector on again for a subdomain whose own entry says so, as siteChoicesFor does', () => {
    const sites = { 'example.com': off, 'news.example.com': on, 'live.news.example.com': off, 'a.live.news.example.com': on };
    expect(detectorScopes(sites)).toEqual([
      { id: 'detector', matches: ALL_PAGES, excludeMatches: ['*://*.example.com/*'] },
      { id: 'detector:a.live.news.example.com', matches: ['*://*.a.live.news.example.com/*'], excludeMatches: [] },
      { id: 'detector:news.example.com', matches: ['*://*.news.example.com/*'], excludeMatches: ['*://*.live.news.example.com/*'] },
    ]);
  });

  it('injects the detector exactly where "never run" does not apply, and at most once', () => {
    const sites: Record<string, SiteChoices> = {
      'example.com': off,
      'news.example.com': on,
      'live.news.example.com': off,
      'x.live.news.example.com': on,
      'other.test': on,
      'sub.other.test': off,
      localhost: off,
      '127.0.0.1': off,
      '10.0.0.2': on,
      'co.uk': off,
      'bbc.co.uk': on,
    };
    const scopes = detectorScopes(sites);
    const hosts = new Set(['plain.test', 'localhost', 'app.localhost', '127.0.0.1', '10.0.0.2', '10.0.0.3', 'shop.co.uk', 'bbc.co.uk', 'www.bbc.co.uk']);
    for (const site of Object.keys(sites)) for (const prefix of ['', 'www.', 'a.', 'deep.a.']) hosts.add(prefix + site);
    // "www.127.0.0.1" and the like are no URL at all.
    for (const host of [...hosts].filter((h) => URL.canParse(`https://${h}/`))) {
      for (const url of [`https://${host}/story`, `http://${host}:8080/`]) {
        const expected = siteChoicesFor({ sites }, url).neverRun ? 0 : 1;
        expect(injections(scopes, url), url).toBe(expected);
      }
    }
    expect(injections(scopes, 'file:///tmp/a.html')).toBe(0);
  });
});
