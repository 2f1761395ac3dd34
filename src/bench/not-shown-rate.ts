// The "not shown" notice on the dev sets' article pages (src/core/not-shown.ts): how often it appears,
// and, by the ground truth, whether what it offers to restore is the page's main content and how much
// of the main text the extraction missed it gives back. WCXB has the main text (token 4-grams, as the
// extraction metric: a block is main content when most of its shingles are the truth's); trafilatura
// has snippets (a block with a `with` snippet is main content, one with a `without` snippet is
// boilerplate, one with neither is not judged). A notice is false when none of its blocks is main content.
import type { Article } from '../core/types';
import { shingles } from './score';

/** What a page is judged against: its main text, or snippets of main text and of boilerplate. */
export type NoticeTruth =
  | { kind: 'text'; text: string }
  | { kind: 'snippets'; with: readonly string[]; without: readonly string[] };

/** A block is main content when at least this share of its shingles are in the truth. */
const MAIN_SHARE = 0.5;

/** One page's notice, judged. */
export interface NoticePage {
  id: string;
  /** Blocks the notice offers to restore (0: no notice). */
  blocks: number;
  /** Blocks judged main content, judged boilerplate, and judged at all (text truth judges every block). */
  main: number;
  boilerplate: number;
  judged: number;
  /** Truth the extraction misses (shingles, or `with` snippets), and how much of it the blocks hold. */
  missing: number;
  recovered: number;
  /** A sample of the page's first block, for the listing of false notices. */
  sample: string;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

function multisetMinus(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, n] of a) {
    const left = n - (b.get(key) ?? 0);
    if (left > 0) out.set(key, left);
  }
  return out;
}

function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

function judgeByText(page: NoticePage, texts: readonly string[], extracted: string, truth: string): void {
  const truthShingles = shingles(truth);
  for (const text of texts) {
    const own = shingles(text);
    const total = sum(own);
    let inTruth = 0;
    for (const [key, n] of own) inTruth += Math.min(n, truthShingles.get(key) ?? 0);
    page.judged++;
    if (total > 0 && inTruth / total >= MAIN_SHARE) page.main++;
    else page.boilerplate++;
  }
  const missing = multisetMinus(truthShingles, shingles(extracted));
  page.missing = sum(missing);
  const offered = shingles(texts.join('\n'));
  for (const [key, n] of missing) page.recovered += Math.min(n, offered.get(key) ?? 0);
}

function judgeBySnippets(page: NoticePage, texts: readonly string[], extracted: string, truth: { with: readonly string[]; without: readonly string[] }): void {
  const blocks = texts.map(flat);
  const wanted = truth.with.map(flat).filter(Boolean);
  const unwanted = truth.without.map(flat).filter(Boolean);
  for (const block of blocks) {
    const main = wanted.some((s) => block.includes(s));
    const boilerplate = unwanted.some((s) => block.includes(s));
    if (main) page.main++;
    else if (boilerplate) page.boilerplate++;
    if (main || boilerplate) page.judged++;
  }
  const shown = flat(extracted);
  const missing = wanted.filter((s) => !shown.includes(s));
  page.missing = missing.length;
  const offered = blocks.join(' ');
  page.recovered = missing.filter((s) => offered.includes(s)).length;
}

/** Judges the notice of one extracted article page against its truth. */
export function judgeNotice(id: string, article: Pick<Article, 'text' | 'notShown'>, truth: NoticeTruth): NoticePage {
  const texts = (article.notShown ?? []).map((block) => block.text);
  const page: NoticePage = { id, blocks: texts.length, main: 0, boilerplate: 0, judged: 0, missing: 0, recovered: 0, sample: flat(texts[0] ?? '').slice(0, 80) };
  if (truth.kind === 'text') judgeByText(page, texts, article.text, truth.text);
  else judgeBySnippets(page, texts, article.text, truth);
  return page;
}

export interface NoticeSummary {
  /** Article pages with an extraction. */
  pages: number;
  withNotice: number;
  /** Notices none of whose judged blocks is main content (at least one block judged boilerplate). */
  falseNotices: number;
  blocks: number;
  judged: number;
  main: number;
  /** main / judged blocks (null when nothing was judged). */
  precision: number | null;
  /** Missing truth over all pages, and the share of it the notices give back. */
  missing: number;
  recovered: number;
  /** Missing truth on the pages with a notice, and the share of that given back. */
  missingOnNoticed: number;
  /** Pages with a false notice, for a look. */
  falseIds: Array<{ id: string; sample: string }>;
}

/** The judged notices of a run's article pages that gave an article (the bench's records). */
export function noticePages(records: ReadonlyArray<{ pageType: string; ours: { notice?: NoticePage } }>): NoticePage[] {
  return records.flatMap((r) => (r.pageType === 'article' && r.ours.notice ? [r.ours.notice] : []));
}

/** Adds up the judged pages of one set. */
export function summarizeNotices(pages: readonly NoticePage[]): NoticeSummary {
  const noticed = pages.filter((p) => p.blocks > 0);
  const falseOnes = noticed.filter((p) => p.main === 0 && p.boilerplate > 0);
  const total = (pick: (p: NoticePage) => number, list = pages) => list.reduce((n, p) => n + pick(p), 0);
  const judged = total((p) => p.judged);
  const main = total((p) => p.main);
  return {
    pages: pages.length,
    withNotice: noticed.length,
    falseNotices: falseOnes.length,
    blocks: total((p) => p.blocks),
    judged,
    main,
    precision: judged > 0 ? main / judged : null,
    missing: total((p) => p.missing),
    recovered: total((p) => p.recovered),
    missingOnNoticed: total((p) => p.missing, noticed),
    falseIds: falseOnes.map((p) => ({ id: p.id, sample: p.sample })),
  };
}

const pct = (n: number, d: number): string => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** The report lines for one set: `unit` names what `missing` counts (token 4-grams, `with` snippets). */
export function formatNotices(name: string, s: NoticeSummary, unit: string): string[] {
  const lines = [
    `  ${name}: notice on ${s.withNotice} of ${s.pages} article pages (${pct(s.withNotice, s.pages)}); ` +
      `false notices ${s.falseNotices} (${pct(s.falseNotices, s.pages)} of pages)`,
    `    ${s.blocks} blocks offered, ${s.judged} judged, ${s.main} main content (precision ${s.precision === null ? 'n/a' : s.precision.toFixed(3)}); ` +
      `recovered ${s.recovered} of ${s.missing} missing ${unit} (${pct(s.recovered, s.missing)}; ${pct(s.recovered, s.missingOnNoticed)} on the noticed pages)`,
  ];
  for (const f of s.falseIds.slice(0, 12)) lines.push(`    false ${f.id}: ${JSON.stringify(f.sample)}`);
  if (s.falseIds.length > 12) lines.push(`    … and ${s.falseIds.length - 12} more false notices`);
  return lines;
}
