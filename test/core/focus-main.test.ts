import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { focusOn, trustedMain } from '../../src/core/clean/focus-main';
import { measurePage } from '../../src/core/clean/main-content';
import { extractArticle } from '../../src/core/extract';

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what the council decided about the bridge, and why the vote took so long this year.</p>`).join('');

function page(article: string, sidebar: string): string {
  return `<body>
    <header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
    <div class="layout">
      <div class="column">
        <h1>The council votes on the bridge</h1>
        <figure><img src="/lead.jpg" alt="The bridge"><figcaption>The old bridge at dusk.</figcaption></figure>
        <article>${article}</article>
      </div>
      <aside class="rail">${sidebar}</aside>
    </div>
    <footer><p>Copyright notice of the publisher and its many lawyers, all rights reserved.</p></footer>
  </body>`;
}

function focus(html: string) {
  const doc = new JSDOM(html, { url: 'https://example.com/news/bridge' }).window.document;
  const story = trustedMain(measurePage(doc));
  const removed = story ? focusOn(doc, story).length : 0;
  return { doc, removed, text: (doc.body.textContent ?? '').replace(/\s+/g, ' ') };
}

describe('trustedMain + focusOn', () => {
  it('drops the chrome far from a story that holds most of the paragraph text', () => {
    const { removed, text } = focus(page(STORY, '<p>A short teaser in the rail.</p>'));
    expect(removed).toBe(3); // the rail (beside the story's parent), the header and the footer
    expect(text).not.toContain('Copyright notice');
    expect(text).not.toContain('Home');
    expect(text).not.toContain('A short teaser');
  });

  it("keeps the story's own parent whole: headline, lead image and caption stay", () => {
    const { doc, text } = focus(page(STORY, ''));
    expect(text).toContain('The council votes on the bridge');
    expect(text).toContain('The old bridge at dusk.');
    expect(doc.querySelector('img[src="/lead.jpg"]')).not.toBeNull();
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Paragraph ${i} of the story`);
  });

  it("keeps the story's header block standing beside an ancestor of the story: its headline, dek and lead picture", () => {
    const html = `<body><header><nav><a href="/">Home</a><a href="/news">News</a></nav></header><main>
      <div class="lede"><h1>The council votes on the bridge</h1><p class="dek">A dek under the headline.</p><figure><img src="/lead.jpg" alt="The bridge"></figure></div>
      <div class="layout"><div class="column"><article>${STORY}</article></div><aside class="rail"><a href="/x">Most read story of the week</a></aside></div></main></body>`;
    const { doc, text } = focus(html);
    expect(text).toContain('A dek under the headline.');
    expect(doc.querySelector('img[src="/lead.jpg"]')).not.toBeNull();
    expect(text).not.toContain('Most read story');
  });

  it('leaves the page alone when the <article> holds less than most of the text', () => {
    const rail = Array.from({ length: 8 }, () => '<p>Another long paragraph in the sidebar that is not part of the story at all, but is long.</p>').join('');
    const { removed, text } = focus(page(STORY, rail));
    expect(removed).toBe(0);
    expect(text).toContain('Copyright notice');
  });

  it('leaves a small page alone', () => {
    const { removed } = focus(page('<p>One short paragraph only, under the size where focusing helps.</p>', ''));
    expect(removed).toBe(0);
  });
});

describe('extractArticle with focus', () => {
  const html = page(STORY, `<h2>Related stories</h2><ul>
    <li><a href="/news/ferry">The ferry timetable changes in spring for all routes</a></li>
    <li><a href="/news/tunnel">A tunnel under the river is studied again by engineers</a></li>
    <li><a href="/news/road">The ring road closes for repairs for three weeks</a></li></ul>`);

  it('harvests related links outside the story before the focus drops them', () => {
    const dom = new JSDOM(html.replace('<body>', '<head><meta property="og:type" content="article"></head><body>'), { url: 'https://example.com/news/bridge' });
    const result = extractArticle(dom.window.document, 'https://example.com/news/bridge', { window: dom.window as unknown as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.related.map((r) => r.url)).toEqual([
      'https://example.com/news/ferry', 'https://example.com/news/tunnel', 'https://example.com/news/road',
    ]);
    for (let i = 1; i <= 6; i++) expect(result.article.text).toContain(`Paragraph ${i} of the story`);
    expect(result.article.text).not.toContain('Copyright notice');
    // What the focus dropped is listed, so the user can see it went and why.
    const chrome = result.article.removed.filter((r) => r.ruleId === 'page-chrome');
    expect(chrome.every((r) => r.category === 'navigation')).toBe(true);
    expect(chrome.some((r) => r.text.startsWith('Copyright notice'))).toBe(true);
  });

  it('is one of the steps a caller can turn off', () => {
    const dom = new JSDOM(html, { url: 'https://example.com/news/bridge' });
    const result = extractArticle(dom.window.document, 'https://example.com/news/bridge', { window: dom.window as unknown as Window & typeof globalThis, disable: ['focus'] });
    expect(result.ok).toBe(true);
  });
});

describe('measurePage: several stories, each an <article> with its own <h1>', () => {
  const story = (headline: string, paragraphs: number) =>
    `<article><h1>${headline}</h1>${Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i + 1} under "${headline}" runs on long enough to count as a story's prose on any page.</p>`).join('')}</article>`;
  const stats = (title: string, ogTitle = '') => {
    const html = `<html><head><title>${title}</title>${ogTitle ? `<meta property="og:title" content="${ogTitle}">` : ''}</head><body><main>
      ${story('Night buses return to the Eastfold line', 3)}${story('Mayor defends the budget before the council', 10)}${story('River festival moves to June', 4)}</main></body></html>`;
    const doc = new JSDOM(html).window.document;
    return { doc, stats: measurePage(doc) };
  };

  it('takes the story whose headline the title names, however short, and trusts it', () => {
    const { stats: s } = stats('Night buses return to the Eastfold line | Valdemar Tribune');
    expect(s.headlined).toBe(true);
    expect(s.main?.querySelector('h1')?.textContent).toBe('Night buses return to the Eastfold line');
    expect(trustedMain(s)).toBe(s.main);
  });

  it('falls back to og:title, and to the longest story when no title, or more than one, names a headline', () => {
    expect(stats('Valdemar Tribune', 'River festival moves to June').stats.main?.querySelector('h1')?.textContent).toBe('River festival moves to June');
    for (const title of ['Valdemar Tribune: front page', 'Night buses return to the Eastfold line; River festival moves to June']) {
      const { stats: s } = stats(title);
      expect(s.headlined).toBeUndefined();
      expect(s.main?.querySelector('h1')?.textContent).toBe('Mayor defends the budget before the council');
    }
  });
});
