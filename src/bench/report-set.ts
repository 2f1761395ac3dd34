// One data set's part of the printed report: extraction beside plain Readability, the bad losses,
// detection, addresses, decoding and time.
import { BAD_LOSS_FLOOR, BAD_LOSS_MARGIN, BAD_LOSS_TARGET } from './bad-losses';
import type { BadLossReport } from './bad-losses';
import type { DetectionScores } from './detection';
import { STAND_IN_URL } from './page-url';
import { counts, f3, idList, label, ms, pad } from './report-format';
import { REFERENCE } from './results';
import type { SetExtraction, SetResults, SideBySide, TimingResults, UrlCounts } from './results';
import type { Summary } from './score';
import type { SnippetSummary } from './snippet-score';

const TITLES = {
  wcxb: 'WCXB dev set (CC-BY-4.0, Murrough-Foley)',
  trafilatura: 'trafilatura dev set (Apache-2.0, Barbaresi and contributors)',
} as const;

function summaryRow(name: string, s: Summary, published: string): string {
  return `  ${label(name)}${pad(s.pages, 6)}${pad(f3(s.precision), 8)}${pad(f3(s.recall), 8)}${pad(f3(s.f1), 8)}` +
    `${pad(f3(s.meanPageF1), 9)}${pad(s.empty, 7)}   ${published}`;
}

function textRows(title: string, side: SideBySide, ref: { readability: number; defuddle: number }): string[] {
  return [
    `${title} (${side.pages} pages)`,
    summaryRow('Readability 0.6', side.readability, `published ${f3(ref.readability)}`),
    summaryRow('Tidy Reader', side.ours, `Defuddle ${f3(ref.defuddle)}`),
  ];
}

function snippetRow(name: string, s: SnippetSummary): string {
  return `  ${label(name)}${pad(s.pages, 6)}${pad(f3(s.precision), 8)}${pad(f3(s.recall), 8)}${pad(f3(s.f), 8)}` +
    `${pad(f3(s.accuracy), 9)}${pad(f3(s.meanPageF), 9)}${pad(s.empty, 7)}`;
}

function extractionLines(e: SetExtraction): string[] {
  if (e.kind === 'snippets') {
    const published = Object.entries(REFERENCE.trafilatura).map(([name, f]) => `${name} ${f3(f)}`).join(', ');
    return [
      `Extraction: with/without snippets, trafilatura's metric (counts summed over pages)`,
      `  ${label('')}${pad('pages', 6)}${pad('prec', 8)}${pad('recall', 8)}${pad('F', 8)}${pad('accuracy', 9)}${pad('page-F', 9)}${pad('empty', 7)}`,
      snippetRow('Readability 0.6', e.readability),
      snippetRow('Tidy Reader', e.ours),
      `  published on the whole corpus (990 pages): ${published}`,
    ];
  }
  const out = [
    `Extraction: token 4-gram overlap with the ground truth (bench README metric)`,
    `  ${label('')}${pad('pages', 6)}${pad('prec', 8)}${pad('recall', 8)}${pad('F1', 8)}${pad('mean-F1', 9)}${pad('empty', 7)}   reference`,
    ...textRows('All page types', e.all, { readability: REFERENCE.readability.all, defuddle: REFERENCE.defuddle.all }),
    ...textRows('Articles', e.article, { readability: REFERENCE.readability.article, defuddle: REFERENCE.defuddle.article }),
    '', `F1 by page type            pages  Readability  Tidy Reader`,
  ];
  for (const [type, side] of Object.entries(e.byType)) {
    out.push(`  ${label(type)}${pad(side.pages, 5)}${pad(f3(side.readability.f1), 13)}${pad(f3(side.ours.f1), 13)}`);
  }
  return out;
}

function badLossLines(b: BadLossReport, figure: string): string[] {
  const verdict = b.rate <= BAD_LOSS_TARGET ? 'within' : 'ABOVE';
  const out = [
    `Bad losses: article pages where Readability's ${figure} >= ${BAD_LOSS_FLOOR} and ours is more than ${BAD_LOSS_MARGIN} below`,
    `  ${b.losses.length} of ${b.articlePages} article pages = ${(100 * b.rate).toFixed(2)}% (${verdict} the ${(100 * BAD_LOSS_TARGET).toFixed(1)}% target)`,
  ];
  for (const l of b.losses) {
    const how = l.outcome === 'ok' ? `ok/${l.extractor ?? '?'}` : l.outcome;
    const detected = l.detected === null ? 'not detected (no row)' : l.detected ? 'detected' : 'NOT detected';
    out.push(`  ${l.id}  Readability ${f3(l.readability)}  ours ${f3(l.ours)}  ${how}, ${detected}${l.snippets ? `; ${l.snippets}` : ''}`);
  }
  return out;
}

function detectionRow(name: string, d: DetectionScores): string {
  const f1 = d.precision + d.recall > 0 ? (2 * d.precision * d.recall) / (d.precision + d.recall) : 0;
  return `  ${label(name)}${pad(f3(d.accuracy), 9)}${pad(f3(d.precision), 10)}${pad(f3(d.recall), 8)}${pad(f3(f1), 8)}`;
}

function detectionLines(r: SetResults): string[] {
  const d = r.detection;
  if (r.set === 'trafilatura') {
    return [
      `Detection: every page counts as an article (news and blog posts, nearly all), so recall is the figure`,
      `  isProbablyReaderable recall ${f3(d.readerable.recall)} (${d.readerable.tp} of ${d.pages}); ` +
        `detectArticle recall ${f3(d.ours.recall)} (${d.ours.tp} of ${d.pages})`,
      `  missed by detectArticle:${idList(d.missedIds, 60) || ' none'}`,
    ];
  }
  const byType = Object.entries(d.perType).map(([type, share]) => `${type} ${f3(share.ours)}/${f3(share.readerable)}`);
  return [
    `Detection: article vs the other page types   accuracy precision  recall      F1`,
    detectionRow('isProbablyReaderable', d.readerable),
    detectionRow('detectArticle', d.ours),
    `  judged right, by type (ours/readerable): ${byType.join(', ')}`,
  ];
}

/** Says how many pages had no url of their own in the data set, and what they were judged under. */
function urlLine(u: UrlCounts): string {
  return `  page URLs: ${u.dataset} from the data set, ${u.declared.length} from the page's canonical/og:url${idList(u.declared)},` +
    ` ${u.standIn.length} stand-in ${STAND_IN_URL}${idList(u.standIn)}`;
}

/** The time lines of a set or of the whole run. */
export function timeLines(t: TimingResults): string[] {
  const row = (name: string, s: TimingResults['ours']) =>
    `  ${label(name)}${pad(ms(s.medianMs), 8)}${pad(ms(s.p90Ms), 8)}${pad((s.totalMs / 1000).toFixed(1) + ' s', 10)}`;
  const x = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(2)}x`);
  return [
    `Time per page (ms, same run, interleaved)   median     p90     total`,
    row('Readability 0.6', t.readability),
    row('Tidy Reader', t.ours),
    `  ours/Readability: ${x(t.ratioOfMedians)} of medians, ${x(t.ratioOfTotals)} of totals; decode+parse median ${ms(t.parse.medianMs)}`,
  ];
}

/** Renders one set's results. */
export function formatSet(r: SetResults, sample: number): string[] {
  const out = [`== ${TITLES[r.set]}: ${r.pages} pages${sample > 1 ? ` (every ${sample}th)` : ''}`, ''];
  out.push(...extractionLines(r.extraction));
  out.push(`  outcomes: Tidy Reader ${counts(r.outcomes.ours)} (body by ${counts(r.outcomes.oursExtractor)}); Readability ${counts(r.outcomes.readability)}`);
  out.push(urlLine(r.urls));
  out.push(`  decoding: ${counts(r.decoding.charsets)}; U+FFFD left in ${r.decoding.withReplacement.length}${idList(r.decoding.withReplacement)};` +
    ` not decoded ${r.decoding.failed.length}${idList(r.decoding.failed)}`);
  if (r.parseErrors.length) out.push(`  unparsed pages: ${r.parseErrors.map((e) => `${e.id} (${e.message})`).join('; ')}`);
  out.push('', ...badLossLines(r.badLosses, r.set === 'trafilatura' ? 'F over its snippets' : 'token F1'));
  out.push('', ...detectionLines(r));
  if (r.detection.unparsed.length) out.push(`  not detected (unparsed or threw): ${r.detection.unparsed.join(', ')}`);
  out.push(`  detectArticle median ${ms(r.detection.medianMs)} ms (p95 ${ms(r.detection.p95Ms)})`);
  out.push('', ...timeLines(r.timing), '');
  return out;
}
