import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { runElements, sectionRun } from '../../src/core/clean/template-sections';
import { snapshotPick } from '../../src/core/clean/story-coverage';
import { extractArticle } from '../../src/core/index';

const doc = new JSDOM('<body></body>').window.document;
const sentence = (n: number) => `Sentence ${n} of the story is long enough to count as one of its paragraphs.`;
/** A text section as a page builder writes it: a numbered class, an empty spacer row, then the text column. */
const text = (n: number, ...paragraphs: number[]) =>
  `<div class="container-fluid text-row vc_custom_${1000 + n}"><div class="row"><div class="col-12"></div></div>` +
  `<div class="row"><div class="col-8">${paragraphs.map((p) => `<p>${sentence(p)}</p>`).join('')}</div></div></div>`;
const table = '<div class="container-fluid table-row"><table><tr><td>Stop</td> <td>Bay C</td></tr></table></div>';
const pickOf = (html: string): Element => {
  const body = doc.createElement('div');
  body.innerHTML = html;
  return body;
};
/** The texts a run would add, before and after (and between, when it fills gaps), from a pick and the paragraph numbers Readability kept. */
function added(html: string, kept: readonly number[]): { before: string[]; after: string[]; gaps?: string[][] } | null {
  const { layout, paragraphs } = snapshotPick(pickOf(html));
  const run = sectionRun(layout, paragraphs, kept.map(sentence).join(' '));
  if (!run) return null;
  const { before, after, gaps } = runElements(layout, run);
  const words = (elements: Element[]) => elements.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
  return gaps.length ? { before: words(before), after: words(after), gaps: gaps.map((gap) => words(gap.elements)) } : { before: words(before), after: words(after) };
}

describe('sectionRun', () => {
  it('adds the sections built alike around the one Readability kept, and what holds no prose between them', () => {
    const html = text(1, 1) + text(2, 2, 3, 4) + table + text(3, 5) + '<div class="container-fluid image-row"><img src="a.jpg"></div>' + text(4, 6);
    expect(added(html, [2, 3, 4])).toEqual({ before: [sentence(1)], after: ['Stop Bay C', sentence(5), '', sentence(6)] });
  });

  it('leaves out what holds no prose after the last section of the run', () => {
    const html = text(1, 1, 2) + text(2, 3) + table;
    expect(added(html, [1, 2])).toEqual({ before: [], after: [sentence(3)] });
  });

  it('stops at prose of another template: a newsletter box, a teaser rail, an author box', () => {
    const box = `<div class="container-fluid newsletter-row"><p>${sentence(9)}</p></div>`;
    expect(added(text(1, 1, 2) + box + text(2, 3), [1, 2])).toBeNull();
    expect(added(text(1, 1) + text(2, 2, 3) + box + text(3, 4), [2, 3])).toEqual({ before: [sentence(1)], after: [] });
  });

  it('stops at a section built alike whose prose is laid out otherwise (an FAQ after a post)', () => {
    const faq = `<div class="container-fluid text-row vc_custom_9"><div class="accordion"><div class="item"><p>${sentence(7)}</p></div><div class="item"><p>${sentence(8)}</p></div></div></div>`;
    expect(added(text(1, 1, 2, 3) + faq, [1, 2, 3])).toBeNull();
  });

  it('stops at a section with an <h1> after the story (the next story of an endless page)', () => {
    const next = text(3, 5).replace('<div class="col-8">', '<div class="col-8"><h1>The next story</h1>');
    expect(added(text(1, 1, 2) + text(2, 3) + next + text(4, 6), [1, 2])).toEqual({ before: [], after: [sentence(3)] });
  });

  it("opens the run with the section of the story's own headline, and goes no further back", () => {
    const head = `<div class="post-head"><h1>The story</h1>
<p>${sentence(0)}</p></div>`;
    const html = text(9, 9) + head + text(1, 1) + text(2, 2, 3);
    expect(added(html, [2, 3])).toEqual({ before: [`The story ${sentence(0)}`, sentence(1)], after: [] });
  });

  it('finds nothing when Readability kept paragraphs of two sections, or none of the pick', () => {
    const html = text(1, 1, 2) + text(2, 3, 4) + text(3, 5);
    expect(added(html, [2, 3])).toBeNull();
    expect(added(html, [42])).toBeNull();
  });

  it('fills the gap between two sections Readability kept: a section alike, a quote and a picture between them', () => {
    const quote = '<div class="container-fluid quote-row"><blockquote>The kiln is honest.</blockquote></div>';
    const html = text(1, 1, 2) + text(2, 3) + quote + '<div class="container-fluid image-row"><img src="a.jpg"></div>' + text(3, 4, 5) + text(4, 6);
    expect(added(html, [1, 2, 4, 5])).toEqual({ before: [], after: [], gaps: [[sentence(3), 'The kiln is honest.', '']] });
  });

  it('leaves a gap that holds prose of another kind (a newsletter box in the story), and adds nothing beside two kept sections', () => {
    const box = `<div class="container-fluid newsletter-row"><p>${sentence(9)}</p></div>`;
    expect(added(text(1, 1, 2) + box + text(3, 4, 5) + text(4, 6), [1, 2, 4, 5])).toBeNull();
  });

  it('never joins items that stand alone: <article>s, list items, table rows', () => {
    const post = (n: number) => `<article class="post"><p>${sentence(n)}</p><p>${sentence(n + 1)}</p></article>`;
    expect(added(post(1) + post(3) + post(5), [1, 2])).toBeNull();
    const items = `<ul>${[1, 2, 3].map((n) => `<li class="item"><p>${sentence(n)}</p></li>`).join('')}</ul>`;
    expect(added(items, [1])).toBeNull();
  });

  it('needs a template: bare <div>s alike are not sections', () => {
    const bare = (n: number) => `<div><div><p>${sentence(n)}</p></div></div>`;
    expect(added(bare(1) + bare(2), [1])).toBeNull();
    const sections = (n: number) => `<section><div><p>${sentence(n)}</p></div></section>`;
    expect(added(sections(1) + sections(2), [1])).toEqual({ before: [], after: [sentence(2)] });
  });
});

describe('extractArticle with sections built alike', () => {
  const html = readFileSync(new URL('../fixtures/builder-sections/page.html', import.meta.url), 'utf8');
  const url = 'https://www.valdmere-transit.example/news/harbour-line-track-renewal/';
  const extract = (disable: ('sections' | 'opening')[] = []) => {
    const { window } = new JSDOM(html, { url });
    const result = extractArticle(window.document, url, { window: window as never, disable });
    if (!result.ok) throw new Error(result.message);
    return result.article.text;
  };

  it('puts back the sections beside the one Readability kept, once each, in the page order', () => {
    const text = extract();
    const order = ['From 7 April the trams', 'The rails between Central Station', 'Replacement buses leave', 'Central Station Bay C', 'All replacement buses are low-floor', 'The Market Square junction', 'If the weather holds'];
    const at = order.map((words) => text.indexOf(words));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const words of order) expect(text.split(words).length, words).toBe(2);
    expect(text).not.toContain('Subscribe to our newsletter');
  });

  it("keeps Readability's one section when the step is off (and the opening's, which puts back what stands before it)", () => {
    const text = extract(['sections', 'opening']);
    expect(text).toContain('Replacement buses leave');
    expect(text).not.toContain('The rails between Central Station');
    expect(text).not.toContain('If the weather holds');
    const opened = extract(['sections']);
    expect(opened).toContain('The rails between Central Station');
    expect(opened).not.toContain('If the weather holds');
  });
});
