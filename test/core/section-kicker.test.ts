import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeSectionKicker } from '../../src/core/clean/section-kicker';

const STORY_URL = 'https://news.example/2025/05/story-slug.html';
const P = '<p>The council voted on Tuesday to close the old bridge for repairs, a decision that will send traffic through the town centre until the spring.</p>';

/** Runs the step on an article of `html` read at `url`; the text of what went, or null. */
function run(html: string, url = STORY_URL, site = url): string | null {
  const doc = new JSDOM(`<body><div id="a">${html}</div></body>`, { url }).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = removeSectionKicker(article, { url, site });
  return removed.length ? (removed[0]?.text ?? '') : null;
}

describe('removeSectionKicker', () => {
  it("takes the section's link off the top of the body, in its own box or alone", () => {
    expect(run(`<div class="head"><a href="/politics/">Politics</a></div>${P}`)).toBe('Politics');
    expect(run(`<p><a href="https://news.example/category/national">ជាតិ</a></p>${P}`)).toBe('ជាតិ');
    expect(run(`<a href="/news/world">World news</a>${P}`)).toBe('World news');
  });

  it("keeps a link to a person, to the story itself, to another site, or to a page whose address is no shorter than the story's", () => {
    expect(run(`<p><a href="/author/ana-ruiz">Ana Ruiz</a></p>${P}`)).toBeNull();
    expect(run(`<p><a href="/u/DaleJack">DaleJack</a></p>${P}`)).toBeNull();
    expect(run(`<p><a href="/2025/05/story-slug.html">Story</a></p>${P}`)).toBeNull();
    expect(run(`<p><a href="https://other.example/politics">Politics</a></p>${P}`)).toBeNull();
    expect(run(`<p><a href="/politics">Politics</a></p>${P}`, 'https://news.example/story-slug')).toBeNull();
  });

  it('keeps a line with words beside its link, a long or numbered link, an in-page link, and a link that is the whole body', () => {
    expect(run(`<p>More in <a href="/politics/">Politics</a></p>${P}`)).toBeNull();
    expect(run(`<p><a href="/~serviscope_minor">serviscope_minor</a> <a href="https://other.example/post">shares a post</a>: the kernel's C++ debate.</p>${P}`)).toBeNull();
    expect(run(`<p><span><a href="/politics/">Politics</a></span> and more</p>${P}`)).toBeNull();
    expect(run(`<p><a href="/politics/">The politics of the bridge repairs explained</a></p>${P}`)).toBeNull();
    expect(run(`<p><a href="/2025/">2025</a></p>${P}`)).toBeNull();
    expect(run(`<p><a href="/politics/#top">Politics</a></p>${P}`)).toBeNull();
    expect(run('<p><a href="/politics/">Politics</a></p>')).toBeNull();
  });

  it('reads a copy served from 127.0.0.1 by the address the page declares', () => {
    expect(run(`<p><a href="/category/national">National</a></p>${P}`, 'http://127.0.0.1:8080/khmer/page.html', STORY_URL)).toBe('National');
    expect(run(`<p><a href="https://other.example/politics">Politics</a></p>${P}`, 'http://127.0.0.1:8080/khmer/page.html', STORY_URL)).toBeNull();
  });

  it('looks only at the first line: a section link further down stays', () => {
    expect(run(`${P}<p><a href="/politics/">Politics</a></p>${P}`)).toBeNull();
  });
});
