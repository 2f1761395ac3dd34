// The shared keep/gone rules (src/bench/fixture-expectations.ts) that the fixture runner, the e2e
// harness and the bench's leak table all use, and the bench's rendering of plain Readability's output.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLeaks, keepStatus, readFixture, validateExpected } from '../../src/bench/fixture-expectations';
import { checkFixtures } from '../../src/bench/fixture-leaks';

describe('gone strings', () => {
  it('checks a block string (three words or fewer) as a whole line, case-insensitively', () => {
    const output = { text: 'Intro.\nRELATED ARTICLES\nOutro.', html: '<p>Intro.</p><p>See <a href="#">related articles</a> below.</p>' };
    expect(findLeaks(['Related Articles'], output)).toEqual([{ gone: 'Related Articles', where: 'text line' }]);
  });

  it('treats <br>-separated text as lines of the html, and inline elements as part of their line', () => {
    expect(findLeaks(['Sponsored'], { text: '', html: '<p>Story text<br>Sponsored<br>More text</p>' }))
      .toEqual([{ gone: 'Sponsored', where: 'html block' }]);
    expect(findLeaks(['Sponsored'], { text: '', html: '<p>A <strong>sponsored</strong> post.</p>' })).toEqual([]);
  });

  it('checks a longer string as a substring anywhere, whitespace collapsed', () => {
    const gone = ['This serum sold out three times.'];
    const output = { text: 'Story. This serum sold\nout three times. Here is why.', html: '<p>This   serum sold out three times.</p>' };
    expect(findLeaks(gone, output).map((l) => l.where)).toEqual(['text', 'html']);
  });
});

describe('keep strings', () => {
  it('must appear in order', () => {
    expect(keepStatus(['One.', 'Two.', 'Three.'], 'One.\nThree.\nTwo.')).toEqual(['ok', 'ok', 'present but out of order']);
    expect(keepStatus(['Four.'], 'One.')).toEqual(['missing']);
  });
});

describe('the bench on fixture folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'tidy-bench-fixtures-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const paragraph = (i: number) =>
    `<p>Paragraph ${i} of a story about labels: the regulator says an advertisement must be marked as one, ` +
    `and that readers should never have to guess which posts were paid for by a brand, which is the point.</p>`;
  const page = `<!doctype html><html><head><title>Labels</title></head><body><article><h1>Labels</h1>
    ${paragraph(1)}<p>Advertisement</p>${paragraph(2)}${paragraph(3)}${paragraph(4)}</article></body></html>`;
  const expected = {
    url: 'https://news.example/2025/03/03/labels', isArticle: true,
    keep: ['Paragraph 1 of a story about labels', 'Paragraph 4 of a story about labels'],
    gone: ['Advertisement'], related: [],
  };

  it('judges plain Readability by lines, so a label paragraph leaks and the same word in a sentence does not', async () => {
    mkdirSync(join(root, 'labels'));
    writeFileSync(join(root, 'labels', 'page.html'), page);
    writeFileSync(join(root, 'labels', 'expected.json'), JSON.stringify(expected));
    const [result] = await checkFixtures(root);
    expect(result?.problem).toBeUndefined();
    // Readability keeps the lone <p>Advertisement</p>; every paragraph also says "advertisement".
    expect(result?.readability?.leaked).toEqual(['Advertisement']);
    expect(result?.readability?.missing).toEqual([]);
    expect(result?.ours?.outcome).toBe('ok');
    expect(result?.ours?.missing).toEqual([]);
  });

  it('reports an invalid expected.json instead of skipping the fixture', () => {
    mkdirSync(join(root, 'broken'));
    writeFileSync(join(root, 'broken', 'page.html'), page);
    writeFileSync(join(root, 'broken', 'expected.json'), JSON.stringify({ ...expected, url: '' }));
    const read = readFixture(root, 'broken');
    expect(read.ok ? 'valid' : read.problem).toContain('"url" must be an absolute http(s) URL');
  });
});

describe('alsoAt', () => {
  const base = { url: 'https://news.example/2025/03/03/labels', isArticle: true, keep: ['One.'], gone: [], related: [] };

  it('takes other http(s) and file addresses of the same page', () => {
    expect(validateExpected({ ...base, alsoAt: ['http://127.0.0.1:8080/x.html', 'file:///home/me/Downloads/story.html'] })).toEqual([]);
  });

  it('refuses an empty list, relative or odd addresses, the url itself and repeats', () => {
    for (const alsoAt of [[], ['x.html'], ['ftp://example.org/x'], [base.url], ['file:///a', 'file:///a'], 'file:///a']) {
      expect(validateExpected({ ...base, alsoAt }).join(' '), JSON.stringify(alsoAt)).toContain('"alsoAt"');
    }
  });
});
