import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isInPost, restoreSectionHeadings, shieldSectionHeadings } from '../../src/core/clean/section-headings';

const PROSE = '<p>' + 'A long opening paragraph of the story that runs well past one hundred characters of plain text. '.repeat(2) + '</p>';
const TITLE = 'When and how long do hens lay eggs?';

function doc(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><title>${TITLE} - Site</title><body>${body}</body>`).window.document;
}
const tags = (d: Document): string[] => Array.from(d.body.querySelectorAll('h1, h2, h3')).map((h) => `${h.tagName}:${h.textContent}`);

describe('shieldSectionHeadings', () => {
  it('hides a section heading made of the title\'s words from the title test, and restores it', () => {
    const d = doc(`<h1>${TITLE}</h1>${PROSE}<h2>When do hens lay eggs?</h2><p>Text.</p><h2>Feeding the flock</h2>`);
    expect(shieldSectionHeadings(d, [d.title, TITLE])).toBe(1);
    expect(tags(d)).toEqual([`H1:${TITLE}`, 'H3:When do hens lay eggs?', 'H2:Feeding the flock']);
    restoreSectionHeadings(d.body);
    expect(tags(d)).toEqual([`H1:${TITLE}`, 'H2:When do hens lay eggs?', 'H2:Feeding the flock']);
    expect(d.body.querySelector('[data-tr-heading]')).toBeNull();
  });

  it('leaves the headline itself, a heading above the story and an <h1> to Readability', () => {
    const d = doc(`<h2>When do hens lay eggs?</h2>${PROSE}<h2>${TITLE}</h2><h2>How long do hens lay eggs</h2><h1>When do hens lay?</h1>`);
    expect(shieldSectionHeadings(d, [d.title, TITLE])).toBe(0);
  });

  it('takes the "header" words off the class and id of a heading below the story, which Readability would drop', () => {
    const d = doc(`<header class="site-header"><h2 class="site-header-title">Site</h2></header>${PROSE}<h3 class="wprm-recipe-header wprm-block-text">Ingredients</h3><h3 id="notes-header" class="sidebar-title">Notes</h3>`);
    shieldSectionHeadings(d, [d.title, TITLE]);
    expect(Array.from(d.body.querySelectorAll('h2, h3')).map((h) => `${h.getAttribute('class')}#${h.id}`)).toEqual(['site-header-title#', 'wprm-block-text#', 'sidebar-title#']);
    // A heading over a list of links keeps its name, for Readability to drop with the list (trafilatura 0640).
    const topics = doc(`${PROSE}<h3 class="big-header">Weitere Themen</h3><div><ul><li><a href="/a">Altersvorsorge</a></li><li><a href="/b">Betriebsrente</a></li></ul></div>`);
    shieldSectionHeadings(topics, [topics.title, TITLE]);
    expect(topics.body.querySelector('h3')?.getAttribute('class')).toBe('big-header');
  });

  it('takes the "header" words off a heading between the headline and the story that heads a list, and off a figure\'s header (fixture figure-header-key-points)', () => {
    const figure = '<figure><div class="Chart_header"><h4 class="Chart_title">Wheat Squeeze</h4><p>Futures are up a fifth</p></div><img src="c.png"></figure>';
    const d = doc(`<header class="site-header"><h2 class="site-header-title">Site</h2><ul><li>Menu</li></ul></header><h1>${TITLE}</h1><div><h2 class="KeyPoints-header">Key Points</h2><div><ul><li>Hens lay in spring.</li></ul></div></div>${PROSE}${figure}`);
    shieldSectionHeadings(d, [d.title, TITLE]);
    // A heading above the headline keeps its name, for Readability to drop with the page's header.
    expect(d.body.querySelector('h2')?.getAttribute('class')).toBe('site-header-title');
    expect(d.body.querySelector('h2 + div')?.previousElementSibling?.getAttribute('class')).toBe('');
    expect(d.body.querySelector('figure > div')?.getAttribute('class')).toBe('');
  });

  it('takes the "header" words off a list item\'s header that holds its heading and a short label, not off a dialog\'s (fixture meta-list-item-headings)', () => {
    const item = '<div class="c-list__header"><h2 class="c-list__title">1. Kestrel Audio KT-2</h2><p class="c-list__lead">Best Overall</p></div><p>The KT-2 gets the fundamentals right.</p>';
    const modal = '<div class="modal__header"><button class="close"></button><h4>Author Information</h4></div><div class="modal__header"><h2>Disclosures</h2></div>';
    const long = '<div class="box-header"><h3>Notes</h3><p>A line under the heading far longer than any short label is.</p></div>';
    const d = doc(`${PROSE}${item}${modal}${long}`);
    shieldSectionHeadings(d, [d.title, TITLE]);
    expect(Array.from(d.body.querySelectorAll('div')).map((el) => el.getAttribute('class'))).toEqual(['', 'modal__header', 'modal__header', 'box-header']);
  });

  it('does nothing without a title', () => {
    const d = doc(`${PROSE}<h2>When do hens lay eggs?</h2>`);
    expect(shieldSectionHeadings(d, [null, ''])).toBe(0);
  });
});

describe("a live blog's posts", () => {
  it("keep their headings and the headers that hold their times, when only some posts have a heading", () => {
    const post = (id: number, heading: string) =>
      `<article id="b${id}"><header class="block-header"><a class="block-time" href="#b${id}"><time datetime="2025-05-18T02:${id}">02:${id}</time></a></header><div>${heading}<p>An update on the count that is long enough to read as a paragraph of the story.</p></div></article>`;
    const doc = new JSDOM(`<body><h1>By-election live: Pryce wins</h1>${post(41, '<h2>Pryce wins the by-election</h2>')}${post(30, '')}${post(12, '<h2>Recount ruled out</h2>')}</body>`).window.document;
    shieldSectionHeadings(doc, ['By-election live: Pryce wins']);
    expect(doc.querySelectorAll('.block-header').length).toBe(0);
    expect(doc.querySelectorAll('header').length).toBe(3);
    // The first post's heading repeats the title's words: shielded as a post's, not dropped as the headline.
    expect(doc.querySelector('#b41 h3')?.textContent).toBe('Pryce wins the by-election');
  });

  it('are posts also each alone in a list item, or with an ad slot between them; a lone <article> is none', () => {
    const post = (id: number) =>
      `<article id="p${id}"><header class="post-header"><span>16:${id}</span><h3 class="post-heading">Update ${id} on the ferries</h3><p>Daniel Hurst</p></header><p>Text of the update.</p></article>`;
    const listed = new JSDOM(`<body><h1>Ferry firm collapses: live</h1><ol><li>${post(44)}</li><li>${post(30)}</li></ol></body>`).window.document;
    shieldSectionHeadings(listed, ['Ferry firm collapses: live']);
    expect(listed.querySelectorAll('[class*="header"]').length).toBe(0);
    const ads = new JSDOM(`<body><h1>Fire live</h1>${post(44)}<div class="ad-slot"></div>${post(30)}</body>`).window.document;
    shieldSectionHeadings(ads, ['Fire live']);
    expect(ads.querySelectorAll('[class*="header"]').length).toBe(0);
    expect(isInPost(ads.querySelector('#p44 h3') as Element)).toBe(true);
    // Three blocks between two <article>s: a rail, not a feed.
    const apart = new JSDOM(`<body><h1>Fire</h1>${post(44)}<div class="rail"></div><div></div><div></div>${post(30)}</body>`).window.document;
    expect(isInPost(apart.querySelector('#p44 h3') as Element)).toBe(false);
  });
});
