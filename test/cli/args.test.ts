// Command-line parsing (src/cli/args.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ELEMENTS, DEFAULT_TIMEOUT_SECONDS, defaultJobs, parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('defaults to text output for the given files, in order', () => {
    expect(parseArgs(['b.html', 'a.html.gz', '-'])).toEqual({
      kind: 'run',
      options: {
        format: 'text', url: null, maxBytes: DEFAULT_MAX_BYTES, maxElements: DEFAULT_MAX_ELEMENTS, jobs: defaultJobs(),
        timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000, files: ['b.html', 'a.html.gz', '-'],
      },
    });
  });

  it('reads the format, the URL in both spellings, the limits and the jobs', () => {
    const parsed = parseArgs(['--json', '--url', 'https://news.example/a', '--max-size=2', '--max-elements', '900', '-j', '3', '--timeout=2.5', 'x.html']);
    expect(parsed).toEqual({
      kind: 'run',
      options: { format: 'json', url: 'https://news.example/a', maxBytes: 2 * 1024 * 1024, maxElements: 900, jobs: 3, timeoutMs: 2500, files: ['x.html'] },
    });
    expect(parseArgs(['--jobs=1', 'x.html'])).toMatchObject({ options: { jobs: 1 } });
    expect(parseArgs(['--markdown', '--url=https://news.example/b', 'x.html'])).toMatchObject({
      options: { format: 'markdown', url: 'https://news.example/b' },
    });
  });

  it('answers --help and --version', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it('takes everything after -- as a file name', () => {
    expect(parseArgs(['--', '--json'])).toMatchObject({ options: { format: 'text', files: ['--json'] } });
  });

  it('accepts two spellings of one format', () => {
    expect(parseArgs(['--md', '--markdown', 'x.html'])).toMatchObject({ kind: 'run', options: { format: 'markdown' } });
  });

  it('refuses bad usage with a message', () => {
    for (const argv of [[], ['--json', '--text', 'a'], ['--url', 'news.example/a', 'a'], ['--url'], ['--max-size', '-1', 'a'],
      ['--max-elements', '1.5', 'a'], ['--max-elements', '1e3', 'a'], ['--colour', 'a'], ['--json=yes', 'a'], ['-x', 'a'],
      ['--jobs', '0', 'a'], ['-j', 'two', 'a'], ['--timeout', '0', 'a'], ['--timeout', '', 'a']]) {
      const parsed = parseArgs(argv);
      expect(parsed.kind, argv.join(' ')).toBe('usage-error');
    }
  });

  it('names the offending option, and never takes an option for a missing value', () => {
    expect(parseArgs(['--colour', 'a'])).toEqual({ kind: 'usage-error', message: "Unknown option '--colour'" });
    expect(parseArgs(['--json', '--text', 'a'])).toEqual({ kind: 'usage-error', message: '--text and --json cannot be combined' });
    // `--url --json a`: the value is missing, not "--json".
    expect(parseArgs(['--url', '--json', 'a'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining("'--url'") });
  });
});
