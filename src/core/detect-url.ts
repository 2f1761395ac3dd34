// The detector's URL features (detect.ts), read from the address the page declares for itself: its
// <link rel="canonical">, else its og:url, else the address it was loaded from. A saved copy, a local
// mirror or a proxy shows the same page at another address (file:///…/story.html,
// http://127.0.0.1:8080/x.html): the page's own declaration says what it is wherever it is served,
// and a local or file address without one says nothing at all, not even "home page" (fixtures
// story-html-url and news-brief, issue 8).
import type { DetectFeature } from './detect.js';
import { DATED_ARCHIVE, URL_RULES } from './rules/detect-signals.js';

/** Hosts that serve a copy from this machine or the local network, never a site's own address. */
const LOCAL_HOST = /^(?:localhost|127\.|0\.0\.0\.0|\[::1?\]|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)|\.local(?:host)?$/;
const WORD_SEPARATOR = /[-_]+/;
const HAS_LETTER = /[a-z]/;
const EXTENSION = /\.\w+$/;
const WEB = /^https?:$/;

const ARTICLE_WORD = 'url-article-word';
const DATED = 'url-dated';
const DIGIT = /\d/;
/** A section's name in a path is one short word; a story's ends in a slug, an id or a date. */
const SECTION_NAME_MAX = 15;

/**
 * Whether a path ends in a section's name (world, local, politik, économie) rather than an item: its
 * last segment is one short word, and no segment holds a date or an id (/blog/2025/03/ferries is a post).
 */
function isSectionPath(path: string, last: string): boolean {
  return last !== '' && last.length <= SECTION_NAME_MAX && !DIGIT.test(path) && last.split(WORD_SEPARATOR).filter(Boolean).length === 1;
}

/** Where the path the URL features read came from. */
export type UrlSource = 'canonical' | 'og:url' | 'address';

/** The addresses a page declares for itself, as written: <link rel="canonical"> href and og:url. */
export interface DeclaredUrls {
  canonical: string | null;
  ogUrl: string | null;
}

function parse(href: string, base?: string): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/** Whether an address is a copy on this machine or the local network (a file, 127.0.0.1, localhost, a LAN host), never a site's own. */
export function isLocalAddress(address: string): boolean {
  const url = parse(address);
  return url !== null && (url.protocol === 'file:' || (WEB.test(url.protocol) && LOCAL_HOST.test(url.hostname)));
}

/** The address a page declares for itself, resolved: what the page's measure carries to the judge. */
export interface DeclaredUrl {
  href: string;
  source: Exclude<UrlSource, 'address'>;
}

/**
 * The page's declared canonical, else its og:url, resolved against its address; null when neither is
 * a web or file URL. Runs in the page (detect.ts measurePage): no regular expression, no rule table.
 */
export function declaredUrl(address: string, declared: DeclaredUrls): DeclaredUrl | null {
  const base = parse(address)?.href;
  for (const [href, source] of [[declared.canonical, 'canonical'], [declared.ogUrl, 'og:url']] as const) {
    if (!href?.trim()) continue;
    const url = parse(href, base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:')) return { href: url.href, source };
  }
  return null;
}

/**
 * The URL whose path the features read: the page's declared address (declaredUrl), else its address
 * when that is a public http(s) one; null when none says anything.
 */
function judged(address: string, declared: DeclaredUrl | null): { url: URL; source: UrlSource } | null {
  const url = declared ? parse(declared.href) : null;
  if (declared && url) return { url, source: declared.source };
  const base = parse(address);
  if (!base || !WEB.test(base.protocol) || LOCAL_HOST.test(base.hostname)) return null;
  return { url: base, source: 'address' };
}

/** judged's answer from the declarations as written (canonical href, og:url content). */
export function judgedUrl(address: string, canonical: string | null, ogUrl: string | null): { url: URL; source: UrlSource } | null {
  return judged(address, declaredUrl(address, { canonical, ogUrl }));
}

/**
 * Measures the URL features of the page's judged URL (none when it has no usable one), from the address
 * it was loaded from and what it declared (declaredUrl, read in the page): runs where the page is judged.
 */
export function urlFeatures(address: string, declared: DeclaredUrl | null, out: DetectFeature[]): void {
  const target = judged(address, declared);
  if (!target) return;
  const path = (target.url.pathname + target.url.search).toLowerCase();
  const from = target.source === 'address' ? '' : ` (${target.source})`;
  const segments = target.url.pathname.toLowerCase().split('/').filter(Boolean).map((s) => s.replace(EXTENSION, ''));
  // A story served as its folder's index names itself in the folder (/2025/03/12/region/talks-resume/index.html,
  // fixture story-html-url).
  if (segments[segments.length - 1] === 'index') segments.pop();
  const last = segments[segments.length - 1] ?? '';
  const section = isSectionPath(target.url.pathname, last);
  const archive = DATED_ARCHIVE.test(target.url.pathname);
  for (const rule of URL_RULES) {
    // "/news/world/", "/news/local/michigan/": the news word heads a section's path, not a story's
    // (probe ring "fronts"); "/magazine/toc/2026/04/": the date ends an archive's or an issue's path,
    // where a story's goes on to its slug (probe ring "mags").
    if (!rule.match.test(path)) continue;
    if ((section || archive) && rule.id === ARTICLE_WORD) continue;
    if (archive && rule.id === DATED) continue;
    out.push({ name: rule.id, value: 1, detail: rule.reason + from });
  }
  const count = last.split(WORD_SEPARATOR).filter((w) => HAS_LETTER.test(w)).length;
  if (count >= 4) out.push({ name: 'url-slug', value: 1, detail: `${count}-word slug${from}` });
  out.push({ name: 'url-slug-words', value: Math.min(1, count / 10), detail: `${count}${from}` });
}
