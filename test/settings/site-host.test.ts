import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { governingSiteKey, normalizeHost, siteChoicesFor, siteKeysFor } from '../../src/settings/site-host';

describe('normalizeHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/news/1?utm_source=x', 'example.com'],
    ['http://news.example.co.uk:8080/', 'news.example.co.uk'],
    ['example.com.', 'example.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a host', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com', 'http://', '<script>', 'a_b.example', '-bad.example', 'x'.repeat(300)])(
    'rejects %j',
    (input) => {
      expect(normalizeHost(input)).toBeNull();
    },
  );
});

describe('siteChoicesFor', () => {
  const settings = defaultSettings();
  settings.sites['example.com'] = { alwaysHideClutter: true, neverRun: false, autoOpenReader: false };
  settings.sites['live.example.com'] = { alwaysHideClutter: false, neverRun: true, autoOpenReader: false };

  it('finds the host, then its closest parent domain', () => {
    expect(siteChoicesFor(settings, 'https://www.example.com/a').alwaysHideClutter).toBe(true);
    expect(siteChoicesFor(settings, 'https://news.example.com/a').alwaysHideClutter).toBe(true);
    expect(siteChoicesFor(settings, 'https://live.example.com/a')).toEqual({ alwaysHideClutter: false, neverRun: true, autoOpenReader: false });
    expect(siteChoicesFor(settings, 'https://a.live.example.com/').neverRun).toBe(true);
  });

  it('gives the defaults for other sites and unusable URLs', () => {
    const none = { alwaysHideClutter: false, neverRun: false, autoOpenReader: false };
    expect(siteChoicesFor(settings, 'https://example.org/')).toEqual(none);
    expect(siteChoicesFor(settings, 'https://com/')).toEqual(none);
    expect(siteChoicesFor(settings, 'chrome://settings')).toEqual(none);
  });

  it('returns a copy', () => {
    siteChoicesFor(settings, 'example.com').neverRun = true;
    expect(settings.sites['example.com']?.neverRun).toBe(false);
  });
});

describe('siteKeysFor and governingSiteKey', () => {
  it('lists the keys that could apply to a host, closest first, never a lone top-level label', () => {
    expect(siteKeysFor('a.news.example.com')).toEqual(['a.news.example.com', 'news.example.com', 'example.com']);
    expect(siteKeysFor('example.com')).toEqual(['example.com']);
    expect(siteKeysFor('localhost')).toEqual(['localhost']);
  });

  it('names the entry that applies to a page, or null', () => {
    const settings = defaultSettings();
    settings.sites['example.com'] = { alwaysHideClutter: false, neverRun: true, autoOpenReader: false };
    settings.sites['news.example.com'] = { alwaysHideClutter: true, neverRun: false, autoOpenReader: false };
    expect(governingSiteKey(settings, 'https://www.example.com/a')).toBe('example.com');
    expect(governingSiteKey(settings, 'https://live.news.example.com/a')).toBe('news.example.com');
    expect(governingSiteKey(settings, 'https://example.org/')).toBeNull();
    expect(governingSiteKey(settings, 'about:blank')).toBeNull();
  });
});
