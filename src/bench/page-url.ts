// The address a bench page is parsed and judged under. Three pages of the WCXB dev set (0551, 4281,
// 4314) have an empty `url` in their ground truth, and 21 of the trafilatura set have a file label
// (`hard::site-slug.html`) instead of one; jsdom throws on url '' (loadDocument would then report it as
// "the HTML parser gave up"). Such a page is parsed the way the CLI parses a saved page without --url:
// under its own canonical/og:url address when it declares one, else a stand-in that can never
// resolve. Either way both extractors and both detectors run on it, and the bench counts them.
import { loadDocument } from '../node/load-document';
import type { LoadResult } from '../node/load-document';

/** The address used when a page has none at all (.invalid is reserved: it never resolves). */
export const STAND_IN_URL = 'https://bench.invalid/page';

/** Where a page's address came from. */
export type UrlSource = 'dataset' | 'declared' | 'stand-in';

/** The data set's url when it is an absolute http(s) address, else null. */
export function datasetUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Parses a bench page under its data-set url, else its declared address, else STAND_IN_URL. */
export function loadBenchPage(html: string, rawUrl: string): { loaded: LoadResult; urlSource: UrlSource } {
  const url = datasetUrl(rawUrl);
  const loaded = loadDocument(html, { url, fallbackUrl: STAND_IN_URL });
  if (url) return { loaded, urlSource: 'dataset' };
  const declared = loaded.ok && loaded.url !== STAND_IN_URL;
  return { loaded, urlSource: declared ? 'declared' : 'stand-in' };
}
