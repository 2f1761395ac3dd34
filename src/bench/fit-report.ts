// The printed report of npm run fit-detector: cross-validated figures, then every page the
// cross-validated detector got wrong, by page type, with the final weights' heaviest signals on it.
import { featureShares } from '../core/detect-model';
import type { Confusion, FitConfig, FitReport, ScoredRow } from './fit-detection';

const f3 = (n: number): string => n.toFixed(3);

function line(name: string, c: Confusion): string {
  return `  ${name.padEnd(34)} accuracy ${f3(c.accuracy)}  precision ${f3(c.precision)}  recall ${f3(c.recall)}` +
    `  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;
}

/** The features that pushed a page's score most, with the final weights and trees. */
function topSignals(entry: ScoredRow, fit: FitReport, n = 4): string {
  return [...featureShares(new Map(Object.entries(entry.row.features)), fit.weights, fit.trees)]
    .filter(([, w]) => Math.abs(w) >= 0.05)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, n)
    .map(([name, w]) => `${name} ${w > 0 ? '+' : ''}${w.toFixed(2)}`)
    .join(', ');
}

function errorLines(fit: FitReport): string[] {
  const wrong = fit.scored.filter((e) => (e.score > 0) !== e.row.isArticle);
  const groups = new Map<string, ScoredRow[]>();
  for (const e of wrong) {
    const key = `${e.row.set} ${e.row.pageType}${e.row.isArticle ? ' missed' : ' called an article'}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: string[] = [];
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push(`  ${key}: ${list.length}`);
    for (const e of list) out.push(`    ${e.row.id} ${e.row.domain.padEnd(28)} ${e.score.toFixed(2).padStart(6)}  ${topSignals(e, fit)}`);
  }
  return out;
}

/** Renders the fit's report. */
export function formatFitReport(fit: FitReport, config: FitConfig): string {
  const out = [
    `Fitted on ${config.trafilatura === 'train' ? 'WCXB + trafilatura' : 'WCXB (trafilatura held out)'}: ` +
      `${fit.rows.wcxb} + ${fit.rows.trafilatura} pages, l2 ${config.l2}, trafilatura weight ${config.trafilaturaWeight}`,
    ...fit.rows.skipped.map((s) => `  skipped ${s}`),
    `${config.folds}-fold cross-validation grouped by site (seed ${config.seed}):`,
    line('WCXB article vs the rest', fit.wcxb),
    line(`trafilatura (all articles)${config.trafilatura === 'holdout' ? ', held out' : ''}`, fit.trafilatura),
    `On the pages fitted (optimistic):`,
    line('WCXB article vs the rest', fit.devWcxb),
    line('trafilatura (all articles)', fit.devTrafilatura),
    `Readability's isProbablyReaderable on the same parsed pages:`,
    line('WCXB article vs the rest', fit.readerableWcxb),
    line('trafilatura (all articles)', fit.readerableTrafilatura),
    '',
    `Pages the cross-validated detector gets wrong (score; the final weights' heaviest signals):`,
    ...errorLines(fit),
    '',
    `bias ${fit.bias}; weights: ${Object.entries(fit.weights).sort(([, a], [, b]) => b - a).map(([n, w]) => `${n} ${w}`).join(', ')}`,
    `${fit.trees.length} trees`,
  ];
  return out.join('\n') + '\n';
}
