// Detection quality on the bench: our detectArticle against Readability's isProbablyReaderable,
// on the same parsed pages, as "article" vs every other page type of the data set.
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../core/detect.js';
import type { BenchPage, PageType } from './dataset.js';

/** Confusion counts and the usual ratios, "article" being the positive class. */
export interface DetectionScores {
  accuracy: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** One page's verdicts, for callers that parse each page once for several measurements. */
export interface DetectionRow {
  id: string;
  pageType: PageType;
  ours: boolean;
  readerable: boolean;
  /** Time spent in detectArticle, in milliseconds. */
  ms: number;
}

export interface DetectionReport {
  pages: number;
  ours: DetectionScores;
  readerable: DetectionScores;
  /** Per page type: how many pages, and the share each detector judged correctly. */
  perType: Partial<Record<PageType, { pages: number; ours: number; readerable: number }>>;
  /** Median and 95th-percentile time of detectArticle per page, in milliseconds (jsdom). */
  medianMs: number;
  p95Ms: number;
  /** Ids of pages whose HTML could not be parsed (left out of every figure). */
  unparsed: string[];
  /** Ids of article pages detectArticle missed, and of other pages it called articles. */
  missedIds: string[];
  falseAlarmIds: string[];
}

/** Runs both detectors on one parsed page. */
export function detectionRow(page: Pick<BenchPage, 'id' | 'url' | 'pageType'>, doc: Document): DetectionRow {
  const start = performance.now();
  const ours = detectArticle(doc, page.url).isArticle;
  const ms = performance.now() - start;
  return { id: page.id, pageType: page.pageType, ours, readerable: probablyReaderable(doc), ms };
}

/** Readability's isProbablyReaderable, false where it throws. */
export function probablyReaderable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

function scores(rows: DetectionRow[], pick: (row: DetectionRow) => boolean): DetectionScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const row of rows) {
    const truth = row.pageType === 'article';
    const said = pick(row);
    if (said && truth) tp++;
    else if (said) fp++;
    else if (truth) fn++;
    else tn++;
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return { accuracy: ratio(tp + tn, rows.length), precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn, tn };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

/** Summarises per-page verdicts into the report (`unparsed` lists pages that never got a row). */
export function summarizeDetection(rows: DetectionRow[], unparsed: string[] = []): DetectionReport {
  const perType: DetectionReport['perType'] = {};
  for (const row of rows) {
    const entry = perType[row.pageType] ?? { pages: 0, ours: 0, readerable: 0 };
    const truth = row.pageType === 'article';
    entry.pages++;
    if (row.ours === truth) entry.ours++;
    if (row.readerable === truth) entry.readerable++;
    perType[row.pageType] = entry;
  }
  for (const entry of Object.values(perType)) {
    entry.ours /= entry.pages;
    entry.readerable /= entry.pages;
  }
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  return {
    pages: rows.length,
    ours: scores(rows, (r) => r.ours),
    readerable: scores(rows, (r) => r.readerable),
    perType,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    unparsed,
    missedIds: rows.filter((r) => r.pageType === 'article' && !r.ours).map((r) => r.id),
    falseAlarmIds: rows.filter((r) => r.pageType !== 'article' && r.ours).map((r) => r.id),
  };
}
