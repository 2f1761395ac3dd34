// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleToMarkdown } from '../../src/export/markdown';
import { articleToText } from '../../src/export/text';
import { hostileArticle, sampleArticle } from './sample-article';

describe('articleToMarkdown', () => {
  const markdown = articleToMarkdown(sampleArticle());

  it('starts with the title, byline line and source URL', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Storm hits the coast');
    expect(markdown).toContain('*By Ana Lima · Example News · 2026-11-25*');
    expect(markdown).toContain('Source: <https://news.example.com/2026/11/storm-coast?id=7>');
  });

  it('converts the body with its structure', () => {
    expect(markdown).toContain('The storm arrived at **dawn**.');
    expect(markdown).toContain('## Damage');
    expect(markdown).toContain('[closed](https://news.example.com/roads)');
    expect(markdown).toMatch(/^[-*] Ferries stopped$/m);
    expect(markdown).toContain('![Waves](https://img.example.com/storm.jpg)');
  });

  it('ends with the related links as a list: [title](url) — source, time', () => {
    const related = markdown.slice(markdown.indexOf('## Related'));
    expect(related).toContain('- [Flood warnings extended](https://other.example.org/flood) — Other Paper, 2 hours ago');
    expect(related).toContain('- [Wind records broken](https://news.example.com/wind)');
    expect(markdown.indexOf('## Related')).toBeGreaterThan(markdown.indexOf('Schools shut'));
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('has no Related section when there are no related links', () => {
    expect(articleToMarkdown({ ...sampleArticle(), related: [] })).not.toContain('## Related');
  });

  it('neutralises Markdown and links in hostile strings', () => {
    const hostile = articleToMarkdown(hostileArticle());
    expect(hostile).not.toMatch(/(?<!\\)\]\(<?javascript:/);
    expect(hostile).toContain('[\\[x\\](javascript:alert(8))](');
    expect(hostile).not.toContain('Source:');
    expect(hostile).not.toMatch(/^<script>/m);
    expect(hostile.split('\n')[0]?.startsWith('# ')).toBe(true);
  });
});

describe('articleToText', () => {
  const text = articleToText(sampleArticle());

  it('has the title, byline, URL, then the body one block per paragraph', () => {
    const [head, body] = text.split('\n\n');
    expect(head).toBe('Storm hits the coast\nBy Ana Lima · Example News · 2026-11-25\nhttps://news.example.com/2026/11/storm-coast?id=7');
    expect(body).toBe('The storm arrived at dawn.');
    expect(text).toContain('Roads were closed.\n\nFerries stopped');
  });

  it('lists the related links with their URLs', () => {
    expect(text).toContain('Related\n- Flood warnings extended (Other Paper, 2 hours ago)\n  https://other.example.org/flood\n- Wind records broken\n  https://news.example.com/wind');
  });

  it('takes the heading in the UI language', () => {
    expect(articleToText(sampleArticle(), 'Verwandte Artikel')).toContain('\nVerwandte Artikel\n- ');
  });

  it('drops URLs that are not http(s)', () => {
    const text = articleToText(hostileArticle());
    expect(text).not.toMatch(/^\s*javascript:/m);
    expect(text).toContain('  https://ok.example/%22%3E%3Cscript%3Ealert(7)%3C/script%3E');
  });
});
