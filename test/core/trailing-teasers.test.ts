import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeTrailingTeasers } from '../../src/core/clean/trailing-teasers';

const URL = 'https://shop.example/blogs/journal/tubeless-at-home';

/** Six paragraphs of a story (about 700 characters). */
const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story about seating a tubeless tyre: clean the rim, tape it, fit the valve and pump hard.</p>`).join('');

const card = (slug: string, title: string, summary = 'A short summary of the other post, cut off after two lines of text in the card...', extra = ''): string =>
  `<div class="card"><a href="${slug}"><img src="/img/${slug.split('/').pop()}.jpg"></a><h3><a href="${slug}">${title}</a></h3><div>${summary}${extra}</div><div>Sep 30, 2025</div></div>`;

const CARDS = [
  card('/blogs/journal/winter-chain-care', 'Winter chain care in five minutes a week'),
  card('/blogs/journal/choosing-tyre-width', 'Choosing a tyre width for gravel roads'),
  card('/blogs/journal/packing-a-repair-kit', 'What to pack in a roadside repair kit'),
  card('/blogs/journal/brake-pad-bedding', 'Bedding in new disc brake pads properly'),
];

function run(html: string, page?: string): { text: string; removed: string[]; links: string[] } {
  const doc = new JSDOM(`<body><div id="a">${html}</div></body>`, { url: URL }).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  const pageDoc = page === undefined ? undefined : new JSDOM(page, { url: URL }).window.document;
  const result = removeTrailingTeasers(article, { url: URL, site: URL }, pageDoc);
  return {
    text: (article.textContent ?? '').replace(/\s+/g, ' ').trim(),
    removed: result.removed.map((r) => `${r.category}/${r.ruleId}`),
    links: result.links.map((link) => `${link.url} ${link.title}`),
  };
}

describe('removeTrailingTeasers', () => {
  it("removes a list of cards to the site's other posts after the story's end, with its heading, and lists their links", () => {
    const { text, removed, links } = run(`${STORY}<div><h2>From the journal.</h2></div><div><div class="track">${CARDS.join('')}</div></div>`);
    expect(removed).toEqual(['related/teaser-list', 'related/teaser-list']);
    expect(text).not.toContain('From the journal');
    expect(text).not.toContain('Winter chain care');
    expect(text).toContain('Paragraph 6 of the story');
    expect(links).toEqual([
      'https://shop.example/blogs/journal/winter-chain-care Winter chain care in five minutes a week',
      'https://shop.example/blogs/journal/choosing-tyre-width Choosing a tyre width for gravel roads',
      'https://shop.example/blogs/journal/packing-a-repair-kit What to pack in a roadside repair kit',
      'https://shop.example/blogs/journal/brake-pad-bedding Bedding in new disc brake pads properly',
    ]);
  });

  it('counts a card whose summary mentions a source with a link of its own', () => {
    const cited = card('/blogs/journal/fitness', 'Staying fit on long business trips', 'According to a <a href="https://survey.example/report">2024 survey</a>, more than half of all travellers exercise less on the road than at home, and this is what helps...');
    const { removed } = run(`${STORY}<div>${CARDS.slice(0, 2).join('')}${cited}</div>`);
    expect(removed).toEqual(['related/teaser-list']);
  });

  it('keeps a list with story text after it: the cards are then part of the story', () => {
    const { removed, text } = run(`${STORY}<div>${CARDS.join('')}</div><p>The last paragraph of the story comes after the list of posts and says where to buy the sealant.</p>`);
    expect(removed).toEqual([]);
    expect(text).toContain('Winter chain care');
  });

  it("keeps a round-up whose linked teasers are most of the story, and a story too short to tell", () => {
    const intro = '<p>Our four most-read posts of the year, picked by the workshop team, with a line on why each one is worth your time.</p>';
    expect(run(`${intro}<div>${CARDS.join('')}</div>`).removed).toEqual([]);
    const long = (slug: string, title: string) => card(slug, title, 'This post walks through the whole job step by step, from the tools you need to the mistakes that cost a tyre, with photos of every stage and a list of the parts we used on the workshop bikes.');
    const roundUp = ['a', 'b', 'c', 'd', 'e'].map((s) => long(`/blogs/journal/${s}`, `The ${s} guide to home workshop repairs`)).join('');
    expect(run(`${STORY}<div>${roundUp}</div>`).removed).toEqual([]);
  });

  it("keeps a listicle whose entries link to other sites, and cards that lead to the page itself", () => {
    const shops = ['alpha', 'beta', 'gamma'].map((s) => card(`https://${s}-store.example/tyre`, `The ${s} tubeless tyre, tested on gravel`)).join('');
    expect(run(`${STORY}<div>${shops}</div>`).removed).toEqual([]);
    const self = card(URL, 'How to set up a tubeless tyre at home');
    expect(run(`${STORY}<div>${CARDS.slice(0, 2).join('')}${self}</div>`).removed).toEqual([]);
  });

  it('takes a list set in rows of cards, cards with a section label above the headline, and a headed card with a long excerpt (WCXB 0331, trafilatura 0137)', () => {
    const labelled = (slug: string, title: string, label: string) =>
      `<div class="post"><div><a href="/blogs/${label.toLowerCase()}">${label}</a> <span>Sep 30, 2025</span></div><h3><a href="/blogs/journal/${slug}">${title}</a></h3><p>A short summary of the other post.</p></div>`;
    const excerpt = `<div class="post"><h3><a href="/blogs/journal/long">A long read about wheel building at home</a></h3><p>${'Spokes, nipples and a truing stand are all it takes to start. '.repeat(9)}</p></div>`;
    const rows = `<div><div class="row">${labelled('a', 'The first post about home repairs', 'Repairs')}${labelled('b', 'The second post about home repairs', 'Repairs')}</div>`
      + `<div class="row">${excerpt}${labelled('c', 'The third post about home repairs', 'Tools')}</div></div>`;
    const { removed, text, links } = run(`${STORY}${STORY}${rows}`);
    expect(removed).toEqual(['related/teaser-list']);
    expect(text).not.toContain('home repairs');
    expect(text).not.toContain('wheel building');
    expect(links.map((link) => link.split(' ')[0]?.split('/').pop())).toEqual(['a', 'b', 'long', 'c']);
  });

  it('keeps a story and its rows of cards under one wrapper from passing for one list, and a card with two excerpts', () => {
    const rows = `<div class="row">${CARDS.slice(0, 2).join('')}</div><div class="row">${CARDS.slice(2).join('')}</div>`;
    // The rows still go; the story beside them stays.
    const { removed, text } = run(`<div>${STORY}${STORY}</div><div>${rows}</div>`);
    expect(removed).toEqual(['related/teaser-list']);
    expect(text).toContain('Paragraph 6 of the story');
    const two = `<div class="post"><h3><a href="/blogs/journal/x">A long read about wheel building at home</a></h3><p>${'Spokes and a truing stand. '.repeat(12)}</p><p>${'Then the tension. '.repeat(12)}</p></div>`;
    expect(run(`${STORY}${STORY}<div>${CARDS.slice(0, 2).join('')}${two}</div>`).removed).toEqual([]);
  });

  it("takes the cards that end the story's own block, between rules, with the heading above them (WCXB 4588), not a run of two", () => {
    const between = CARDS.map((c) => `<hr>${c}`).join('');
    const { removed, text, links } = run(`${STORY}${STORY}<hr><h3>Collect them all!</h3>${between}`);
    expect(removed).toEqual(['related/teaser-list', ...CARDS.map(() => 'related/teaser-list')]);
    expect(text).not.toContain('Collect them all');
    expect(text).not.toContain('Winter chain care');
    expect(text).toContain('Paragraph 6 of the story');
    expect(links).toHaveLength(4);
    expect(run(`${STORY}${STORY}${CARDS.slice(0, 2).join('')}`).removed).toEqual([]);
    expect(run(`${STORY}${CARDS.join('')}${STORY}`).removed).toEqual([]);
  });

  it('keeps blocks that lead to two places, or whose headline is a bare label', () => {
    const two = (slug: string, title: string) => `<div>${card(slug, title)}<a href="/collections/tyres">Shop tyres now</a></div>`;
    expect(run(`${STORY}<div>${two('/blogs/journal/a', 'The first post about home repairs')}${two('/blogs/journal/b', 'The second post about home repairs')}${two('/blogs/journal/c', 'The third post about home repairs')}</div>`).removed).toEqual([]);
    const labels = ['/blogs/journal/a', '/blogs/journal/b', '/blogs/journal/c'].map((slug) => `<div><a href="${slug}">Read</a> a line of text</div>`).join('');
    expect(run(`${STORY}<div>${labels}</div>`).removed).toEqual([]);
  });

  it('keeps a list of references whose links open a line of running text, and a paragraph of links (WCXB 4025, 0368)', () => {
    const refs = ['a', 'b', 'c'].map((s) => `<li><a href="/publications/${s}">Report ${s} on cover crops and tillage</a> (ERR-27${s.length}, May 2020). Three main factors determine what the farms need.</li>`).join('');
    expect(run(`${STORY}<ul>${refs}</ul>`).removed).toEqual([]);
    const links = ['a', 'b', 'c'].map((s) => `<a href="/classes/${s}">the ${s} class on healthy weight</a>`).join(', ');
    expect(run(`${STORY}<p>Patients can take ${links} for free.</p>`).removed).toEqual([]);
  });

  it('takes a list of two bare headline links under the story, not two cards outside a list nor two links with more text', () => {
    const item = (slug: string, title: string) => `<li><a href="/blogs/journal/${slug}">${title}</a></li>`;
    const pair = `${item('winter-chain-care', 'Watch: Winter chain care in five minutes')}${item('choosing-tyre-width', 'Choosing a tyre width for gravel roads')}`;
    const { removed, links } = run(`${STORY}<div><ul>${pair}</ul></div>`);
    expect(removed).toEqual(['related/teaser-list']);
    expect(links.map((link) => link.split(' ')[0]?.split('/').pop())).toEqual(['winter-chain-care', 'choosing-tyre-width']);
    expect(run(`${STORY}<div>${CARDS.slice(0, 2).join('')}</div>`).removed).toEqual([]);
    const described = `<li><a href="/blogs/journal/a">The first post about home repairs</a>, with photos</li><li><a href="/blogs/journal/b">The second post about home repairs</a></li>`;
    expect(run(`${STORY}<ul>${described}</ul>`).removed).toEqual([]);
  });

  it("lists every card of the page's own list when Readability dropped one of them", () => {
    const page = `<body><main>${STORY}<section><div class="track">${CARDS.join('')}</div></section></main></body>`;
    const kept = [CARDS[0], CARDS[2], CARDS[3]].join('');
    const { removed, links } = run(`${STORY}<div>${kept}</div>`, page);
    expect(removed).toEqual(['related/teaser-list']);
    expect(links.map((link) => link.split(' ')[0]?.split('/').pop())).toEqual(['winter-chain-care', 'choosing-tyre-width', 'packing-a-repair-kit', 'brake-pad-bedding']);
  });
});
