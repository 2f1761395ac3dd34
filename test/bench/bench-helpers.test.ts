// The bench's own arithmetic: timing quantiles, fixture leak checks (by the fixture runner's rule), options.
import { describe, expect, it } from 'vitest';
import { DEFAULT_JOBS, parseBenchArgs } from '../../src/bench/args';
import { checkOutput } from '../../src/bench/leak-check';
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
    const check = checkOutput({ text, html: '' }, {
      gone: ['Advertisement', 'Related Articles'],
      keep: ['Second paragraph of the story.', 'Third paragraph.'],
    });
    expect(check.leaked).toEqual(['Advertisement']);
    expect(check.missing).toEqual(['Third paragraph.']);
    expect(check.keepRecall).toBe(0.5);
  });

  it('does not count "Advertisement" inside a sentence (the about-advertising fixture)', () => {
    const text = 'The label read simply: "Advertisement".\nA sponsored video, it said, should carry the same word.';
    const html = '<p>The label read simply: "<em>Advertisement</em>".</p><p>A sponsored video, it said, should carry the same word.</p>';
    const check = checkOutput({ text, html }, { gone: ['Advertisement', 'Sponsored'], keep: [] });
    expect(check.leaked).toEqual([]);
  });

  it('counts "Advertisement" as a leak when it is a line of its own, in the text or in the html', () => {
    const sentence = 'Words such as "Advertisement" should appear first.';
    const asTextLine = checkOutput({ text: `${sentence}\nadvertisement`, html: '' }, { gone: ['Advertisement'], keep: [] });
    const asHtmlBlock = checkOutput({ text: sentence, html: `<p>${sentence}</p><div> Advertisement </div>` }, { gone: ['Advertisement'], keep: [] });
    expect(asTextLine.leaked).toEqual(['Advertisement']);
    expect(asHtmlBlock.leaked).toEqual(['Advertisement']);
  });

  it('counts a kept paragraph found out of order as missing, as the fixture runner fails it', () => {
    const check = checkOutput({ text: 'Second.\nFirst.', html: '' }, { gone: [], keep: ['First.', 'Second.'] });
    expect(check.missing).toEqual(['Second.']);
  });
});

describe('bench options (util.parseArgs, strict)', () => {
  it('parses sets, sample, types and json path', () => {
    expect(parseBenchArgs(['--sample', '10', '--types=article,forum', '--json', 'out.json', '--set', 'trafilatura'])).toEqual({
      ok: true,
      options: { sets: ['trafilatura'], sample: 10, types: ['article', 'forum'], jsonPath: 'out.json', fixturesDir: 'test/fixtures', jobs: DEFAULT_JOBS },
    });
  });

  it('runs both sets by default, in a fixed order', () => {
    const parsed = parseBenchArgs([]);
    expect(parsed.ok === true && parsed.options.sets).toEqual(['wcxb', 'trafilatura']);
  });

  it('refuses unknown sets and types, bad samples, unknown options and stray arguments, saying which', () => {
    const message = (argv: string[]) => {
      const parsed = parseBenchArgs(argv);
      return parsed.ok === false ? parsed.message : `accepted: ${JSON.stringify(parsed)}`;
    };
    expect(message(['--types', 'article,blog'])).toContain('unknown blog');
    expect(message(['--set', 'wcxb,cleaneval'])).toContain('unknown cleaneval');
    expect(message(['--set', ','])).toContain('at least one');
    for (const bad of ['0', '-3', '2.5', '1e3', 'ten', '']) expect(message(['--sample', bad])).toContain('--sample');
    expect(message(['--jobs', '0'])).toContain('--jobs');
    expect(message(['--frobnicate'])).toContain("Unknown option '--frobnicate'");
    expect(message(['--sample'])).toContain('argument missing');
    expect(message(['pages.json'])).toContain('pages.json');
    expect(message(['--json', ''])).toContain('--json');
  });

  it('answers --help and -h', () => {
    expect(parseBenchArgs(['-h'])).toEqual({ ok: 'help' });
    expect(parseBenchArgs(['--help'])).toEqual({ ok: 'help' });
  });
});
