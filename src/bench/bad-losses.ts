// The pages where ours loses badly to plain Readability (issue 8): article pages where Readability's
// per-page figure is at least 0.8 and ours is more than 0.1 below it. The figure is the set's own
// per-page score (ExtractorRun.f): token F1 on WCXB, F over the with/without snippets on trafilatura.
import type { PageRecord } from './compare-page';

/** Readability must score at least this on a page for a loss there to count. */
export const BAD_LOSS_FLOOR = 0.8;
/** Ours must be more than this below Readability. */
export const BAD_LOSS_MARGIN = 0.1;
/** The target: at most this share of a set's article pages. */
export const BAD_LOSS_TARGET = 0.005;

export interface BadLoss {
  id: string;
  readability: number;
  ours: number;
  /** Our outcome ('ok' or why not) and, when ok, which extractor gave the body. */
  outcome: string;
  extractor: string | null;
  /** Whether our detector called the page an article (null: not run). */
  detected: boolean | null;
  /** trafilatura: snippets found / given, and boilerplate found, ours then Readability's. */
  snippets?: string;
}

export interface BadLossReport {
  articlePages: number;
  losses: BadLoss[];
  rate: number;
}

function snippetNote(r: PageRecord): string | undefined {
  const o = r.ours.snippets;
  const b = r.readability.snippets;
  if (!o || !b) return undefined;
  return `with ${o.tp}/${o.tp + o.fn} vs ${b.tp}/${b.tp + b.fn}, without found ${o.fp} vs ${b.fp}`;
}

/** Whether a page is a bad loss. */
export function isBadLoss(r: Pick<PageRecord, 'pageType' | 'readability' | 'ours'>): boolean {
  return r.pageType === 'article' && r.readability.f >= BAD_LOSS_FLOOR && r.ours.f < r.readability.f - BAD_LOSS_MARGIN;
}

/** Lists the bad losses among a set's records, worst first. */
export function findBadLosses(records: readonly PageRecord[]): BadLossReport {
  const articlePages = records.filter((r) => r.pageType === 'article').length;
  const losses = records.filter(isBadLoss).map((r): BadLoss => {
    const loss: BadLoss = {
      id: r.id,
      readability: r.readability.f,
      ours: r.ours.f,
      outcome: r.ours.outcome,
      extractor: r.ours.extractor ?? null,
      detected: r.detection?.ours ?? null,
    };
    const snippets = snippetNote(r);
    return snippets ? { ...loss, snippets } : loss;
  });
  losses.sort((a, b) => b.readability - b.ours - (a.readability - a.ours) || (a.id < b.id ? -1 : 1));
  return { articlePages, losses, rate: articlePages ? losses.length / articlePages : 0 };
}
