// Gathers the per-page records of each set and the fixture checks into the figures the bench prints
// and saves.
import { findBadLosses } from './bad-losses';
import type { BadLossReport } from './bad-losses';
import type { PageRecord } from './compare-page';
import type { PageType, SetName } from './dataset';
import { summarizeDetection } from './detection';
import type { DetectionReport } from './detection';
import type { FixtureLeaks } from './fixture-leaks';
import { summarize } from './score';
import type { PageScore, Summary } from './score';
import { summarizeSnippets } from './snippet-score';
import type { SnippetSummary } from './snippet-score';
import { ratio, summarizeTimes } from './stats';
import type { TimingSummary } from './stats';

/** Published figures (bench README). WCXB: F1 over all page types and over the articles, on this dev set. */
export const REFERENCE = {
  readability: { all: 0.76, article: 0.909 },
  defuddle: { all: 0.811, article: 0.929 },
  /** trafilatura's whole corpus (990 pages), F of the summed snippet counts. */
  trafilatura: { 'trafilatura 2.2.0': 0.924, 'readability-lxml': 0.826, 'newspaper4k': 0.801 },
} as const;

export interface SideBySide {
  pages: number;
  readability: Summary;
  ours: Summary;
}

export interface LeakTotals {
  /** `gone` strings found, summed over the fixtures. */
  leaked: number;
  fixturesWithLeaks: number;
  /** Mean share of `keep` strings found. */
  keepRecall: number;
  fixturesWithMissing: number;
}

/** Where the pages' addresses came from (src/bench/page-url.ts): ids of those without a data-set url. */
export interface UrlCounts {
  dataset: number;
  declared: string[];
  standIn: string[];
}

/** How the pages' bytes were decoded: pages per charset, and ids of pages left with U+FFFD or not decoded. */
export interface DecodeCounts {
  charsets: Record<string, number>;
  withReplacement: string[];
  failed: string[];
}

export type SetExtraction =
  | { kind: 'text'; all: SideBySide; article: SideBySide; byType: Partial<Record<PageType, SideBySide>> }
  | { kind: 'snippets'; readability: SnippetSummary; ours: SnippetSummary };

export interface TimingResults {
  readability: TimingSummary;
  ours: TimingSummary;
  ratioOfMedians: number | null;
  ratioOfTotals: number | null;
  parse: TimingSummary;
}

export interface SetResults {
  set: SetName;
  pages: number;
  urls: UrlCounts;
  decoding: DecodeCounts;
  extraction: SetExtraction;
  outcomes: { readability: Record<string, number>; ours: Record<string, number>; oursExtractor: Record<string, number> };
  detection: DetectionReport;
  badLosses: BadLossReport;
  timing: TimingResults;
  parseErrors: Array<{ id: string; message: string }>;
}

export interface BenchResults {
  sets: SetResults[];
  /** Timing over the pages of every set run. */
  timing: TimingResults;
  leaks: { fixtures: number; problems: number; ours: LeakTotals; readability: LeakTotals; details: FixtureLeaks[] };
}

function sideBySide(records: readonly PageRecord[]): SideBySide {
  const scores = (pick: (r: PageRecord) => PageScore | undefined): PageScore[] => records.flatMap((r) => pick(r) ?? []);
  return {
    pages: records.length,
    readability: summarize(scores((r) => r.readability.text)),
    ours: summarize(scores((r) => r.ours.text)),
  };
}

function extraction(set: SetName, records: readonly PageRecord[]): SetExtraction {
  if (set === 'trafilatura') {
    const side = (pick: (r: PageRecord) => PageRecord['ours']) => summarizeSnippets(records.flatMap((r) => {
      const run = pick(r);
      return run.snippets ? [{ counts: run.snippets, empty: run.empty }] : [];
    }));
    return { kind: 'snippets', readability: side((r) => r.readability), ours: side((r) => r.ours) };
  }
  const byType: Partial<Record<PageType, SideBySide>> = {};
  for (const type of new Set(records.map((r) => r.pageType))) byType[type] = sideBySide(records.filter((r) => r.pageType === type));
  return { kind: 'text', all: sideBySide(records), article: sideBySide(records.filter((r) => r.pageType === 'article')), byType };
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function leakTotals(details: readonly FixtureLeaks[], side: 'ours' | 'readability'): LeakTotals {
  const checks = details.flatMap((d) => (d[side] ? [d[side]] : []));
  return {
    leaked: checks.reduce((total, c) => total + c.leaked.length, 0),
    fixturesWithLeaks: checks.filter((c) => c.leaked.length > 0).length,
    keepRecall: checks.length ? checks.reduce((total, c) => total + c.keepRecall, 0) / checks.length : 0,
    fixturesWithMissing: checks.filter((c) => c.missing.length > 0).length,
  };
}

function urlCounts(records: readonly PageRecord[]): UrlCounts {
  const ids = (source: PageRecord['urlSource']) => records.filter((r) => r.urlSource === source).map((r) => r.id);
  return { dataset: ids('dataset').length, declared: ids('declared'), standIn: ids('stand-in') };
}

function timing(records: readonly PageRecord[]): TimingResults {
  const readability = summarizeTimes(records.map((r) => r.readability.ms));
  const ours = summarizeTimes(records.map((r) => r.ours.ms));
  return {
    readability,
    ours,
    ratioOfMedians: ratio(ours.medianMs, readability.medianMs),
    ratioOfTotals: ratio(ours.totalMs, readability.totalMs),
    parse: summarizeTimes(records.map((r) => r.parseMs)),
  };
}

/** Computes every figure of one set's run. */
export function buildSetResults(set: SetName, records: readonly PageRecord[]): SetResults {
  return {
    set,
    pages: records.length,
    urls: urlCounts(records),
    decoding: {
      charsets: tally(records.flatMap((r) => (r.charset ? [r.charset] : []))),
      withReplacement: records.filter((r) => r.replacementChars > 0).map((r) => r.id),
      failed: records.filter((r) => r.charset === null).map((r) => r.id),
    },
    extraction: extraction(set, records),
    outcomes: {
      readability: tally(records.map((r) => r.readability.outcome)),
      ours: tally(records.map((r) => r.ours.outcome)),
      oursExtractor: tally(records.flatMap((r) => (r.ours.extractor ? [r.ours.extractor] : []))),
    },
    detection: summarizeDetection(
      records.flatMap((r) => (r.detection ? [r.detection] : [])),
      records.filter((r) => !r.detection).map((r) => r.id),
    ),
    badLosses: findBadLosses(records),
    timing: timing(records),
    parseErrors: records.flatMap((r) => (r.parseError ? [{ id: r.id, message: r.parseError }] : [])),
  };
}

/** Computes every figure of a bench run: each set, timing over all of them, and the fixture leaks. */
export function buildResults(bySet: ReadonlyMap<SetName, readonly PageRecord[]>, fixtures: readonly FixtureLeaks[]): BenchResults {
  return {
    sets: [...bySet].map(([set, records]) => buildSetResults(set, records)),
    timing: timing([...bySet.values()].flat()),
    leaks: {
      fixtures: fixtures.length,
      problems: fixtures.filter((f) => f.problem).length,
      ours: leakTotals(fixtures, 'ours'),
      readability: leakTotals(fixtures, 'readability'),
      details: [...fixtures],
    },
  };
}
