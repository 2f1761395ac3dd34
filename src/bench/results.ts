// Gathers the per-page records and the fixture checks into the figures the bench prints and saves.
import type { PageRecord } from './compare-page';
import type { PageType } from './dataset';
import { summarizeDetection } from './detection';
import type { DetectionReport } from './detection';
import type { FixtureLeaks } from './fixture-leaks';
import { summarize } from './score';
import type { Summary } from './score';
import { ratio, summarizeTimes } from './stats';
import type { TimingSummary } from './stats';

/** Published figures on this dev set (bench README): F1 over all page types and over the articles. */
export const REFERENCE = {
  readability: { all: 0.76, article: 0.909 },
  defuddle: { all: 0.811, article: 0.929 },
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

export interface BenchResults {
  pages: number;
  urls: UrlCounts;
  extraction: { all: SideBySide; article: SideBySide; byType: Partial<Record<PageType, SideBySide>> };
  outcomes: { readability: Record<string, number>; ours: Record<string, number>; oursExtractor: Record<string, number> };
  detection: DetectionReport;
  timing: {
    readability: TimingSummary;
    ours: TimingSummary;
    ratioOfMedians: number | null;
    ratioOfTotals: number | null;
    parse: TimingSummary;
  };
  leaks: { fixtures: number; problems: number; ours: LeakTotals; readability: LeakTotals; details: FixtureLeaks[] };
  parseErrors: Array<{ id: string; message: string }>;
}

function sideBySide(records: readonly PageRecord[]): SideBySide {
  return {
    pages: records.length,
    readability: summarize(records.map((r) => r.readability.score)),
    ours: summarize(records.map((r) => r.ours.score)),
  };
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

/** Computes every figure of a bench run. */
export function buildResults(records: readonly PageRecord[], fixtures: readonly FixtureLeaks[]): BenchResults {
  const byType: BenchResults['extraction']['byType'] = {};
  for (const type of new Set(records.map((r) => r.pageType))) {
    byType[type] = sideBySide(records.filter((r) => r.pageType === type));
  }
  const readabilityTimes = records.map((r) => r.readability.ms);
  const oursTimes = records.map((r) => r.ours.ms);
  const readabilityTiming = summarizeTimes(readabilityTimes);
  const oursTiming = summarizeTimes(oursTimes);
  return {
    pages: records.length,
    urls: urlCounts(records),
    extraction: {
      all: sideBySide(records),
      article: sideBySide(records.filter((r) => r.pageType === 'article')),
      byType,
    },
    outcomes: {
      readability: tally(records.map((r) => r.readability.outcome)),
      ours: tally(records.map((r) => r.ours.outcome)),
      oursExtractor: tally(records.flatMap((r) => (r.ours.extractor ? [r.ours.extractor] : []))),
    },
    detection: summarizeDetection(
      records.flatMap((r) => (r.detection ? [r.detection] : [])),
      records.filter((r) => !r.detection).map((r) => r.id),
    ),
    timing: {
      readability: readabilityTiming,
      ours: oursTiming,
      ratioOfMedians: ratio(oursTiming.medianMs, readabilityTiming.medianMs),
      ratioOfTotals: ratio(oursTiming.totalMs, readabilityTiming.totalMs),
      parse: summarizeTimes(records.map((r) => r.parseMs)),
    },
    leaks: {
      fixtures: fixtures.length,
      problems: fixtures.filter((f) => f.problem).length,
      ours: leakTotals(fixtures, 'ours'),
      readability: leakTotals(fixtures, 'readability'),
      details: [...fixtures],
    },
    parseErrors: records.flatMap((r) => (r.parseError ? [{ id: r.id, message: r.parseError }] : [])),
  };
}
