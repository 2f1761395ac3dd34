// One page's line of the bench's --json output: both extractors' per-page figure, outcome and time,
// the set's own score details, and both detectors' verdicts.
import { isBadLoss } from './bad-losses';
import type { PageRecord } from './compare-page';

/** The per-page entry of the JSON report. */
export function perPageJson(r: PageRecord): Record<string, unknown> {
  return {
    id: r.id, pageType: r.pageType, spa: r.spa, urlSource: r.urlSource, charset: r.charset,
    replacementChars: r.replacementChars, parseError: r.parseError ?? null,
    oursF: r.ours.f, readabilityF: r.readability.f, badLoss: isBadLoss(r),
    oursScore: r.ours.text ?? r.ours.snippets ?? null, readabilityScore: r.readability.text ?? r.readability.snippets ?? null,
    oursOutcome: r.ours.outcome, oursExtractor: r.ours.extractor ?? null, readabilityOutcome: r.readability.outcome,
    oursWords: r.ours.words, readabilityWords: r.readability.words,
    oursMs: r.ours.ms, readabilityMs: r.readability.ms, parseMs: r.parseMs,
    isArticle: r.detection?.ours ?? null, readerable: r.detection?.readerable ?? null,
  };
}
