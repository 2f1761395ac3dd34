// What one click shows on the dev sets (issue 8, "a click always reads"): the detector's yes, or else an
// extraction that reads as an article (holdsProse over the clean body). Per page type, the share a click
// would show as an article; and a domain-grouped cross-validation of holdsProse's thresholds, so that a
// change that only suits one set's sites shows up as a gap between the fitted and the held-out figures.
import type { ProseMeasure, ProseThresholds } from '../core/prose';
import { holdsProse, PROSE_THRESHOLDS } from '../core/prose';

/** One page, measured once (src/bench/click-main.ts); the report is computed from these rows alone. */
export interface ClickRow {
  set: 'wcxb' | 'trafilatura';
  id: string;
  /** The data set's page type; trafilatura's pages are all articles and blog posts. */
  pageType: string;
  /** Grouping key for cross-validation: the page's site. */
  domain: string;
  detected: boolean;
  /** The extraction's prose measure, null when extraction failed (then nothing is shown). */
  prose: ProseMeasure | null;
}

/** Page types a click must show, and those it must not. The rest may go either way (reported). */
export const MUST_SHOW = new Set(['article']);
export const MUST_NOT_SHOW = new Set(['listing', 'collection']);

/** Whether a click shows the page as an article, under the given thresholds. */
export function shown(row: ClickRow, t: Readonly<ProseThresholds> = PROSE_THRESHOLDS): boolean {
  if (row.prose === null) return false;
  return row.detected || holdsProse(row.prose, t);
}

export interface TypeShare {
  set: string;
  pageType: string;
  pages: number;
  /** Share shown as an article with no note: the detector said yes (and extraction succeeded). */
  articleShare: number;
  /** Share shown as an article with the quiet note: the detector said no, the text reads as an article. */
  noteShare: number;
  /** Share given the "not an article" message (with Clean anyway). */
  notArticleShare: number;
  /** Share where extraction failed: an error message, nothing shown. */
  failedShare: number;
}

/** What a click shows on one page. */
export function outcomeOf(row: ClickRow, t: Readonly<ProseThresholds> = PROSE_THRESHOLDS): 'article' | 'note' | 'not-article' | 'failed' {
  if (row.prose === null) return 'failed';
  if (row.detected) return 'article';
  return holdsProse(row.prose, t) ? 'note' : 'not-article';
}

/** Per set and page type: how many pages, and the share of each thing a click shows. */
export function shareTable(rows: readonly ClickRow[], t: Readonly<ProseThresholds> = PROSE_THRESHOLDS): TypeShare[] {
  const groups = new Map<string, ClickRow[]>();
  for (const row of rows) {
    const key = `${row.set}\u0000${row.pageType}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const [set = '', pageType = ''] = key.split('\u0000');
      const share = (outcome: ReturnType<typeof outcomeOf>): number => group.filter((r) => outcomeOf(r, t) === outcome).length / group.length;
      return {
        set,
        pageType,
        pages: group.length,
        articleShare: share('article'),
        noteShare: share('note'),
        notArticleShare: share('not-article'),
        failedShare: share('failed'),
      };
    })
    .sort((a, b) => a.set.localeCompare(b.set) || b.pages - a.pages);
}

/**
 * The objective a threshold set is judged by: the mean of the share of must-show pages shown and the
 * share of must-not-show pages kept back (balanced accuracy), over the pages the detector did not take.
 * Pages the detector took are shown whatever the thresholds say, so they carry no information here.
 */
export function balancedScore(rows: readonly ClickRow[], t: Readonly<ProseThresholds>): { score: number; showRate: number; keepBackRate: number } {
  const open = rows.filter((r) => !r.detected && r.prose !== null);
  const pos = open.filter((r) => MUST_SHOW.has(r.pageType));
  const neg = open.filter((r) => MUST_NOT_SHOW.has(r.pageType));
  const showRate = pos.length ? pos.filter((r) => shown(r, t)).length / pos.length : 1;
  const keepBackRate = neg.length ? neg.filter((r) => !shown(r, t)).length / neg.length : 1;
  return { score: (showRate + keepBackRate) / 2, showRate, keepBackRate };
}

/** The grid searched: around the shipped values, each dimension a handful of steps. */
export function thresholdGrid(): ProseThresholds[] {
  const grid: ProseThresholds[] = [];
  for (const minProseChars of [150, 200, 250, 300, 400]) {
    for (const minSingleChars of [350, 400, 500, 600]) {
      for (const minProseShare of [0.3, 0.4, 0.5, 0.6, 0.7]) {
        for (const maxLinkShare of [0.2, 0.25, 0.35, 0.45]) {
          grid.push({ minProseChars, minSingleChars, minProseShare, maxLinkShare });
        }
      }
    }
  }
  return grid;
}

/** A stable fold for a domain (FNV-1a of its name), so that a site's pages share one fold. */
export function foldOf(domain: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < domain.length; i += 1) {
    hash ^= domain.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % folds;
}

/** How many of the thresholds differ from the shipped ones. */
function changes(t: Readonly<ProseThresholds>): number {
  return (Object.keys(PROSE_THRESHOLDS) as Array<keyof ProseThresholds>).filter((key) => t[key] !== PROSE_THRESHOLDS[key]).length;
}

/**
 * The best thresholds of the grid on `rows`. Ties go to the fewest changes from the shipped values
 * (then grid order): a value the data cannot tell apart stays as shipped.
 */
export function fitThresholds(rows: readonly ClickRow[]): ProseThresholds {
  let best = PROSE_THRESHOLDS;
  let bestScore = balancedScore(rows, best).score;
  for (const t of thresholdGrid()) {
    const score = balancedScore(rows, t).score;
    if (score > bestScore + 1e-9 || (score > bestScore - 1e-9 && changes(t) < changes(best))) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

export interface FoldResult {
  fold: number;
  fitted: ProseThresholds;
  /** Held-out score of the fitted thresholds, and of the shipped ones on the same pages. */
  heldOutFitted: number;
  heldOutShipped: number;
}

/** Domain-grouped k-fold cross-validation: fit on k-1 folds' sites, score on the held-out sites. */
export function crossValidate(rows: readonly ClickRow[], folds = 5): FoldResult[] {
  const results: FoldResult[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const train = rows.filter((r) => foldOf(r.domain, folds) !== fold);
    const test = rows.filter((r) => foldOf(r.domain, folds) === fold);
    const fitted = fitThresholds(train);
    results.push({ fold, fitted, heldOutFitted: balancedScore(test, fitted).score, heldOutShipped: balancedScore(test, PROSE_THRESHOLDS).score });
  }
  return results;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const show = (t: Readonly<ProseThresholds>): string =>
  `chars ${t.minProseChars}, single ${t.minSingleChars}, share ${t.minProseShare}, links ${t.maxLinkShare}`;

/** The printed report. */
export function formatClickReport(rows: readonly ClickRow[]): string {
  const lines: string[] = [];
  lines.push(`What one click shows (shipped thresholds: ${show(PROSE_THRESHOLDS)})`, '');
  lines.push(
    '| set | page type | pages | article | article + note | not-article message | failed |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const s of shareTable(rows)) {
    lines.push(`| ${s.set} | ${s.pageType} | ${s.pages} | ${pct(s.articleShare)} | ${pct(s.noteShare)} | ${pct(s.notArticleShare)} | ${pct(s.failedShare)} |`);
  }
  const all = balancedScore(rows, PROSE_THRESHOLDS);
  lines.push('', `Pages the detector did not take: articles shown ${pct(all.showRate)}, listings/collections kept back ${pct(all.keepBackRate)}.`);
  const failed = rows.filter((r) => r.prose === null);
  lines.push(`Extraction failed (nothing shown) on ${failed.length} pages: ${failed.slice(0, 12).map((r) => `${r.set}/${r.id}`).join(', ')}${failed.length > 12 ? ', …' : ''}`);
  const missed = rows.filter((r) => MUST_SHOW.has(r.pageType) && r.prose !== null && !shown(r));
  lines.push(`Articles a click would not show: ${missed.length}: ${missed.slice(0, 20).map((r) => `${r.set}/${r.id}`).join(', ')}${missed.length > 20 ? ', …' : ''}`);
  const leaked = rows.filter((r) => MUST_NOT_SHOW.has(r.pageType) && !r.detected && shown(r));
  lines.push(`Listings/collections shown only because they read as prose: ${leaked.map((r) => `${r.set}/${r.id}`).join(', ') || 'none'}`);
  lines.push('', 'Domain-grouped 5-fold cross-validation of the thresholds (balanced accuracy on pages the detector did not take):');
  const cv = crossValidate(rows);
  for (const f of cv) lines.push(`  fold ${f.fold}: fitted ${show(f.fitted)} -> held out ${f.heldOutFitted.toFixed(3)} (shipped ${f.heldOutShipped.toFixed(3)})`);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  lines.push(`  mean held out: fitted ${mean(cv.map((f) => f.heldOutFitted)).toFixed(3)}, shipped ${mean(cv.map((f) => f.heldOutShipped)).toFixed(3)}`);
  // Across sets: fitted on one set's pages, judged on the other's (trafilatura has articles only: its show rate).
  for (const [from, to] of [['wcxb', 'trafilatura'], ['trafilatura', 'wcxb']] as const) {
    const fitted = fitThresholds(rows.filter((r) => r.set === from));
    const other = balancedScore(rows.filter((r) => r.set === to), fitted);
    lines.push(`  fitted on ${from} (${show(fitted)}) -> on ${to}: articles shown ${pct(other.showRate)}, listings kept back ${pct(other.keepBackRate)}`);
  }
  return lines.join('\n') + '\n';
}
