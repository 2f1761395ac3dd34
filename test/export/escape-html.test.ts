import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHttpUrl } from '../../src/export/escape-html';
import { fileNameFor } from '../../src/export/file-name';
import { HOSTILE } from './sample-article';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves no markup in a hostile title', () => {
    expect(escapeHtml(HOSTILE)).not.toMatch(/[<>"']/);
  });

  it('keeps other text as it is', () => {
    expect(escapeHtml('Ünïcödé 日本語 — ok')).toBe('Ünïcödé 日本語 — ok');
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['http://example.com', 'http://example.com/'],
  ])('accepts %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', '', null, undefined, 'vbscript:x', 'file:///etc/passwd'])(
    'refuses %j',
    (input) => {
      expect(safeHttpUrl(input)).toBeNull();
    },
  );
});

describe('fileNameFor', () => {
  it.each([
    ['Storm hits the coast', 'html', 'Storm-hits-the-coast.html'],
    ['  "What?" / a: b\\c*  ', 'md', 'What-a-b-c.md'],
    ['東京の天気 — 明日', 'txt', '東京の天気-明日.txt'],
    ['', 'html', 'article.html'],
    ['???', 'html', 'article.html'],
    ['CON', 'txt', 'article.txt'],
    ['../../etc/passwd', 'html', 'etc-passwd.html'],
  ])('%j → %s', (title, extension, expected) => {
    expect(fileNameFor(title, extension)).toBe(expected);
  });

  it('keeps names short', () => {
    expect(fileNameFor('word '.repeat(100), 'html').length).toBeLessThanOrEqual(85);
  });
});
