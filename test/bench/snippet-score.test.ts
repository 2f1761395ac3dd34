// trafilatura's snippet metric (src/bench/snippet-score.ts), the bad-loss rule (src/bench/bad-losses.ts)
// and the site of a trafilatura page whose url is a file label (src/bench/trafilatura-set.ts).
import { describe, expect, it } from 'vitest';
import { findBadLosses, isBadLoss } from '../../src/bench/bad-losses';
import type { PageRecord } from '../../src/bench/compare-page';
import { countSnippets, snippetF, summarizeSnippets } from '../../src/bench/snippet-score';
import { trafilaturaDomain } from '../../src/bench/trafilatura-set';

const truth = { with: ['The mayor said  the bridge\nwill open in May.', 'Tolls stay at two euros.'], without: ['Subscribe now', 'All rights reserved'] };

describe('snippet counts', () => {
  it('finds snippets with white space normalised, case kept', () => {
    const text = 'Headline\nThe mayor said the bridge will open in May. More.\nsubscribe now\nAll rights reserved 2024';
    expect(countSnippets(text, truth)).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
  });

  it('ignores soft hyphens on both sides: some snippets keep them (trafilatura 0432), others do not (0959)', () => {
    const hyphenated = { with: ['Werk\u00adzeug\u00adty\u00adpen und ihre Lauf\u00adzei\u00adten', 'St. Magdalener überzeugen'], without: [] };
    expect(countSnippets('Werkzeugtypen und ihre Laufzeiten. St. Mag\u00adda\u00adle\u00adner überzeugen', hyphenated)).toEqual({ tp: 2, fp: 0, fn: 0, tn: 0 });
  });

  it('counts an empty extraction as every with missed and every without absent', () => {
    expect(countSnippets('', truth)).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
    expect(snippetF(countSnippets('', truth))).toBe(0);
  });

  it('gives per-page F 2tp/(2tp+fp+fn)', () => {
    expect(snippetF({ tp: 3, fp: 0, fn: 0, tn: 3 })).toBe(1);
    expect(snippetF({ tp: 3, fp: 1, fn: 0, tn: 2 })).toBeCloseTo(6 / 7);
    expect(snippetF({ tp: 2, fp: 0, fn: 1, tn: 3 })).toBeCloseTo(0.8);
  });

  it('sums counts over pages before taking precision, recall and F, as trafilatura does', () => {
    const s = summarizeSnippets([
      { counts: { tp: 3, fp: 0, fn: 0, tn: 3 }, empty: false },
      { counts: { tp: 0, fp: 0, fn: 1, tn: 1 }, empty: true },
    ]);
    expect([s.tp, s.fp, s.fn, s.tn]).toEqual([3, 0, 1, 4]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.75);
    expect(s.f).toBeCloseTo(6 / 7);
    expect(s.accuracy).toBe(7 / 8);
    expect(s.meanPageF).toBe(0.5);
    expect(s.empty).toBe(1);
  });
});

describe('bad losses', () => {
  const record = (id: string, readability: number, ours: number, pageType: PageRecord['pageType'] = 'article'): PageRecord => {
    const run = (f: number) => ({ f, empty: false, ms: 1, outcome: 'ok', words: 10 });
    return {
      set: 'wcxb', id, pageType, spa: false, urlSource: 'dataset', charset: 'utf-8', replacementChars: 0, parseMs: 1,
      readability: run(readability), ours: { ...run(ours), extractor: 'fallback' }, detection: null,
    };
  };

  it('lists article pages where Readability has at least 0.8 and ours is more than 0.1 below, worst first', () => {
    const records = [
      record('a', 0.95, 0.5), record('b', 0.9, 0.85), record('c', 0.79, 0.1), record('d', 1, 0.2, 'forum'), record('e', 0.85, 0.7),
    ];
    expect(records.map(isBadLoss)).toEqual([true, false, false, false, true]);
    const report = findBadLosses(records);
    expect(report.losses.map((l) => l.id)).toEqual(['a', 'e']);
    expect(report.articlePages).toBe(4);
    expect(report.rate).toBe(0.5);
    expect(report.losses[0]).toMatchObject({ readability: 0.95, ours: 0.5, outcome: 'ok', extractor: 'fallback' });
  });
});

describe('trafilatura page sites', () => {
  it('takes the host of a real url, without www', () => {
    expect(trafilaturaDomain({ url: 'https://www.spiegel.de/spiegel/print/d-161500790.html', source_file: 'x.html' })).toBe('spiegel.de');
  });

  it('takes the site that starts a hard:: file label', () => {
    expect(trafilaturaDomain({ url: 'hard::dw.com.colonial.html', source_file: '' })).toBe('dw.com');
    expect(trafilaturaDomain({ url: 'hard::100noticias.com-millones.html', source_file: '' })).toBe('100noticias.com');
    expect(trafilaturaDomain({ url: 'hard::iwr.de.IWR-Pressedienst.html', source_file: '' })).toBe('iwr.de');
  });
});
