// Detection quality on the bench: our detectArticle against Readability's isProbablyReaderable,
// on the same parsed pages, as "article" vs every other page type of the data set.
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle, detectFeatures } from '../core/detect.js';
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
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  return { id: page.id, pageType: page.pageType, ours, readerable, ms };
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

// ---- Refitting the detector's weights (rules/detect-weights.ts) -------------------------------

/** One page's detector features, for fitting: parse each page once, keep these rows, refit at will. */
export interface FeatureRow {
  id: string;
  domain: string;
  isArticle: boolean;
  features: Record<string, number>;
}

/** The features detectFeatures measures on one parsed page, as a row for fitDetection. */
export function featureRow(page: Pick<BenchPage, 'id' | 'url' | 'pageType'>, doc: Document, domain: string): FeatureRow {
  const features: Record<string, number> = {};
  for (const f of detectFeatures(doc, page.url)) features[f.name] = f.value;
  return { id: page.id, domain, isArticle: page.pageType === 'article', features };
}

export interface FitOptions {
  /** L2 penalty per page on the weights (not the bias); 0.01 gave the committed weights. */
  l2?: number;
  /** Features whose weight is set by hand (too rare in the data to fit), e.g. {'url-search': -2}. */
  fixed?: Record<string, number>;
  /** Features to leave out. */
  drop?: string[];
}

export interface FitResult {
  bias: number;
  weights: Record<string, number>;
  /** Accuracy on the rows it was fitted on, and under 5-fold cross-validation grouped by domain. */
  devAccuracy: number;
  cvAccuracy: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Gauss-Jordan solve of a small dense system (the Newton step). */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = matrix.map((row, i) => [...row, rhs[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const pivotRow = m[c] ?? [];
    for (let r = 0; r < n; r++) {
      const row = m[r];
      if (r === c || !row) continue;
      const f = (row[c] ?? 0) / (pivotRow[c] || 1e-12);
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pivotRow[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / ((row[i] ?? 0) || 1e-12));
}

/** L2-regularised logistic regression by Newton's method; returns [bias, ...weights]. */
function logistic(x: number[][], y: number[], offset: number[], l2: number): number[] {
  const d = (x[0]?.length ?? 0) + 1;
  const beta = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    x.forEach((features, i) => {
      const row = [1, ...features];
      const p = sigmoid(row.reduce((z, v, j) => z + v * (beta[j] ?? 0), offset[i] ?? 0));
      const w = p * (1 - p);
      row.forEach((vj, j) => {
        grad[j] = (grad[j] ?? 0) + (p - (y[i] ?? 0)) * vj;
        const h = hess[j];
        if (vj !== 0 && h) row.forEach((vk, k) => (h[k] = (h[k] ?? 0) + w * vj * vk));
      });
    });
    for (let j = 1; j < d; j++) {
      grad[j] = (grad[j] ?? 0) + l2 * x.length * (beta[j] ?? 0);
      const h = hess[j];
      if (h) h[j] = (h[j] ?? 0) + l2 * x.length;
    }
    const step = solve(hess, grad);
    let largest = 0;
    step.forEach((s, j) => {
      beta[j] = (beta[j] ?? 0) - s;
      largest = Math.max(largest, Math.abs(s));
    });
    if (largest < 1e-6) break;
  }
  return beta;
}

/** Fits the detector's bias and weights on feature rows, and cross-validates by domain. */
export function fitDetection(rows: FeatureRow[], options: FitOptions = {}): FitResult {
  const fixed = options.fixed ?? {};
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))]
    .filter((n) => !(n in fixed) && !(options.drop ?? []).includes(n))
    .sort();
  const x = rows.map((r) => names.map((n) => r.features[n] ?? 0));
  const y = rows.map((r) => (r.isArticle ? 1 : 0));
  const offset = rows.map((r) => Object.entries(fixed).reduce((z, [n, w]) => z + w * (r.features[n] ?? 0), 0));
  const fit = (idx: number[]): number[] => logistic(idx.map((i) => x[i] ?? []), idx.map((i) => y[i] ?? 0), idx.map((i) => offset[i] ?? 0), options.l2 ?? 0.01);
  const says = (beta: number[], i: number): boolean => (x[i] ?? []).reduce((z, v, j) => z + v * (beta[j + 1] ?? 0), (beta[0] ?? 0) + (offset[i] ?? 0)) > 0;
  const all = rows.map((_, i) => i);
  const fold = rows.map((r) => [...r.domain].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5);
  let cvRight = 0;
  for (let k = 0; k < 5; k++) {
    const beta = fit(all.filter((i) => fold[i] !== k));
    for (const i of all) if (fold[i] === k && says(beta, i) === (y[i] === 1)) cvRight++;
  }
  const beta = fit(all);
  const round = (v: number): number => Math.round(v * 100) / 100;
  const weights: Record<string, number> = { ...fixed };
  names.forEach((n, j) => (weights[n] = round(beta[j + 1] ?? 0)));
  return {
    bias: round(beta[0] ?? 0),
    weights,
    devAccuracy: all.filter((i) => says(beta, i) === (y[i] === 1)).length / Math.max(1, rows.length),
    cvAccuracy: cvRight / Math.max(1, rows.length),
  };
}
