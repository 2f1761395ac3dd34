// Bench pages without a url (WCXB dev 0551, 4281, 4314): parsed under the page's own canonical address
// or a stand-in, and still run through both extractors and both detectors.
import { describe, expect, it } from 'vitest';
import { comparePage } from '../../src/bench/compare-page';
import type { BenchPage } from '../../src/bench/dataset';
import { loadBenchPage, STAND_IN_URL } from '../../src/bench/page-url';

const paragraphs = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1} of a plain story that has enough words in it for Readability to take it as the ` +
  `main content of the page, with commas, a few clauses, and nothing else around it at all.</p>`).join('');
const story = `<!doctype html><html><head><title>A story</title></head><body><article><h1>A story</h1>${paragraphs}</article></body></html>`;
const canonical = story.replace('<title>', '<link rel="canonical" href="https://news.example/2025/story"><title>');

function benchPage(url: string, html: string): BenchPage {
  return {
    set: 'wcxb', id: 'test', url, domain: 'news.example', pageType: 'article', spa: false,
    truth: { kind: 'text', text: 'Paragraph 1 of a plain story' },
    readHtml: () => ({ ok: true, html, charset: 'utf-8' }),
  };
}

describe('page addresses', () => {
  it('uses the data set url when there is one', () => {
    const { loaded, urlSource } = loadBenchPage(canonical, 'https://site.example/a');
    expect(urlSource).toBe('dataset');
    expect(loaded.ok && loaded.url).toBe('https://site.example/a');
  });

  it('parses a page with an empty url under the stand-in', () => {
    const { loaded, urlSource } = loadBenchPage(story, '');
    expect(urlSource).toBe('stand-in');
    expect(loaded.ok && loaded.url).toBe(STAND_IN_URL);
  });

  it('prefers the page\'s own canonical address to the stand-in', () => {
    const { loaded, urlSource } = loadBenchPage(canonical, '');
    expect(urlSource).toBe('declared');
    expect(loaded.ok && loaded.url).toBe('https://news.example/2025/story');
  });

  it('runs both extractors and both detectors on a page with an empty url', () => {
    const record = comparePage(benchPage('', story), 0);
    expect(record.parseError).toBeUndefined();
    expect(record.urlSource).toBe('stand-in');
    expect(record.readability.outcome).toBe('ok');
    expect(record.ours.outcome).toBe('ok');
    expect(record.detection).not.toBeNull();
    expect(record.ours.f).toBeGreaterThan(0);
  });
});
