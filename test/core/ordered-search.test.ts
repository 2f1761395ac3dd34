// The search that starts where the last sample was found (src/core/ordered-search.ts) answers as
// String.prototype.includes does, whatever order the samples come in.
import { describe, expect, it } from 'vitest';
import { orderedSearch } from '../../src/core/ordered-search';

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('orderedSearch', () => {
  const words = ['harbour', 'breakwater', 'opens', 'early', 'the', 'council', 'said', 'on', 'Tuesday', 'ferry'];
  const next = random(7);
  const text = Array.from({ length: 400 }, () => words[Math.floor(next() * words.length)]).join(' ');

  it('answers as includes for samples in order, reversed, shuffled and repeated, found or not', () => {
    const present = Array.from({ length: 300 }, () => {
      const start = Math.floor(next() * (text.length - 40));
      return text.slice(start, start + 1 + Math.floor(next() * 40));
    });
    const absent = ['harbour harbour harbour', 'ferryboat', 'Monday', 'said  on', 'x'];
    const orders = [
      [...present].sort((a, b) => text.indexOf(a) - text.indexOf(b)),
      [...present].sort((a, b) => text.indexOf(b) - text.indexOf(a)),
      [...present, ...absent].sort(() => next() - 0.5),
      [...present, ...present, ...absent, ''],
    ];
    for (const samples of orders) {
      const holds = orderedSearch(text);
      expect(samples.map((sample) => holds(sample))).toEqual(samples.map((sample) => text.includes(sample)));
    }
  });

  it('finds a sample that starts exactly where the last one was found, and one at the very start after moving on', () => {
    const holds = orderedSearch('abcabcXYZ');
    expect(holds('XYZ')).toBe(true);
    expect(holds('XY')).toBe(true);
    expect(holds('abca')).toBe(true);
    expect(holds('cX')).toBe(true);
    expect(holds('a')).toBe(true);
    expect(holds('ZZ')).toBe(false);
    expect(orderedSearch('')('')).toBe(true);
    expect(orderedSearch('')('a')).toBe(false);
  });
});
