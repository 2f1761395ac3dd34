import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findClutter } from '../../src/core/index';

const HTML = `<body><header><nav><a href="/">Home</a></nav></header>
<main><article class="story has-comments">
  <h1>Headline</h1>
  ${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story with enough words to be the main text of the page.</p>`).join('')}
  <div class="ad-slot"><p>Advertisement</p></div>
  <p>ADVERTISEMENT</p>
  <div><p>Try Our AI Features</p></div>
  <section id="comments"><h2>Comments</h2><p>No comments yet...</p></section>
</article></main>
<aside class="trending"><h3>Trending</h3><ul><li><a href="/t">T</a></li></ul></aside></body>`;

describe('findClutter', () => {
  it('finds the ad and promo blocks of a live page without changing it', () => {
    const dom = new JSDOM(HTML, { url: 'https://example.com/story' });
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const found = findClutter(doc, 'https://example.com/story');
    expect(doc.documentElement.outerHTML).toBe(before);
    const texts = found.map((f) => f.removal.text);
    expect(texts).toContain('Advertisement');
    expect(texts).toContain('ADVERTISEMENT');
    expect(texts).toContain('Try Our AI Features');
    expect(found.map((f) => f.removal.category)).toEqual(expect.arrayContaining(['ad', 'promo', 'comments', 'trending']));
  });

  it('never returns html, body, main, the story or an ancestor of it', () => {
    const dom = new JSDOM(`<body class="ad share"><main class="comments"><article class="advert">${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} with plenty of words in it to be the story.</p>`).join('')}</article></main></body>`, { url: 'https://example.com/' });
    const doc = dom.window.document;
    const found = findClutter(doc, 'https://example.com/');
    const article = doc.querySelector('article');
    for (const { element } of found) {
      expect(['HTML', 'BODY', 'MAIN', 'ARTICLE']).not.toContain(element.tagName);
      expect(article && element.contains(article)).toBeFalsy();
    }
  });

  it('takes a section heading on a line of its own, never a run-in one alone, without the long line it opens', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Absatz ${i} der Geschichte, mit genug Wörtern, um der Haupttext dieser Seite zu sein.</p>`).join('');
    const dom = new JSDOM(`<body><article>${story}
      <p><strong>Über den Autor</strong>: ${'Ich schreibe hier seit Jahren über Holz, Werkzeug und Werkstattprojekte. '.repeat(20)}</p>
      <div class="box"><h3>Über den Autor</h3><p>Jonas Brandt baut Möbel.</p></div></article></body>`, { url: 'https://example.com/story' });
    const found = findClutter(dom.window.document, 'https://example.com/story');
    const taken = found.map((f) => f.element);
    expect(taken.some((e) => e.tagName === 'STRONG')).toBe(false);
    expect(taken.some((e) => e.textContent?.includes('Jonas Brandt'))).toBe(true);
  });

  it('leaves a call to the reader that runs on inside a sentence, and takes one that stands alone', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story with enough words to be the main text of the page.</p>`).join('');
    const dom = new JSDOM(`<body><article>${story}
      <p>The council asked residents to <a href="/x">follow us on Twitter</a> for road closures this week.</p>
      <p>Sie haben ihre Gedanken mit der Welt zu<span>teilen</span>, sagte sie.</p>
      <p><a href="/y">Follow us on Twitter</a></p></article></body>`, { url: 'https://example.com/story' });
    const found = findClutter(dom.window.document, 'https://example.com/story').map((f) => f.element);
    expect(found.some((e) => e.tagName === 'A' && e.parentElement?.textContent?.startsWith('The council'))).toBe(false);
    expect(found.some((e) => e.tagName === 'SPAN')).toBe(false);
    expect(found.some((e) => e.closest('p')?.textContent?.trim() === 'Follow us on Twitter')).toBe(true);
  });
});
