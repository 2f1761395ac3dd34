// Turning what a user types (or a tab's URL) into the key the per-site map uses, and looking sites up.
import type { Settings, SiteChoices } from './schema';
import { DEFAULT_SITE_CHOICES, SITE_CHOICE_KEYS } from './schema';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** True for a lower-case DNS host name (IDN already in punycode) or a dotted IPv4 address; no port. */
export function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  return host.split('.').every((label) => LABEL.test(label));
}

/**
 * The site key for a host or URL: lower-case host name without a leading `www.`, or null when the
 * input names no usable host. Accepts "Example.com", "www.example.com", "https://example.com/a?b".
 */
export function normalizeHost(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > 2048) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let hostname: string;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    hostname = url.hostname;
  } catch {
    return null;
  }
  // URL keeps a trailing dot of a fully qualified name; the same site either way.
  const host = hostname.replace(/\.$/, '').replace(/^www\./, '');
  return isValidHost(host) ? host : null;
}

/**
 * The site keys whose entry would apply to a host, closest first: the host itself, then each parent
 * domain down to two labels ("a.news.example.com" → itself, "news.example.com", "example.com"; never
 * "com"). A single-label host ("localhost") is its only key.
 */
export function siteKeysFor(host: string): string[] {
  const labels = host.split('.');
  const keys: string[] = [];
  for (let i = 0; i < labels.length - 1 || i === 0; i += 1) keys.push(labels.slice(i).join('.'));
  return keys;
}

/** The key of the entry that applies to a page or host (see siteKeysFor), or null when none does. */
export function governingSiteKey(settings: Pick<Settings, 'sites'>, urlOrHost: string): string | null {
  const host = normalizeHost(urlOrHost);
  if (host === null) return null;
  return siteKeysFor(host).find((key) => Object.hasOwn(settings.sites, key)) ?? null;
}

/**
 * The choices that apply to a page: the entry for its host, else for the closest parent domain
 * ("example.com" covers "news.example.com"), else the defaults.
 */
export function siteChoicesFor(settings: Pick<Settings, 'sites'>, urlOrHost: string): SiteChoices {
  const key = governingSiteKey(settings, urlOrHost);
  const entry = key === null ? undefined : settings.sites[key];
  return entry ? { ...entry } : { ...DEFAULT_SITE_CHOICES };
}

/** True when an entry differs from the defaults. */
export function hasAnyChoice(choices: SiteChoices): boolean {
  return SITE_CHOICE_KEYS.some((key) => choices[key]);
}
