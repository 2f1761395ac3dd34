// The CLI end to end, in-process: every output format, several inputs in order, stdin, gzip, --url.
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { articleToMarkdown } from '../../src/export/markdown';
import { cli, scratchDir } from './cli-harness';
import { newsPage, PARAGRAPHS } from './test-pages';

const scratch = scratchDir('tidy-cli-');
afterAll(() => scratch.remove());

const pageA = scratch.write('a.html', newsPage());
const pageB = scratch.write('b.html', newsPage({ title: 'Second story about the ferry', extraHead: '<link rel="canonical" href="https://courier.example/news/ferry">' }));
const pageGz = scratch.write('c.html.gz', gzipSync(newsPage({ title: 'Zipped story about the harbour works' })));

describe('--text (default)', () => {
  it('prints the title, a blank line, then the body one block per line', async () => {
    const run = await cli([pageA]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [title, blank, ...body] = run.stdout.split('\n');
    expect(title).toBe('Harbour breakwater to open two months early');
    expect(blank).toBe('');
    for (const paragraph of PARAGRAPHS) expect(body).toContain(paragraph);
    expect(body.join('\n')).not.toContain('Harbour breakwater to open two months early');
  });

  it('separates several inputs with headers, in input order', async () => {
    const run = await cli([pageB, pageA]);
    expect(run.code).toBe(0);
    const headers = run.stdout.split('\n').filter((line) => line.startsWith('==> '));
    expect(headers).toEqual([`==> ${pageB} <==`, `==> ${pageA} <==`]);
    expect(run.stdout.indexOf('Second story about the ferry')).toBeLessThan(run.stdout.indexOf('Harbour breakwater'));
  });
});

describe('--json', () => {
  it('prints one object per input and line, in order, with every article field and the verdict', async () => {
    const run = await cli(['--json', pageA, pageGz, pageB]);
    expect(run.code).toBe(0);
    const lines = run.lines();
    expect(lines.map((line) => line.file)).toEqual([pageA, pageGz, pageB]);
    expect(lines.map((line) => line.title)).toEqual(['Harbour breakwater to open two months early', 'Zipped story about the harbour works', 'Second story about the ferry']);
    const first = lines[0] ?? {};
    for (const field of ['url', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'html', 'text',
      'wordCount', 'readingMinutes', 'related', 'removed', 'extractor', 'isArticle', 'score', 'signals']) {
      expect(first, field).toHaveProperty(field);
    }
    expect(first.isArticle).toBe(true);
    expect(Array.isArray(first.signals)).toBe(true);
    for (const paragraph of PARAGRAPHS) expect(first.text).toContain(paragraph);
  });

  it('resolves links against the canonical URL, or against --url when given', async () => {
    const canonical = (await cli(['--json', pageB])).lines()[0] ?? {};
    expect(canonical.url).toBe('https://courier.example/news/ferry');
    const given = (await cli(['--json', '--url', 'https://other.example/story', pageB])).lines()[0] ?? {};
    expect(given.url).toBe('https://other.example/story');
    for (const link of given.related as Array<{ url: string }>) expect(link.url).toMatch(/^https:\/\/other\.example\//);
  });
});

describe('--json removed blocks', () => {
  it('prints each removed block sanitized, as the popup would show it, or says why not; never the raw markup', async () => {
    const hostile = scratch.write('hostile.html', newsPage({
      extraBody: '<div class="share-bar" onclick="steal()"><a href="/share" style="color:red">Share this story</a><script>steal()</script></div>'
        + '<form class="newsletter-signup" action="/join"><input type="email" name="e"><button></button></form>',
    }));
    const line = (await cli(['--json', '--url', 'https://courier.example/news/breakwater', hostile])).lines()[0] ?? {};
    const removed = line.removed as Array<Record<string, unknown>>;
    const share = removed.find((r) => r.ruleId === 'share-bar');
    expect(share?.html).toBe('<div><a href="https://courier.example/share" rel="noopener noreferrer">Share this story</a></div>');
    // A form of inputs only shows nothing: empty, said at extraction.
    expect(removed.find((r) => r.ruleId === 'newsletter-box')).toMatchObject({ unrestorable: 'empty' });
    expect(removed.find((r) => r.ruleId === 'newsletter-box')).not.toHaveProperty('html');
    for (const r of removed) expect(r).not.toHaveProperty('markup');
  });
});

describe('--markdown', () => {
  it('renders the title, the body and the related links', async () => {
    const json = (await cli(['--json', '--url', 'https://courier.example/news/breakwater', pageA])).lines()[0] ?? {};
    const run = await cli(['--markdown', '--url', 'https://courier.example/news/breakwater', pageA]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# Harbour breakwater to open two months early\n\n')).toBe(true);
    for (const paragraph of PARAGRAPHS) expect(run.stdout).toContain(paragraph);
    const related = json.related as Array<{ url: string }>;
    if (related.length) {
      expect(run.stdout).toContain('\n## Related\n\n');
      for (const link of related) expect(run.stdout).toContain(`](${link.url})`);
    }
  });

  it("writes exactly the extension's Markdown (one converter: src/export/markdown.ts)", async () => {
    const json = (await cli(['--json', '--url', 'https://courier.example/news/breakwater', pageA])).lines()[0] ?? {};
    const run = await cli(['--markdown', '--url', 'https://courier.example/news/breakwater', pageA]);
    const parse = (html: string): Node => JSDOM.fragment(`<div>${html}</div>`).firstChild as Node;
    expect(run.stdout).toBe(articleToMarkdown(json as unknown as Article, parse));
    expect(run.stdout).toContain('\nSource: <https://courier.example/news/breakwater>\n');
  });
});

describe('inputs', () => {
  it('reads stdin for -', async () => {
    const run = await cli(['--json', '-'], newsPage({ title: 'Story read from a pipe today' }));
    expect(run.code).toBe(0);
    expect(run.lines()).toMatchObject([{ file: '-', title: 'Story read from a pipe today' }]);
  });

  it('reads gzip-compressed pages', async () => {
    const run = await cli([pageGz]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Zipped story about the harbour works');
  });
});

describe('usage', () => {
  it('prints help and the version, and exits 2 on a usage error', async () => {
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: tidy-reader') });
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^tidy-reader \S+\n$/) });
    const bad = await cli(['--json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no input file');
  });
});
