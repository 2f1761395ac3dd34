// Bad input never crashes the CLI: each gives a clear error line (and a non-zero exit at the end, the
// other inputs still processed) or clean, sanitized output. What comes out is checked here; how long
// and how much memory each hostile input takes is measured by `npm run bad-input`
// (test/bad-input/run-bad-input.ts), not by timed unit tests.
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { nested, paragraphs } from '../bad-input/hostile-pages';
import { cli, scratchDir } from './cli-harness';
import { newsPage, PARAGRAPHS } from './test-pages';

const scratch = scratchDir('tidy-bad-');
afterAll(() => scratch.remove());

const STACK_TRACE = /\n\s+at \S/;

/** Runs one input with --json and returns its line, checking the run's own invariants. */
async function jsonFor(path: string, extra: string[] = []): Promise<Record<string, unknown>> {
  const run = await cli(['--json', ...extra, path]);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  const lines = run.lines();
  expect(lines).toHaveLength(1);
  const line = lines[0] ?? {};
  expect(run.code).toBe('error' in line ? 1 : 0);
  return line;
}

describe('unreadable inputs', () => {
  it('reports an empty file, whitespace, non-HTML text, binary data and corrupt gzip', async () => {
    const cases: Array<[string, string | Buffer, string]> = [
      ['empty.html', '', 'empty'],
      ['blank.html', '  \n\n\t ', 'empty'],
      ['notes.txt', 'Shopping list: eggs, milk, bread.\nCall the plumber on Monday.\n', 'not-html'],
      ['image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(2048, 7)]), 'not-html'],
      ['random.bin', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) % 256)), 'not-html'],
      ['broken.html.gz', gzipSync(newsPage()).subarray(0, 40), 'not-html'],
      ['empty.html.gz', gzipSync(''), 'empty'],
    ];
    for (const [name, content, reason] of cases) {
      const line = await jsonFor(scratch.write(name, content));
      expect(line, name).toMatchObject({ error: reason, message: expect.any(String) });
    }
  });

  it('reports a missing file and a directory', async () => {
    expect(await jsonFor(`${scratch.dir}/missing.html`)).toMatchObject({ error: 'not-found' });
    expect(await jsonFor(scratch.dir)).toMatchObject({ error: 'unreadable', message: 'is a directory' });
  });

  it('refuses an input over the size limit before reading it', async () => {
    const huge = scratch.write('huge.html', Buffer.alloc(3 * 1024 * 1024, '<p>x</p>'));
    expect(await jsonFor(huge, ['--max-size', '2'])).toEqual({ file: huge, error: 'too-large', message: 'input is 3.0 MB, over the 2.0 MB limit' });
  });

  it('keeps going after a bad input, in order, and exits 1 at the end', async () => {
    const good = scratch.write('good.html', newsPage());
    const run = await cli(['--json', `${scratch.dir}/missing.html`, good, scratch.write('zero.html', '')]);
    expect(run.code).toBe(1);
    expect(run.lines().map((line) => [line.file, line.error ?? 'ok'])).toEqual([
      [`${scratch.dir}/missing.html`, 'not-found'],
      [good, 'ok'],
      [`${scratch.dir}/zero.html`, 'empty'],
    ]);
  });

  it('prints failures as one stderr line each in text mode, the articles on stdout', async () => {
    const good = scratch.write('good2.html', newsPage());
    const run = await cli([`${scratch.dir}/missing.html`, good]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`tidy-reader: ${scratch.dir}/missing.html: not-found: no such file\n`);
    expect(run.stdout).toContain(PARAGRAPHS[0]);
  });
});

describe('hostile pages', () => {
  it('still extracts a page whose <style> jsdom\'s CSS parser rejects', async () => {
    const css = '<style>.card{width: calc(100% - (2 * var(--gap));} .x{width: calc(100% - );}</style>';
    const line = await jsonFor(scratch.write('bad-css.html', newsPage({ extraHead: css })));
    expect(line.error).toBeUndefined();
    for (const paragraph of PARAGRAPHS) expect(line.text).toContain(paragraph);
  });

  it('strips scripts, event handlers and javascript: URLs from the article', async () => {
    const payload = '<p>Witnesses described the scene <img src="x.png" onerror="alert(1)"> in detail' +
      '<script>alert("in body")</script> and <a href="javascript:alert(2)">a link</a>.</p>' +
      '<p onclick="alert(3)">Another sentence that belongs to the story, long enough to be kept by the extractor.</p>' +
      '<svg><script>alert(4)</script></svg><iframe src="javascript:alert(5)"></iframe>';
    const line = await jsonFor(scratch.write('xss.html', newsPage({ extraBody: payload })));
    expect(line.error).toBeUndefined();
    const html = String(line.html);
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe/i);
    expect(String(line.text)).not.toContain('alert(');
    const markdown = await cli(['--markdown', scratch.write('xss2.html', newsPage({ extraBody: payload }))]);
    expect(markdown.stdout).not.toMatch(/javascript:|alert\(/);
  });

  it('gives the article of a page of 20,000 nested <div>s (the parser caps the depth, as browsers do)', async () => {
    const line = await jsonFor(scratch.write('deep.html', newsPage({ extraBody: nested(20_000, '<div>', '</div>') })));
    expect(line.error).toBeUndefined();
    expect(line.text).toContain(PARAGRAPHS[0]);
    expect(String(line.text).match(/harbour authority confirmed/g)).toHaveLength(2);
  });

  it('refuses a page of more elements than --max-elements before parsing it, and says so', async () => {
    const many = scratch.write('many.html', newsPage({ extraBody: paragraphs(1_200) }));
    expect(await jsonFor(many, ['--max-elements', '1000'])).toMatchObject({ error: 'too-large', message: 'more than 1000 elements' });
    const line = await jsonFor(many);
    expect(line.error).toBeUndefined();
    expect(line.text).toContain('Paragraph 1199 of a very long page');
  });

  it('extracts a page whose bulk is an inline data script', async () => {
    // Server-rendered pages often carry megabytes of JSON state in a <script>: few elements, many bytes.
    const state = JSON.stringify({ items: Array.from({ length: 40_000 }, (_, i) => ({ id: i, title: `Item number ${i} of the feed` })) });
    const line = await jsonFor(scratch.write('state.html', newsPage({ extraHead: `<script id="__STATE__" type="application/json">${state}</script>` })));
    expect(line.error).toBeUndefined();
    for (const paragraph of PARAGRAPHS) expect(line.text).toContain(paragraph);
    expect(String(line.html)).not.toContain('Item number');
  });

  it('refuses a page of more than 2 MB of text', async () => {
    const line = await jsonFor(scratch.write('text.html', newsPage({ extraBody: `<p>${'word '.repeat(500_000)}</p>` })));
    expect(line).toMatchObject({ error: 'too-large', message: 'more than 2 MB of text' });
  });
});
