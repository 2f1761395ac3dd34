// One page of the bench: decoded and parsed once, then plain Readability and our extractArticle run on
// the same document, interleaved (which one goes first alternates per page, so machine noise hits
// both), then both detectors (src/bench/detection.ts) on it too. Each extraction is scored by its set's
// metric: token 4-grams against the main text (WCXB) or with/without snippets (trafilatura). Only
// scores and times are kept: the window is closed before returning.
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../core/index';
import type { BenchPage, PageType, SetName, Truth } from './dataset';
import { detectionRow } from './detection';
import type { DetectionRow } from './detection';
import { closeWindow } from '../node/load-document';
import { loadBenchPage } from './page-url';
import type { UrlSource } from './page-url';
import { scorePage } from './score';
import type { PageScore } from './score';
import { judgeNotice } from './not-shown-rate';
import type { NoticePage } from './not-shown-rate';
import { countSnippets, snippetF } from './snippet-score';
import type { SnippetCounts } from './snippet-score';

export interface ExtractorRun {
  /** The per-page figure the bad-loss list compares: token F1 (WCXB) or F over the snippets (trafilatura). */
  f: number;
  /** WCXB: the token 4-gram score. */
  text?: PageScore;
  /** trafilatura: the snippet counts. */
  snippets?: SnippetCounts;
  /** Whether the extraction gave no text at all. */
  empty: boolean;
  ms: number;
  /** 'ok', our failure reason, 'null' (Readability found nothing), 'threw' or 'unparsed'. */
  outcome: string;
  words: number;
}

export interface PageRecord {
  set: SetName;
  id: string;
  pageType: PageType;
  spa: boolean;
  /** Whether the page was judged under the data set's url, its own canonical address or a stand-in. */
  urlSource: UrlSource;
  /** The charset its bytes were decoded from, and how many U+FFFD that left in the text. */
  charset: string | null;
  replacementChars: number;
  parseMs: number;
  /** Why the page could not be decoded or parsed at all (both extractors then score as empty). */
  parseError?: string;
  readability: ExtractorRun;
  ours: ExtractorRun & { extractor?: 'readability' | 'fallback'; notice?: NoticePage };
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

function run(text: string, truth: Truth, ms: number, outcome: string): ExtractorRun {
  const base = { empty: text.trim() === '', ms, outcome, words: words(text) };
  if (truth.kind === 'text') {
    const score = scorePage(text, truth.text);
    return { ...base, f: score.f1, text: score };
  }
  const counts = countSnippets(text, truth);
  return { ...base, f: snippetF(counts), snippets: counts };
}

function runReadability(document: Document, truth: Truth): ExtractorRun {
  const start = performance.now();
  try {
    const parsed = new Readability(document.cloneNode(true) as Document).parse();
    const ms = performance.now() - start;
    return run(parsed?.textContent ?? '', truth, ms, parsed ? 'ok' : 'null');
  } catch {
    return run('', truth, performance.now() - start, 'threw');
  }
}

function runOurs(id: string, document: Document, url: string, window: Window & typeof globalThis, truth: Truth): PageRecord['ours'] {
  const start = performance.now();
  try {
    const result = extractArticle(document, url, { window });
    const ms = performance.now() - start;
    if (!result.ok) return run('', truth, ms, result.reason);
    // The not-shown notice, judged against the truth outside the timed part (src/bench/not-shown-rate.ts).
    const notice = judgeNotice(id, result.article, truth);
    return { ...run(result.article.text, truth, ms, 'ok'), extractor: result.article.extractor, notice };
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

function countReplacements(html: string): number {
  let n = 0;
  for (let i = html.indexOf('\uFFFD'); i !== -1; i = html.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Runs both extractors and both detectors on one page; `index` decides who goes first. */
export function comparePage(page: BenchPage, index: number): PageRecord {
  const base = { set: page.set, id: page.id, pageType: page.pageType, spa: page.spa };
  const parse = timed(() => {
    const decoded = page.readHtml();
    return decoded.ok ? { decoded, ...loadBenchPage(decoded.html, page.url) } : { decoded, loaded: null, urlSource: null };
  });
  const { decoded, loaded, urlSource } = parse.value;
  const charset = decoded.ok ? decoded.charset : null;
  const replacementChars = decoded.ok ? countReplacements(decoded.html) : 0;
  if (!loaded?.ok) {
    const empty = run('', page.truth, 0, 'unparsed');
    const parseError = loaded ? loaded.message : decoded.ok ? 'not parsed' : decoded.message;
    return {
      ...base, urlSource: urlSource ?? 'stand-in', charset, replacementChars, parseMs: parse.ms, parseError,
      readability: empty, ours: empty, detection: null,
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
      ours = runOurs(page.id, document, url, domWindow, page.truth);
    } else {
      ours = runOurs(page.id, document, url, domWindow, page.truth);
      readability = runReadability(document, page.truth);
    }
    return {
      ...base, urlSource, charset, replacementChars, parseMs: parse.ms, readability, ours,
      detection: detect(page, url, document),
    };
  } finally {
    closeWindow(loaded.dom);
  }
}
