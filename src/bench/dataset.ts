// The bench's two development sets in ../shared/bench (see its README), as one list of pages each:
//   wcxb         WCXB dev split (CC-BY-4.0, Murrough-Foley, "web-content-extraction-benchmark"): seven page
//                types, gzip'd UTF-8 HTML and a hand-checked main text per page (src/bench/wcxb-set.ts).
//   trafilatura  half of trafilatura's evaluation corpus (Apache-2.0, Adrien Barbaresi and contributors):
//                news and blog pages, bytes as published in their own charsets, with/without snippets
//                (src/bench/trafilatura-set.ts).
import { join, resolve } from 'node:path';

export const SET_NAMES = ['wcxb', 'trafilatura'] as const;
export type SetName = (typeof SET_NAMES)[number];

export const PAGE_TYPES = ['article', 'service', 'forum', 'product', 'collection', 'listing', 'documentation'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** What a page's extraction is scored against: a main text (token 4-grams) or snippets (substrings). */
export type Truth =
  | { kind: 'text'; text: string }
  | { kind: 'snippets'; with: readonly string[]; without: readonly string[] };

/** A page's HTML text, decoded from its bytes, or why it could not be. */
export type PageHtml = { ok: true; html: string; charset: string } | { ok: false; message: string };

export interface BenchPage {
  set: SetName;
  id: string;
  /** The address the data set gives (may be empty or not a URL: see src/bench/page-url.ts). */
  url: string;
  /** The site, for grouping pages in cross-validation: host name without "www.". */
  domain: string;
  /** trafilatura has no page types: its pages (news and blog posts, nearly all) count as articles. */
  pageType: PageType;
  spa: boolean;
  truth: Truth;
  readHtml(): PageHtml;
}

export interface LoadOptions {
  /** Keep every Nth page (by sorted id; 1 = all). */
  sample?: number;
  types?: readonly PageType[];
  /** The set's folder (default: benchRoot()/<set>-dev). */
  dir?: string;
}

/** The folder holding the sets: $TIDY_BENCH_DIR, else ../shared/bench beside the repo. */
export function benchRoot(): string {
  return resolve(process.env.TIDY_BENCH_DIR ?? join(process.cwd(), '..', 'shared', 'bench'));
}

/** The folder of one set. */
export function setDir(set: SetName): string {
  return join(benchRoot(), `${set}-dev`);
}

/** Sorted ids, every `sample`th kept. */
export function sampleIds(ids: readonly string[], sample = 1): string[] {
  const step = Math.max(1, sample);
  return [...ids].sort().filter((_, index) => index % step === 0);
}

/** A host name as a cross-validation group: lower case, without a leading "www.". */
export function domainOf(host: string): string {
  return host.trim().toLowerCase().replace(/^www\d?\./, '');
}
