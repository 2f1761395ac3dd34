// The bench's printed report: a few compact tables, ours beside plain Readability and the published
// reference figures.
import type { DetectionScores } from './detection';
import { REFERENCE } from './results';
import type { BenchResults, LeakTotals, SideBySide, UrlCounts } from './results';
import { STAND_IN_URL } from './page-url';
import type { Summary } from './score';
import type { TimingSummary } from './stats';

const f3 = (n: number) => n.toFixed(3);
const ms = (n: number) => n.toFixed(1);
const pad = (text: string | number, width: number) => String(text).padStart(width);
const label = (text: string, width = 24) => text.padEnd(width);

function summaryRow(name: string, s: Summary, published: string): string {
  return `  ${label(name)}${pad(s.pages, 6)}${pad(f3(s.precision), 8)}${pad(f3(s.recall), 8)}${pad(f3(s.f1), 8)}` +
    `${pad(f3(s.meanPageF1), 9)}${pad(s.empty, 7)}   ${published}`;
}

function extractionRows(title: string, side: SideBySide, ref: { readability: number; defuddle: number }): string[] {
  return [
    `${title} (${side.pages} pages)`,
    summaryRow('Readability 0.6', side.readability, `published ${f3(ref.readability)}`),
    summaryRow('Tidy Reader', side.ours, `Defuddle ${f3(ref.defuddle)}`),
  ];
}

function detectionRow(name: string, d: DetectionScores): string {
  const f1 = d.precision + d.recall > 0 ? (2 * d.precision * d.recall) / (d.precision + d.recall) : 0;
  return `  ${label(name)}${pad(f3(d.accuracy), 9)}${pad(f3(d.precision), 10)}${pad(f3(d.recall), 8)}${pad(f3(f1), 8)}`;
}

function leakRow(name: string, t: LeakTotals): string {
  return `  ${label(name)}${pad(t.leaked, 8)}${pad(t.fixturesWithLeaks, 10)}${pad(f3(t.keepRecall), 13)}${pad(t.fixturesWithMissing, 10)}`;
}

function timeRow(name: string, t: TimingSummary): string {
  return `  ${label(name)}${pad(ms(t.medianMs), 8)}${pad(ms(t.p90Ms), 8)}${pad((t.totalMs / 1000).toFixed(1) + ' s', 10)}`;
}

function counts(record: Record<string, number>): string {
  return Object.entries(record).sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} ${n}`).join(', ') || 'none';
}

/** Says how many pages had no url of their own in the data set, and what they were judged under. */
function urlLine(u: UrlCounts): string {
  const ids = (list: string[]) => (list.length ? ` (${list.join(', ')})` : '');
  return `  page URLs: ${u.dataset} from the data set, ${u.declared.length} from the page's canonical/og:url${ids(u.declared)},` +
    ` ${u.standIn.length} stand-in ${STAND_IN_URL}${ids(u.standIn)}`;
}

/** Renders the results as the text the bench prints. */
export function formatReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(`Extraction: token 4-gram overlap with the ground truth (bench README metric)`);
  out.push(`  ${label('')}${pad('pages', 6)}${pad('prec', 8)}${pad('recall', 8)}${pad('F1', 8)}${pad('mean-F1', 9)}${pad('empty', 7)}   reference`);
  out.push(...extractionRows('All page types', r.extraction.all, { readability: REFERENCE.readability.all, defuddle: REFERENCE.defuddle.all }));
  out.push(...extractionRows('Articles', r.extraction.article, { readability: REFERENCE.readability.article, defuddle: REFERENCE.defuddle.article }));
  out.push('', `F1 by page type            pages  Readability  Tidy Reader`);
  for (const [type, side] of Object.entries(r.extraction.byType)) {
    out.push(`  ${label(type)}${pad(side.pages, 5)}${pad(f3(side.readability.f1), 13)}${pad(f3(side.ours.f1), 13)}`);
  }
  out.push(`  outcomes: Tidy Reader ${counts(r.outcomes.ours)} (body by ${counts(r.outcomes.oursExtractor)}); Readability ${counts(r.outcomes.readability)}`);
  out.push(urlLine(r.urls));

  out.push('', `Detection: article vs the other page types   accuracy precision  recall      F1`);
  out.push(detectionRow('isProbablyReaderable', r.detection.readerable));
  out.push(detectionRow('detectArticle', r.detection.ours));
  const byType = Object.entries(r.detection.perType).map(([type, share]) => `${type} ${f3(share.ours)}/${f3(share.readerable)}`);
  out.push(`  judged right, by type (ours/readerable): ${byType.join(', ')}`);
  if (r.detection.unparsed.length) out.push(`  not detected (unparsed or threw): ${r.detection.unparsed.join(', ')}`);

  out.push('', `Fixture leaks (${r.leaks.fixtures} fixtures${r.leaks.problems ? `, ${r.leaks.problems} NOT CHECKED` : ''})` +
    `   leaked  fixtures  keep-recall  missing`);
  out.push(leakRow('Readability 0.6', r.leaks.readability));
  out.push(leakRow('Tidy Reader', r.leaks.ours));
  for (const fixture of r.leaks.details) {
    if (fixture.problem) out.push(`  ! ${fixture.name}: ${fixture.problem}`);
    const ours = fixture.ours;
    if (!ours) continue;
    if (ours.outcome !== 'ok') out.push(`  ! ${fixture.name}: extraction ${ours.outcome}`);
    if (ours.leaked.length) out.push(`  leak ${fixture.name}: ${ours.leaked.map((s) => JSON.stringify(s)).join(', ')}`);
    if (ours.missing.length) out.push(`  lost ${fixture.name}: ${ours.missing.map((s) => JSON.stringify(s.slice(0, 60))).join(', ')}`);
  }

  out.push('', `Time per page (ms, same run, interleaved)   median     p90     total`);
  out.push(timeRow('Readability 0.6', r.timing.readability));
  out.push(timeRow('Tidy Reader', r.timing.ours));
  const x = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(2)}x`);
  out.push(`  ours/Readability: ${x(r.timing.ratioOfMedians)} of medians, ${x(r.timing.ratioOfTotals)} of totals`);
  out.push(`  also: jsdom parse median ${ms(r.timing.parse.medianMs)}, detectArticle median ${ms(r.detection.medianMs)}` +
    ` (p95 ${ms(r.detection.p95Ms)})`);
  if (r.parseErrors.length) out.push(`  unparsed pages: ${r.parseErrors.map((e) => `${e.id} (${e.message})`).join('; ')}`);
  return out.join('\n') + '\n';
}
