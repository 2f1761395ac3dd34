// Parses HTML text into a jsdom document for the core. The CLI and the bench both load pages through
// src/node/, so both see the same document. Scripts never run and no subresource is fetched (jsdom's
// defaults, kept on purpose). Before jsdom sees a page, ./prescan-page.ts counts its elements and caps
// the depth of its tree, as a browser's parser does.
import { createRequire } from 'node:module';
import type { JSDOM, VirtualConsole } from 'jsdom';
import { attachDeclarativeShadowRoots } from './declarative-shadow';
import { lazyChildLists } from './jsdom-lists';
import { siblingCountsOnlyForRanges } from './jsdom-ranges';
import { prescanPage } from './prescan-page';

type Jsdom = typeof import('jsdom');
let jsdom: Jsdom | undefined;

/**
 * jsdom, loaded on first use: it takes most of a second to load, and the CLI's main thread, which
 * only hands inputs to worker threads, never needs it.
 */
function loadJsdom(): Jsdom {
  if (!jsdom) {
    const require = createRequire(import.meta.url);
    jsdom = require('jsdom') as Jsdom;
    lazyChildLists(require);
    siblingCountsOnlyForRanges(require);
  }
  return jsdom;
}

/** Loads jsdom now, so that the first page's time is the page's own (a worker thread's warm-up). */
export function preloadJsdom(): void {
  loadJsdom();
}

export type LoadResult =
  | { ok: true; dom: JSDOM; url: string; stylesStripped: boolean }
  | { ok: false; reason: 'failed' | 'too-large'; message: string };

export interface LoadOptions {
  /** The page's address (--url); null to use its declared canonical address, else `fallbackUrl`. */
  url: string | null;
  fallbackUrl: string;
  /** Refuse a page with more elements than this before parsing it (default: no limit). */
  maxElements?: number;
}

/** A <style> element with its contents (raw text: it ends at the first `</style`). */
const STYLE_ELEMENT = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

function quietConsole(): VirtualConsole {
  // Pages are full of CSS jsdom cannot parse and markup it warns about: none of it concerns the user.
  const console = new (loadJsdom().VirtualConsole)();
  console.on('jsdomError', () => undefined);
  return console;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 200);
}

function construct(html: string, url: string): JSDOM {
  const dom = new (loadJsdom().JSDOM)(html, { url, contentType: 'text/html', virtualConsole: quietConsole() });
  attachDeclarativeShadowRoots(dom.window.document);
  return dom;
}

/** The page's own address (canonical link or og:url) when it is absolute http(s). */
function declaredUrl(document: Document): string | null {
  const candidates = [
    document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not an absolute URL: try the next one
    }
  }
  return null;
}

/**
 * Parses a page. With no `url`, the page's canonical address is used when it declares one (a saved
 * page's relative links then resolve to the site, not to the file), else `fallbackUrl`.
 * jsdom 29's CSS parser throws from the constructor on some invalid stylesheets (an unbalanced
 * `calc(1px + (2px)` in a <style>, see test/cli/bad-input.test.ts): the page is then parsed again
 * with its <style> contents emptied, which the extraction never needs.
 */
export function loadDocument(page: string, options: LoadOptions): LoadResult {
  const scanned = prescanPage(page, { maxElements: options.maxElements });
  if (!scanned.ok) return scanned;
  const { html } = scanned;
  const initialUrl = options.url ?? options.fallbackUrl;
  let dom: JSDOM;
  let stylesStripped = false;
  try {
    dom = construct(html, initialUrl);
  } catch (first) {
    try {
      dom = construct(html.replace(STYLE_ELEMENT, '$1$2'), initialUrl);
      stylesStripped = true;
    } catch {
      return { ok: false, reason: 'failed', message: `the HTML parser gave up: ${firstLine(first)}` };
    }
  }
  if (options.url) return { ok: true, dom, url: options.url, stylesStripped };
  const document = dom.window.document;
  const declared = declaredUrl(document);
  if (!declared) return { ok: true, dom, url: initialUrl, stylesStripped };
  if (!document.querySelector('base[href]')) {
    // Resolve relative links against the page's real address, as they were when it was online.
    const base = document.createElement('base');
    base.setAttribute('href', declared);
    (document.head ?? document.documentElement).prepend(base);
  }
  return { ok: true, dom, url: declared, stylesStripped };
}

/**
 * Closes a page's window, releasing its DOM. jsdom detaches nodes recursively, which overflows the
 * stack on a tree ~5,000 levels deep: loadDocument caps pages at 512, but a document built by other
 * hands may be deeper; the window is dropped all the same.
 */
export function closeWindow(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // RangeError from the deep tree: nothing else holds the window, so it is garbage all the same.
  }
}

/**
 * Resolves after the event loop has turned once. jsdom frees a closed window's DOM only then: a loop
 * that parses page after page without yielding keeps every window alive (about 6 MB per bench page,
 * the heap passed 3 GB on 130 pages), so batch loops await this after each page.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
