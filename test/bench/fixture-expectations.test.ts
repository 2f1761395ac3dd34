// The bench's leak table over fixture folders (src/bench/fixture-leaks.ts), judged by the shared
// keep/gone rules of src/fixture-format/expectations.ts (tested in test/fixture-format/).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../src/fixture-format/expectations';
import { checkFixtures } from '../../src/bench/fixture-leaks';

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
