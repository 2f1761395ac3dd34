// The bench metric (src/bench/score.ts) on small cases computed by hand.
import { describe, expect, it } from 'vitest';
import { scorePage, shingles, summarize } from '../../src/bench/score';

describe('shingles', () => {
  it('tokenizes runs of letters, digits and underscore, keeping case', () => {
    const counts = shingles('Hello, World! foo_bar 42.');
    expect([...counts.keys()]).toEqual(['Hello\u0001World\u0001foo_bar\u000142']);
  });

  it('counts Unicode letters and drops symbols', () => {
    expect([...shingles('Größe über 10 € Straße').keys()]).toEqual(['Größe\u0001über\u000110\u0001Straße']);
  });

  it('reads a soft hyphen as nothing, on either side: the truths keep them (WCXB 4554), an extractor may not', () => {
    expect([...shingles('Assis\u00adtance for home\u00adown\u00aders').keys()]).toEqual(['Assistance\u0001for\u0001homeowners']);
  });

  it('gives one overlapping 4-gram per position', () => {
    expect(shingles('a b c d e f').size).toBe(3);
  });

  it('gives one short shingle for texts under four tokens, none for no token', () => {
    expect([...shingles('just two').entries()]).toEqual([['just\u0001two', 1]]);
    expect(shingles(' ,.; ').size).toBe(0);
  });
});

describe('scorePage', () => {
  it('scores an exact match as 1 / 1 / 1', () => {
    expect(scorePage('a b c d e', 'a b c d e')).toEqual({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('scores a partial overlap', () => {
    // predicted: abcd bcde cdef; truth: abcd bcdx -> tp 1, fp 2, fn 1
    const s = scorePage('a b c d e f', 'a b c d x');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 2, 1]);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('counts shingles as a multiset: a repeated passage is paid for', () => {
    // predicted: abcd bcda cdab dabc abcd (abcd twice); truth: abcd once
    const s = scorePage('a b c d a b c d', 'a b c d');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 4, 0]);
    expect(s.precision).toBeCloseTo(1 / 5);
    expect(s.recall).toBe(1);
  });

  it('is case-sensitive and ignores punctuation and white space', () => {
    expect(scorePage('hello world foo bar', 'Hello world foo bar').tp).toBe(0);
    expect(scorePage('Hello,\n\nworld — foo   bar!', 'Hello world foo bar').f1).toBe(1);
  });

  it('gives an empty prediction no precision, zero recall and zero F1', () => {
    expect(scorePage('', 'a b c d')).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
  });

  it('gives an empty truth no recall', () => {
    expect(scorePage('a b c d', '')).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 });
  });
});

describe('summarize', () => {
  it('averages precision over pages with a prediction and recall over pages with a truth', () => {
    const full = scorePage('a b c d e', 'a b c d e f g'); // tp 2 of 2 predicted, of 4 true: P 1, R 0.5
    const empty = scorePage('', 'a b c d'); // P null, R 0
    const summary = summarize([full, empty]);
    expect(summary.pages).toBe(2);
    expect(summary.precision).toBe(1);
    expect(summary.recall).toBeCloseTo(0.25);
    expect(summary.f1).toBeCloseTo((2 * 1 * 0.25) / 1.25);
    expect(summary.meanPageF1).toBeCloseTo((2 / 3 + 0) / 2);
    expect(summary.empty).toBe(1);
  });

  it('returns zeros for no pages', () => {
    expect(summarize([])).toEqual({ pages: 0, precision: 0, recall: 0, f1: 0, meanPageF1: 0, empty: 0 });
  });
});
