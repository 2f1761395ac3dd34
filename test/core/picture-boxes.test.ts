import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { unmarkPictureBoxes } from '../../src/core/clean/picture-boxes';
import { extractArticle } from '../../src/core/index';

const URL_ = 'https://news.example/2026/03/olive-harvest';
const para = (n: number): string => `<p>Paragraph ${n}: the olive growers had their best harvest in twenty years, and the cooperative shipped its first export, officials said.</p>`;

describe('unmarkPictureBoxes', () => {
  it('takes the "media" words off a box around a picture and its caption, not off a player\'s or a long block\'s', () => {
    const doc = new JSDOM(`<body><div id="a">
      <div class="news-media wide" id="media-1"><figure><img src="/p.jpg"><figcaption>Workers picked olives.</figcaption></figure></div>
      <div class="media-player"><img src="/poster.jpg"><button>Play</button></div>
      <div class="media-feed"><img src="/t.jpg">${para(1)}${para(2)}${para(3)}${para(4)}</div></div></body>`).window.document;
    const root = doc.getElementById('a');
    if (!root) throw new Error('no root');
    expect(unmarkPictureBoxes(root)).toBe(1);
    expect(root.children[0]?.getAttribute('class')).toBe('wide');
    expect(root.children[0]?.hasAttribute('id')).toBe(false);
    expect(root.children[1]?.getAttribute('class')).toBe('media-player');
    expect(root.children[2]?.getAttribute('class')).toBe('media-feed');
  });

  it('keeps a photo and its caption between paragraphs, which Readability dropped by its box\'s name', () => {
    const html = `<html><head><title>Olive harvest</title></head><body><article><h1>Olive harvest</h1>${para(1)}<div class="media"><figure><img src="https://cdn.news.example/olive.jpg" width="770" height="433"><figcaption>About 600 workers picked olives every day.</figcaption></figure></div>${para(2)}${para(3)}${para(4)}</article></body></html>`;
    const result = extractArticle(new JSDOM(html, { url: URL_ }).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text.split('\n')[1]).toBe('About 600 workers picked olives every day.');
    expect(result.article.html).toContain('olive.jpg');
  });
});
