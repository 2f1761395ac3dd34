// The article-body metric of the Zyte/scrapinghub article-extraction benchmark, as the bench README
// asks: multisets of token 4-grams ("shingles"), per-page precision and recall, then averages.

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

/**
 * Token 4-gram counts of a text (texts shorter than 4 tokens give one shorter shingle). A soft hyphen is
 * read as nothing: it is an invisible hint where a line may break, which some truths keep inside their
 * words ("Assis\u00adtance", WCXB 4554) and an extractor's plain text may drop.
 */
export function shingles(text: string): Map<string, number> {
  const tokens = text.replace(/\u00ad/g, '').match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** null where the prediction has no shingle. */
  precision: number | null;
  /** null where the truth has no shingle. */
  recall: number | null;
  f1: number;
}

/** Scores one prediction against its truth. */
export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let predictedTotal = 0;
  let truthTotal = 0;
  for (const n of t.values()) truthTotal += n;
  for (const [key, n] of p) {
    predictedTotal += n;
    tp += Math.min(n, t.get(key) ?? 0);
  }
  const fp = predictedTotal - tp;
  const fn = truthTotal - tp;
  const precision = predictedTotal > 0 ? tp / predictedTotal : null;
  const recall = truthTotal > 0 ? tp / truthTotal : null;
  const pr = precision ?? 0;
  const rc = recall ?? 0;
  const f1 = pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Summary {
  pages: number;
  precision: number;
  recall: number;
  /** F1 of the averaged precision and recall (the published figure). */
  f1: number;
  /** Mean of per-page F1 (punishes empty output). */
  meanPageF1: number;
  empty: number;
}

/** Averages page scores the way the benchmark does. */
export function summarize(scores: PageScore[]): Summary {
  const precisions = scores.flatMap((s) => (s.precision === null ? [] : [s.precision]));
  const recalls = scores.flatMap((s) => (s.recall === null ? [] : [s.recall]));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return {
    pages: scores.length,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    meanPageF1: mean(scores.map((s) => s.f1)),
    empty: scores.filter((s) => s.precision === null).length,
  };
}
