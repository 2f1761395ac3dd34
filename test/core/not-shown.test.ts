// The not-shown check (src/core/not-shown.ts) through extractArticle: real prose of the page near or
// inside the story that the article leaves out is reported, in page order, with its place; captions,
// bios, teasers, menus, legal lines, hidden blocks and what the rules removed on purpose are not.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/index';
import type { Article, ExtractOptions } from '../../src/core/types';

const URL_ = 'https://www.hollinbaycourier.example/news/2026/12/02/quay-street-baths-close';
const TITLE = 'Council votes to close Quay Street baths after 91 years';
const STORY = [
  "The town council of Hollin Bay voted on Tuesday night to close the old swimming baths on Quay Street at the end of March, ending ninety-one years of public bathing on the site.",
  "Councillors said the building's roof had failed two inspections in a row and that repairing it would cost more than twice the sum set aside for all of the town's leisure buildings this year.",
  "About sixty residents watched the vote from the public gallery, several of them holding towels printed with the baths' old blue crest, and the meeting was twice paused for applause and heckling.",
  "The council's leader, Margit Olsen, told the chamber that nobody had wanted this outcome and that the decision had kept her awake for a week, but that the numbers left no room for another answer.",
  "Swimming lessons for the town's primary schools will move to the leisure centre at Drummond Park from April, and the council has promised a free bus for pupils for at least the first two years.",
  "The baths' three remaining staff will be offered posts at Drummond Park, a spokesperson said, and the building itself will be offered for sale with a covenant that protects its tiled front hall.",
];
const LOST_1 = 'A campaign group, Save Quay Street Baths, says it has already raised eleven thousand pounds towards an independent survey of the roof and will ask the council to delay the sale.';
const LOST_2 = 'Its chair, the retired engineer Daniel Frost, said the group believed the repair bill had been overstated and that a community trust could run the baths more cheaply.';
const ps = (list: readonly string[]): string => list.map((p) => `<p>${p}</p>`).join('');

function page(inner: string, before = ''): string {
  return `<!doctype html><html lang="en"><head><title>${TITLE} - Hollin Bay Courier</title><meta property="og:type" content="article"></head><body>
<header><a href="/">Hollin Bay Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${TITLE}</h1><p class="meta">By Lena Achterberg · 2 December 2026</p>${before}<div class="story-body">${inner}</div></article></main>
<footer><p>© 2026 Hollin Bay Courier. All rights reserved. Registered in England and Wales under number 01234567.</p></footer></body></html>`;
}

function extract(html: string, options: ExtractOptions = {}): { article: Article; dom: JSDOM } {
  const dom = new JSDOM(html, { url: URL_ });
  const result = extractArticle(dom.window.document, URL_, options);
  if (!result.ok) throw new Error(result.message);
  return { article: result.article, dom };
}

const texts = (article: Article): string[] => (article.notShown ?? []).map((b) => b.text);

describe('findNotShown through extractArticle', () => {
  it('says nothing on a page whose story is shown whole', () => {
    const { article } = extract(page(ps(STORY)));
    expect(article.notShown).toEqual([]);
  });

  it('says nothing when the shown story is hyphenated with soft hyphens, which the article text drops', () => {
    const hyphenated = STORY.map((p) => p.replace(/(\p{L}{4})(\p{L}{4})/gu, '$1\u00ad$2'));
    const { article } = extract(page(ps(hyphenated)));
    expect(article.text).toContain(STORY[0]);
    expect(article.notShown).toEqual([]);
  });

  it('reports paragraphs the extractor dropped inside the story, in order, with their place and the page markup', () => {
    const inner = ps(STORY.slice(0, 3)) + `<div class="story-extra"><p>${LOST_1}</p><p>${LOST_2} <a href="/campaign">Read more</a></p></div>` + ps(STORY.slice(3));
    const { article, dom } = extract(page(inner));
    const before = dom.serialize();
    expect(texts(article)).toEqual([LOST_1, `${LOST_2} Read more`]);
    const [first, second] = article.notShown ?? [];
    expect(first?.zone).toBe('inside');
    expect(first?.anchor.after).toBe(STORY[2]?.slice(0, 50));
    expect(first?.anchor.before).toBe(STORY[3]?.slice(0, 50));
    expect(second?.html).toContain('href="https://www.hollinbaycourier.example/campaign"');
    expect(article.text).not.toContain(LOST_1);
    expect(dom.serialize()).toBe(before);
  });

  it('does not report what stands before the story: a standfirst, a promo box (on WCXB mostly not main content)', () => {
    expect(extract(page(ps(STORY), `<div class="dek-wrap"><div><span>${LOST_1}</span></div></div>`)).article.notShown).toEqual([]);
    const column = `<div class="col-left"><h3>Table of contents</h3><ul><li><a href="#a">The vote</a></li></ul><div class="box"><div>${LOST_1}</div><a href="/demo">Get a demo</a></div></div>`;
    expect(extract(page(ps(STORY), column)).article.notShown).toEqual([]);
  });

  it('reports a run of two paragraphs after the story, not a single one (a bio, a plea, a pitch)', () => {
    const after = (list: readonly string[]): string => page(ps(STORY)).replace('</div></article>', `</div><div class="ad-slot">Advertisement</div><section class="story-supplemental"><div>${list.map((p) => `<span>${p}</span><br><br>`).join('')}</div></section></article>`);
    expect(texts(extract(after([LOST_1, LOST_2])).article)).toEqual([LOST_1, LOST_2]);
    expect(extract(after([LOST_1, LOST_2])).article.notShown?.map((b) => b.zone)).toEqual(['after', 'after']);
    expect(extract(after([LOST_1])).article.notShown).toEqual([]);
  });

  it('does not report captions, bios, teasers, asides, comments or legal lines, even as full sentences', () => {
    const inner = ps(STORY.slice(0, 3)) +
      `<figure><img src="/baths.jpg" alt=""><figcaption>${LOST_1}</figcaption></figure>` +
      `<aside><p>${LOST_2}</p></aside>` +
      ps(STORY.slice(3)) +
      `<div class="author-bio"><p>Lena Achterberg has reported on the town's council for the Courier since 2019 and writes about its schools and leisure services.</p></div>` +
      `<ul class="more"><li>Harbour lift out of service until Tuesday as the authority waits for a new motor from the maker.</li></ul>` +
      `<div class="comments"><p>I learned to swim there in 1962 and it breaks my heart that the council has let the roof go to ruin like this.</p></div>`;
    const { article } = extract(page(inner));
    expect(article.notShown).toEqual([]);
  });

  it('does not report what the page hides, by its markup or by the isVisible predicate', () => {
    const hidden = ps(STORY.slice(0, 3)) + `<div class="story-extra" hidden><p>${LOST_1}</p></div>` + ps(STORY.slice(3));
    expect(extract(page(hidden)).article.notShown).toEqual([]);
    const shownByMarkup = ps(STORY.slice(0, 3)) + `<div class="story-extra"><p>${LOST_1}</p></div>` + ps(STORY.slice(3));
    const invisible = extract(page(shownByMarkup), { isVisible: (el) => !el.closest('.story-extra') });
    expect(invisible.article.notShown).toEqual([]);
    const throwing = extract(page(shownByMarkup), { isVisible: () => { throw new Error('detached'); } });
    expect(throwing.article.notShown).toEqual([]);
  });

  it('does not report prose far from the story: another section after a heading of its own', () => {
    const html = page(ps(STORY)).replace('</article>', `</article><section><h2>From our archive</h2><p>${LOST_1}</p></section>`);
    expect(extract(html).article.notShown).toEqual([]);
  });

  it('restores a line of a <br>-separated block as its own paragraph, without markup the sanitizer drops', () => {
    const inner = ps(STORY.slice(0, 3)) + `<div class="story-extra"><div>${LOST_1}<br><br>${LOST_2}<img src="x" onerror="alert(1)"></div></div>` + ps(STORY.slice(3));
    const { article } = extract(page(inner));
    expect(texts(article)).toEqual([LOST_1, LOST_2]);
    for (const block of article.notShown ?? []) {
      expect(block.html).toMatch(/^<p>/);
      expect(block.html).not.toContain('onerror');
    }
  });
});

