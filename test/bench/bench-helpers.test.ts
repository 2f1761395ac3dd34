// The bench's own arithmetic: timing quantiles, fixture leak checks, options.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../src/bench/args';
import { checkText } from '../../src/bench/leak-check';
import { quantile, ratio, summarizeTimes } from '../../src/bench/stats';

describe('timing statistics', () => {
  it('takes nearest-rank quantiles', () => {
    const times = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(quantile(times, 0.5)).toBe(5);
    expect(quantile(times, 0.9)).toBe(9);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBe(0);
    expect(summarizeTimes([1, 2, 3])).toEqual({ medianMs: 2, p90Ms: 3, totalMs: 6 });
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBeNull();
  });
});

describe('fixture leak check', () => {
  it('finds gone strings and missing keep strings across line breaks', () => {
    const text = 'First paragraph of the story.\nAdvertisement\nSecond   paragraph\nof the story.';
    const check = checkText(text, {
      gone: ['Advertisement', 'Related Articles'],
      keep: ['Second paragraph of the story.', 'Third paragraph.'],
    });
    expect(check.leaked).toEqual(['Advertisement']);
    expect(check.missing).toEqual(['Third paragraph.']);
    expect(check.keepRecall).toBe(0.5);
  });
});

describe('bench options', () => {
  it('parses sample, types and json path', () => {
    expect(parseBenchArgs(['--sample', '10', '--types=article,forum', '--json', 'out.json'])).toEqual({
      ok: true,
      options: { sample: 10, types: ['article', 'forum'], jsonPath: 'out.json', fixturesDir: 'test/fixtures' },
    });
  });

  it('refuses unknown types and bad samples', () => {
    expect(parseBenchArgs(['--types', 'article,blog']).ok).toBe(false);
    expect(parseBenchArgs(['--sample', '0']).ok).toBe(false);
    expect(parseBenchArgs(['--frobnicate']).ok).toBe(false);
  });
});
