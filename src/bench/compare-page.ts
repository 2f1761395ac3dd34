// One page of the bench: parsed once, then plain Readability and our extractArticle run on the same
// document, interleaved (which one goes first alternates per page, so machine noise hits both), then
// both detectors (src/bench/detection.ts) on it too. Only scores and times are kept: the window is closed before returning.
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { closeWindow } from '../node/load-document';
import { extractArticle } from '../core/index';
import type { BenchPage, PageType } from './dataset';
import { detectionRow } from './detection';
import type { DetectionRow } from './detection';
import { loadBenchPage } from './page-url';
import type { UrlSource } from './page-url';
import { scorePage } from './score';
import type { PageScore } from './score';

export interface ExtractorRun {
  score: PageScore;
  ms: number;
  /** 'ok', our failure reason, 'null' (Readability found nothing) or 'threw'. */
  outcome: string;
  words: number;
}

export interface PageRecord {
  id: string;
  pageType: PageType;
  spa: boolean;
  /** Whether the page was judged under the data set's url, its own canonical address or a stand-in. */
  urlSource: UrlSource;
  parseMs: number;
  /** Why the page could not be parsed at all (both extractors then score as empty). */
  parseError?: string;
  readability: ExtractorRun;
  ours: ExtractorRun & { extractor?: 'readability' | 'fallback' };
  /** Both detectors' verdicts on the same document; null when the page was not parsed or detection threw. */
  detection: DetectionRow | null;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function words(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

function run(text: string, truth: string, ms: number, outcome: string): ExtractorRun {
  return { score: scorePage(text, truth), ms, outcome, words: words(text) };
}

function runReadability(document: Document, truth: string): ExtractorRun {
  const start = performance.now();
  try {
    const parsed = new Readability(document.cloneNode(true) as Document).parse();
    const ms = performance.now() - start;
    return run(parsed?.textContent ?? '', truth, ms, parsed ? 'ok' : 'null');
  } catch {
    return run('', truth, performance.now() - start, 'threw');
  }
}

function runOurs(document: Document, url: string, window: Window & typeof globalThis, truth: string): PageRecord['ours'] {
  const start = performance.now();
  try {
    const result = extractArticle(document, url, { window });
    const ms = performance.now() - start;
    if (!result.ok) return run('', truth, ms, result.reason);
    return { ...run(result.article.text, truth, ms, 'ok'), extractor: result.article.extractor };
  } catch {
    return run('', truth, performance.now() - start, 'threw');
  }
}

function detect(page: BenchPage, url: string, document: Document): DetectionRow | null {
  try {
    return detectionRow({ id: page.id, url, pageType: page.pageType }, document);
  } catch {
    return null;
  }
}

/** Runs both extractors and both detectors on one page; `index` decides who goes first. */
export function comparePage(page: BenchPage, index: number): PageRecord {
  const parse = timed(() => loadBenchPage(page.readHtml(), page.url));
  const { loaded, urlSource } = parse.value;
  const base = { id: page.id, pageType: page.pageType, spa: page.spa, urlSource };
  if (!loaded.ok) {
    const empty = run('', page.truth, 0, 'unparsed');
    return {
      ...base, parseMs: parse.ms, parseError: loaded.message, readability: empty, ours: empty,
      detection: null,
    };
  }
  // The address the page was parsed under: both extractors and both detectors see the same one.
  const { url } = loaded;
  const { window } = loaded.dom;
  try {
    const document = window.document;
    const domWindow = window as unknown as Window & typeof globalThis;
    let readability: ExtractorRun;
    let ours: PageRecord['ours'];
    if (index % 2 === 0) {
      readability = runReadability(document, page.truth);
      ours = runOurs(document, url, domWindow, page.truth);
    } else {
      ours = runOurs(document, url, domWindow, page.truth);
      readability = runReadability(document, page.truth);
    }
    return { ...base, parseMs: parse.ms, readability, ours, detection: detect(page, url, document) };
  } finally {
    closeWindow(loaded.dom);
  }
}
