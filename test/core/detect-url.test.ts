// The address the detector's URL features read (src/core/detect-url.ts): what the page declares about
// itself wins, and a local or file address without a declaration is no evidence at all (issue 8).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectFeatures } from '../../src/core/detect';
import { judgedUrl } from '../../src/core/detect-url';

const STORY = 'https://news.example/2025/03/12/city/ferry-strike-talks-resume-after-three-weeks';

function urlFeatures(head: string, address: string): Record<string, string | undefined> {
  const doc = new JSDOM(`<html><head>${head}</head><body><h1>Talks resume</h1><p>Text.</p></body></html>`, { url: address }).window.document;
  return Object.fromEntries(detectFeatures(doc, address).filter((f) => f.name.startsWith('url-')).map((f) => [f.name, f.detail]));
}

describe('judgedUrl', () => {
  it('takes the canonical link first, then og:url, then a public address', () => {
    expect(judgedUrl('https://a.example/x', 'https://b.example/c', 'https://c.example/o')).toMatchObject({ source: 'canonical', url: new URL('https://b.example/c') });
    expect(judgedUrl('https://a.example/x', null, 'https://c.example/o')).toMatchObject({ source: 'og:url' });
    expect(judgedUrl('https://a.example/x', '  ', null)).toMatchObject({ source: 'address', url: new URL('https://a.example/x') });
  });

  it('resolves a relative canonical against the address', () => {
    expect(judgedUrl('http://127.0.0.1:8080/x.html', '/2025/03/12/story-slug', null)?.url.pathname).toBe('/2025/03/12/story-slug');
  });

  it('gives nothing for a local, private-network or file address without a declaration', () => {
    for (const address of [
      'http://127.0.0.1:8080/x.html', 'http://localhost:3000/', 'http://[::1]/a', 'http://192.168.1.20/story.html',
      'http://10.0.0.5/a', 'http://172.20.1.1/a', 'http://mirror.local/a', 'file:///home/me/Downloads/story.html', 'about:blank', 'not a url',
    ]) expect(judgedUrl(address, null, null), address).toBeNull();
  });
});

describe('URL features', () => {
  it('read the canonical address of a page saved to disk or served from 127.0.0.1', () => {
    const head = `<link rel="canonical" href="${STORY}">`;
    const own = urlFeatures(head, STORY);
    for (const address of ['http://127.0.0.1:8080/x.html', 'file:///home/me/Downloads/story.html']) {
      expect(Object.keys(urlFeatures(head, address)).sort(), address).toEqual(Object.keys(own).sort());
    }
    expect(own['url-slug']).toContain('(canonical)');
  });

  it('see no home page, documentation or slug in a local or file address', () => {
    expect(urlFeatures('', 'http://127.0.0.1:8080/')).toEqual({});
    expect(urlFeatures('', 'file:///home/me/Downloads/story.html')).toEqual({});
  });

  it('do not call a path ending in .html documentation, and find the slug of an …/index.html story', () => {
    const features = urlFeatures('', 'https://herald.example/2025/03/12/region/ferry-strike-talks-resume/index.html');
    expect(features['url-docs']).toBeUndefined();
    expect(features['url-slug']).toBe('4-word slug');
    expect(urlFeatures('', 'https://herald.example/news/local/council-votes.html')['url-docs']).toBeUndefined();
    expect(urlFeatures('', 'https://example.dev/docs/api/client-get')['url-docs']).toBeDefined();
  });

  it('see a news word before a story, not before a section or its index file', () => {
    for (const story of [
      'https://paper.example/news/local/council-votes-to-close-pool', 'https://paper.example/news/world-europe-68123456',
      'https://paper.example/news/12345', 'https://paper.example/blog/2025/03/ferries', 'https://paper.example/story/news/local/michigan/detroit/2026/03/14/lead-lines/89012345007/',
      'https://paper.example/article/understandingwebdesign/',
    ]) expect(urlFeatures('', story)['url-article-word'], story).toBeDefined();
    for (const front of [
      'https://paper.example/news/world/', 'https://paper.example/news/local/', 'https://paper.example/news/local/michigan/detroit/',
      'https://paper.example/news/latest', 'https://paper.example/news/index.html', 'https://paper.example/blog/default.aspx',
    ]) expect(urlFeatures('', front)['url-article-word'], front).toBeUndefined();
  });

  it('see no story in a path that ends in its date: an archive or an issue (probe ring "mags", an issue\'s contents)', () => {
    for (const archive of ['https://mag.example/magazine/toc/2026/04/', 'https://paper.example/news/2025/03/12/', 'https://paper.example/2025/03', 'https://paper.example/blog/2025-03/']) {
      const f = urlFeatures('', archive);
      expect(f['url-dated'], archive).toBeUndefined();
      expect(f['url-article-word'], archive).toBeUndefined();
    }
    for (const story of ['https://mag.example/magazine/archive/2026/04/the-levee/681234/', 'https://paper.example/news/2025/03/12/ferry-strike']) {
      const f = urlFeatures('', story);
      expect(f['url-dated'], story).toBeDefined();
      expect(f['url-article-word'], story).toBeDefined();
    }
  });
});
