// Decides which recorded requests the extension made and whether any left 127.0.0.1. A fixture
// page's own resources (its ad scripts, CDN images) are the page's traffic, not the extension's;
// they are recognised by appearing literally in the fixture's HTML.

/** One request as the browser automation saw it. */
export interface RecordedRequest {
  url: string;
  /** 'service-worker', or the URL of the page (tab or extension page) that made it. */
  from: string;
  resourceType: string;
}

/**
 * The URLs of a srcset, read as the HTML standard reads them: a URL runs to the next white space (a
 * comma inside it belongs to it, a comma at its end ends the candidate), its descriptors to the next comma.
 */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    const url = /^\S+/.exec(rest)?.[0];
    if (!url) return urls;
    rest = rest.slice(url.length);
    if (url.endsWith(',')) urls.push(url.replace(/,+$/, ''));
    else {
      urls.push(url);
      const comma = rest.indexOf(',');
      rest = comma < 0 ? '' : rest.slice(comma + 1);
    }
  }
}

/** Every http(s) URL a page's HTML mentions in src/href/content/srcset/poster, a lazy picture's data-* or a style's url(), resolved against where it is served. */
export function referencedUrls(html: string, baseUrl: string): Set<string> {
  const urls = new Set<string>();
  // Either quote (a blog engine's templates write single quotes); only a srcset lists several URLs, so
  // only it is split at commas (an image CDN's address may hold them: "…/width=1000,height=420/…").
  // A lazy picture's address in the attributes the cleaner makes real (src/core/clean/lazy-images.ts): a
  // carousel's data-lazy slides are the page's own pictures, which its script loads as they come in view.
  for (const match of html.matchAll(/\b(src|href|content|srcset|data-src|data-lazy|data-original|data-url|poster)\s*=\s*(?:"([^"]+)"|'([^']+)')/gi)) {
    const value = match[2] ?? match[3] ?? '';
    for (const part of match[1]?.toLowerCase() === 'srcset' ? srcsetUrls(value) : [value]) {
      addHttpUrl(urls, part.trim().split(/\s+/)[0] ?? '', baseUrl);
    }
  }
  // And what its styles load: url(…) in a style attribute or a <style> block (a profile link's icon).
  for (const match of html.matchAll(/url\(\s*['"]?([^'")\s]+)['"]?\s*\)/gi)) addHttpUrl(urls, match[1] ?? '', baseUrl);
  return urls;
}

/**
 * Adds a reference as written in HTML, its character references read as the parser reads them (`&amp;`,
 * WordPress's `&#038;` and `&#x26;` for "&"), resolved against `baseUrl`, when it is an http(s) URL.
 */
function addHttpUrl(urls: Set<string>, written: string, baseUrl: string): void {
  const candidate = written
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
  if (candidate === '') return;
  try {
    const url = new URL(candidate, baseUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') urls.add(url.href);
  } catch {
    // Not a URL after all.
  }
}

export interface NetworkVerdict {
  /** Requests the extension (worker, its pages, or unattributed) sent off 127.0.0.1: must be empty. */
  offending: string[];
  /** The page's own images shown again by the popup/reader (the article's images): reported. */
  articleImages: string[];
  /** Off-loopback requests of the fixture pages themselves (their ads, CDNs): not the extension's. */
  pageOwn: number;
}

function isLocal(url: string, extensionOrigin: string): boolean {
  return (
    url.startsWith('http://127.0.0.1:') ||
    url.startsWith(extensionOrigin + '/') ||
    /^(data|blob|about|chrome|file):/.test(url)
  );
}

/**
 * The fixtures' own sites, where the test opened pages at their own addresses (answered locally
 * through the network sink, network-sink.ts): the pages it opened there, and the sites' hosts.
 */
export interface OpenedSites {
  hosts: ReadonlySet<string>;
  pages: ReadonlySet<string>;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Sorts every recorded request into offending / article images / the page's own. */
export function judgeRequests(
  requests: readonly RecordedRequest[],
  extensionOrigin: string,
  pageReferences: ReadonlySet<string>,
  sites: OpenedSites = { hosts: new Set(), pages: new Set() },
): NetworkVerdict {
  const verdict: NetworkVerdict = { offending: [], articleImages: [], pageOwn: 0 };
  for (const req of requests) {
    if (isLocal(req.url, extensionOrigin)) continue;
    // The test's own navigation to a page at its own address.
    if (req.resourceType === 'document' && sites.pages.has(req.url)) continue;
    // Firefox upgrades an http picture in an extension page (a secure context) to https (mixed content).
    const referenced = pageReferences.has(req.url) || (req.url.startsWith('https://') && pageReferences.has(`http://${req.url.slice(8)}`));
    const fromExtensionPage = req.from.startsWith(extensionOrigin + '/');
    const fromSite = req.from.startsWith('http://') && sites.hosts.has(hostOf(req.from));
    const fromWebPage = req.from.startsWith('http://127.0.0.1:') || fromSite;
    // A page at its own address asking its own host (its styles, scripts, pictures, as written or mangled by a hostile fixture).
    const ownHost = fromSite && hostOf(req.url) === hostOf(req.from);
    if (fromWebPage && (referenced || ownHost)) verdict.pageOwn += 1;
    else if (fromExtensionPage && referenced && req.resourceType === 'image') verdict.articleImages.push(req.url);
    else verdict.offending.push(`${req.resourceType} ${req.url} (from ${req.from})`);
  }
  return verdict;
}

/**
 * The browsers' own services, which reach the sink even with background networking disabled (seen
 * with a do-nothing extension: Chromium's update.googleapis.com, accounts.google.com,
 * content-autofill.googleapis.com; Firefox's firefox.settings.services.mozilla.com). In Chromium
 * the extension's own requests are attributed by Playwright (judgeRequests), so excusing these
 * hosts hides nothing there; in Firefox a background-script request to them would go unnoticed.
 */
const BROWSER_OWN_HOSTS = [
  /\.googleapis\.com$/,
  /^accounts\.google\.com$/,
  /^clients\d*\.google\.com$/,
  /\.gvt1\.com$/,
  /\.services\.mozilla\.com$/,
  /^detectportal\.firefox\.com$/,
];

function sinkHost(entry: string): string {
  const target = entry.split(' ')[1] ?? '';
  if (/^https?:\/\//.test(target)) return new URL(target).hostname;
  return target.replace(/:\d+$/, '');
}

/** Sink entries (CONNECT host:port / GET url) that neither a fixture page nor the browser itself explains. */
export function unexplainedSinkEntries(log: readonly string[], pageReferences: ReadonlySet<string>): string[] {
  const hosts = new Set([...pageReferences].map((u) => new URL(u).hostname));
  return log.filter((entry) => {
    const host = sinkHost(entry);
    return !hosts.has(host) && !BROWSER_OWN_HOSTS.some((re) => re.test(host));
  });
}
