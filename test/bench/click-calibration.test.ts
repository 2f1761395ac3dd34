// bench-click's arithmetic (src/bench/click-calibration.ts): what a click shows per page, the balanced
// score the thresholds are judged by, and folds that keep a site's pages together.
import { describe, expect, it } from 'vitest';
import { balancedScore, crossValidate, fitThresholds, foldOf, outcomeOf, shareTable } from '../../src/bench/click-calibration';
import type { ClickRow } from '../../src/bench/click-calibration';
import { PROSE_THRESHOLDS } from '../../src/core/prose';

const story = { paragraphs: 6, proseChars: 2400, totalChars: 2600, linkChars: 40, codeChars: 0 };
const teasers = { paragraphs: 10, proseChars: 1500, totalChars: 2600, linkChars: 1100, codeChars: 0 };
const row = (over: Partial<ClickRow>): ClickRow => ({ set: 'wcxb', id: 'x', pageType: 'article', domain: 'a.example', detected: false, prose: story, ...over });

describe('what one click shows', () => {
  it('tells the detector\'s article, the article with a note, the message and a failure apart', () => {
    expect(outcomeOf(row({ detected: true }))).toBe('article');
    expect(outcomeOf(row({}))).toBe('note');
    expect(outcomeOf(row({ prose: teasers }))).toBe('not-article');
    expect(outcomeOf(row({ detected: true, prose: null }))).toBe('failed');
  });

  it('gives each page type its shares of the four outcomes', () => {
    const rows = [row({ detected: true }), row({}), row({ pageType: 'listing', prose: teasers }), row({ pageType: 'listing', prose: null })];
    const table = shareTable(rows);
    expect(table.find((s) => s.pageType === 'article')).toMatchObject({ pages: 2, articleShare: 0.5, noteShare: 0.5, notArticleShare: 0 });
    expect(table.find((s) => s.pageType === 'listing')).toMatchObject({ pages: 2, notArticleShare: 0.5, failedShare: 0.5 });
  });
});

describe('threshold calibration', () => {
  it('scores only the pages the detector did not take, articles shown against listings kept back', () => {
    const rows = [row({ detected: true, pageType: 'listing', prose: story }), row({}), row({ pageType: 'listing', prose: story }), row({ pageType: 'collection', prose: teasers })];
    expect(balancedScore(rows, PROSE_THRESHOLDS)).toEqual({ score: 0.75, showRate: 1, keepBackRate: 0.5 });
  });

  it('keeps the shipped thresholds where the pages cannot tell values apart', () => {
    expect(fitThresholds([row({ detected: true }), row({ detected: true, pageType: 'listing', prose: teasers })])).toEqual(PROSE_THRESHOLDS);
    // A listing whose link text is 30% of it: only a lower maxLinkShare keeps it back, and only that changes.
    const listing = { paragraphs: 4, proseChars: 1800, totalChars: 2600, linkChars: 780, codeChars: 0 };
    const fitted = fitThresholds([row({}), row({ pageType: 'listing', prose: listing })]);
    expect(balancedScore([row({}), row({ pageType: 'listing', prose: listing })], fitted).score).toBe(1);
    expect({ ...fitted, maxLinkShare: PROSE_THRESHOLDS.maxLinkShare, minProseShare: PROSE_THRESHOLDS.minProseShare }).toEqual(PROSE_THRESHOLDS);
  });

  it('puts every page of a site in the same fold and holds each fold out once', () => {
    expect(foldOf('news.example', 5)).toBe(foldOf('news.example', 5));
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].flatMap((d) => [row({ domain: `${d}.example` }), row({ domain: `${d}.example`, pageType: 'listing', prose: teasers })]);
    const cv = crossValidate(rows, 4);
    expect(cv.map((f) => f.fold)).toEqual([0, 1, 2, 3]);
    for (const f of cv) expect(f.heldOutFitted).toBeGreaterThanOrEqual(0);
  });
});
