// trafilatura's own metric (its tests/eval_common.py, as the bench README gives it): the extracted text
// and each snippet are whitespace-normalised (and rid of soft hyphens); a `with` snippet found is a true positive, one missing a
// false negative; a `without` snippet found is a false positive, one absent a true negative. Counts are
// summed over the pages before precision, recall and F are taken.

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SnippetSummary extends SnippetCounts {
  pages: number;
  precision: number;
  recall: number;
  /** F of the summed counts: the published figure. */
  f: number;
  accuracy: number;
  /** Mean of the per-page F (snippetF), the figure the bad-loss list compares page by page. */
  meanPageF: number;
  /** Pages with no text at all. */
  empty: number;
}

// Soft hyphens are read as nothing on both sides: some snippets keep them inside their words
// (traf 0432), others were taken from a text without them (0959); both are the same words to a reader.
const norm = (text: string): string => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

/** Counts one page's snippets in an extracted text (empty text: every `with` missed, every `without` absent). */
export function countSnippets(text: string, truth: { with: readonly string[]; without: readonly string[] }): SnippetCounts {
  const normalised = norm(text);
  const found = (snippet: string): boolean => normalised !== '' && normalised.includes(norm(snippet));
  const tp = truth.with.filter(found).length;
  const fp = truth.without.filter(found).length;
  return { tp, fp, fn: truth.with.length - tp, tn: truth.without.length - fp };
}

/** One page's F over its snippets, 2tp / (2tp + fp + fn): 1 when every `with` is found and no `without`. */
export function snippetF(c: SnippetCounts): number {
  const denominator = 2 * c.tp + c.fp + c.fn;
  return denominator === 0 ? 1 : (2 * c.tp) / denominator;
}

/** Sums the pages' counts into trafilatura's figures. */
export function summarizeSnippets(pages: readonly { counts: SnippetCounts; empty: boolean }[]): SnippetSummary {
  const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let pageF = 0;
  for (const { counts } of pages) {
    total.tp += counts.tp;
    total.fp += counts.fp;
    total.fn += counts.fn;
    total.tn += counts.tn;
    pageF += snippetF(counts);
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const precision = ratio(total.tp, total.tp + total.fp);
  const recall = ratio(total.tp, total.tp + total.fn);
  return {
    pages: pages.length,
    ...total,
    precision,
    recall,
    f: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: ratio(total.tp + total.tn, total.tp + total.tn + total.fp + total.fn),
    meanPageF: ratio(pageF, pages.length),
    empty: pages.filter((p) => p.empty).length,
  };
}
