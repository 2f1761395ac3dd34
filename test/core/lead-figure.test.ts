import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { copyLeadFigure, restoreLeadFigure } from '../../src/core/clean/lead-figure';
import { measurePage } from '../../src/core/clean/main-content';
import { extractArticle } from '../../src/core/extract';

const URL_ = 'https://example.com/news/2025/bridge-vote';
const PARAS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what the council decided about the bridge and why the vote took so long.</p>`).join('');

function doc(html: string): Document {
  return new JSDOM(`<head><meta property="og:type" content="article"></head><body>${html}</body>`, { url: URL_ }).window.document;
}

const HERO = '<figure><img src="https://img.example.com/hero-1200.jpg" alt="The bridge"><figcaption>The old bridge at dusk.</figcaption></figure>';

describe('copyLeadFigure', () => {
  it('copies the first picture of the story before its text starts', () => {
    const figure = copyLeadFigure(measurePage(doc(`<article><h1>Bridge</h1>${HERO}<div class="body">${PARAS}</div></article>`)));
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/hero-1200.jpg');
    expect(figure?.isConnected).toBe(false);
  });

  it('skips logos, icons and tiny images, and pictures below the first paragraph', () => {
    const logo = '<img src="/static/site-logo.png" alt=""><img src="/a/tiny.jpg" width="32" height="32">';
    expect(copyLeadFigure(measurePage(doc(`<article>${logo}<div>${PARAS}</div>${HERO}</article>`)))).toBeNull();
  });

  it("skips the byline's portrait of the author, by its address or its class", () => {
    const byline = '<div class="byline"><img class="article__author-img" src="/static/authors/jane-roe.jpg" alt="">By Jane Roe</div>';
    const figure = copyLeadFigure(measurePage(doc(`<article><h1>Bridge</h1>${byline}${HERO}<div class="body">${PARAS}</div></article>`)));
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/hero-1200.jpg');
  });

  it('looks in a <main> story past the dek under the headline, and in a header block beside the body', () => {
    const dek = '<p class="dek">The council approved the new bridge after a long night of debate, and work will start in the spring.</p>';
    const lede = `<div class="lede"><h1>Bridge</h1>${dek}${HERO}</div>`;
    const inMain = copyLeadFigure(measurePage(doc(`<main>${lede}<div class="body"><div class="inner">${PARAS}</div></div></main>`)));
    expect(inMain?.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/hero-1200.jpg');
    const beside = copyLeadFigure(measurePage(doc(`<div class="page">${lede}<div class="wrap"><div itemprop="articleBody">${PARAS}</div></div></div>`)));
    expect(beside?.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/hero-1200.jpg');
  });

  it('needs a story container: a page without one gives nothing', () => {
    expect(copyLeadFigure(measurePage(doc(`<div>${HERO}${PARAS}</div>`)))).toBeNull();
  });

  it('on a page that marks no story container, takes the photo between the headline its title names and the text', () => {
    const page = (between: string, title = 'Bridge vote passes after long night'): Document => {
      const d = doc(`<div class="top"><h1 class="logo">Valley Gazette News</h1><a href="/"><img src="/img/home-board.jpg" alt="Home" width="300" height="200"></a></div>
        <div class="story"><h1>Bridge vote passes after long night</h1>${between}<div class="text">${PARAS}</div></div>${HERO}`);
      d.title = title;
      return d;
    };
    const photo = '<div class="foto"><img src="https://img.example.com/vote-800.jpg" alt="" width="800" height="450"><div class="cap">Councillors vote.</div></div>';
    const d = page(photo);
    expect(copyLeadFigure(measurePage(d), d)?.getAttribute('src')).toBe('https://img.example.com/vote-800.jpg');
    // A drawing is a logo; a picture after the text has started, or under no headline the title names, is not the lead.
    const svg = page('<div><img src="/static/board.svg" alt="" width="600" height="300"></div>');
    expect(copyLeadFigure(measurePage(svg), svg)).toBeNull();
    const theme = page('<div><img src="/wp-content/themes/notepad/img/cubes.gif" alt="Open Source" width="600" height="300"></div>');
    expect(copyLeadFigure(measurePage(theme), theme)).toBeNull();
    const late = page('');
    expect(copyLeadFigure(measurePage(late), late)).toBeNull();
    const untitled = page(photo, 'Valley Gazette');
    expect(copyLeadFigure(measurePage(untitled), untitled)).toBeNull();
  });
});

describe('restoreLeadFigure', () => {
  it('puts the picture first, inside the single result wrapper', () => {
    const article = doc('<div id="out"><div id="page"><p>Text.</p></div></div>').getElementById('out') as Element;
    const figure = doc(HERO).querySelector('figure') as Element;
    expect(restoreLeadFigure(article, figure)).toBe(true);
    expect(article.querySelector('#page')?.firstElementChild?.tagName).toBe('FIGURE');
  });

  it('puts back the picture with its caption, and without other words around it', () => {
    const article = doc('<div id="out"><p>Text.</p></div>').getElementById('out') as Element;
    const figure = doc(HERO).querySelector('figure') as Element;
    expect(restoreLeadFigure(article, figure)).toBe(true);
    expect(article.querySelector('figure img')?.getAttribute('src')).toBe('https://img.example.com/hero-1200.jpg');
    expect(article.querySelector('figure figcaption')?.textContent).toBe('The old bridge at dusk.');
    // A share button beside the picture, and a caption that only credits it, stay out.
    const other = doc('<div id="out"><p>Text.</p></div>').getElementById('out') as Element;
    const credited = doc('<figure><img src="https://img.example.com/hero-1200.jpg" alt=""><button>Share</button><figcaption>Photo: Jane Roe</figcaption></figure>').querySelector('figure') as Element;
    expect(restoreLeadFigure(other, credited)).toBe(true);
    expect(other.textContent).toBe('Text.');
  });

  it("makes a bare picture and the caption beside it in their own box a figure (a portal's markup)", () => {
    const page = doc(`<div class="top"><h1>The council votes on the bridge</h1><div class="foto"><img src="https://img.example.com/vote-800.jpg" alt="" width="800" height="450"><div class="cap">Councillors vote on the bridge. <span>(Foto: Jane Roe)</span></div></div><div class="text">${PARAS}</div></div>`);
    page.title = 'The council votes on the bridge - Valley Gazette';
    const figure = copyLeadFigure(measurePage(page), page);
    expect(figure?.tagName).toBe('FIGURE');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/vote-800.jpg');
    expect(figure?.querySelector('figcaption')?.innerHTML).toBe('Councillors vote on the bridge. <span>(Foto: Jane Roe)</span>');
    // A box with a link or a third block beside the picture is not the picture's own: the picture comes alone.
    const linked = doc(`<div class="top"><h1>The council votes on the bridge</h1><div class="foto"><img src="https://img.example.com/vote-800.jpg" alt="" width="800" height="450"><div class="cap">More in <a href="/gallery">our gallery of the vote</a></div></div><div class="text">${PARAS}</div></div>`);
    linked.title = page.title;
    expect(copyLeadFigure(measurePage(linked), linked)?.tagName).toBe('IMG');
  });

  it("keeps one <img> of a <picture> that held two (its <noscript> fallback made real)", () => {
    const article = doc('<div id="out"><p>Text.</p></div>').getElementById('out') as Element;
    const picture = doc('<picture><source srcset="https://img.example.com/a-300.jpg"><img src="https://img.example.com/a.jpg" alt=""><img src="https://img.example.com/a.jpg" alt=""></picture>').querySelector('picture') as Element;
    expect(restoreLeadFigure(article, picture)).toBe(true);
    expect(article.getElementsByTagName('img').length).toBe(1);
  });

  it('does not add a picture the article already shows', () => {
    const article = doc(`<div id="out">${HERO}<p>Text.</p></div>`).getElementById('out') as Element;
    const figure = doc(HERO).querySelector('figure') as Element;
    expect(restoreLeadFigure(article, figure)).toBe(false);
    expect(article.getElementsByTagName('img').length).toBe(1);
  });
});

describe('extractArticle keeps the lead picture', () => {
  it('when Readability leaves the hero figure out of its result', () => {
    const page = doc(`<header><a href="/">Site</a></header><main><article><h1>The council votes on the bridge</h1>${HERO}<div class="body">${PARAS}</div></article></main>`);
    const result = extractArticle(page, URL_, { window: page.defaultView as Window & typeof globalThis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.html.match(/hero-1200\.jpg/g)?.length).toBe(1);
    // With its caption, once, above the story's first paragraph.
    expect(result.article.text.split('\n').slice(0, 2)).toEqual(['The old bridge at dusk.', expect.stringMatching(/^Paragraph 1 /)]);
    // Without the step, Readability's result has no picture: the test shows the step is what keeps it.
    const without = extractArticle(page, URL_, { window: page.defaultView as Window & typeof globalThis, disable: ['lead-figure'] });
    expect(without.ok && without.article.html.includes('hero-1200.jpg')).toBe(false);
  });
});

describe('copyLeadFigure: the lead art between the headline and the body', () => {
  const headline = '<div class="headline-block"><h1>Bridge</h1><h2>The council voted on Tuesday night.</h2></div>';
  const byline = '<div class="byline-block">By Jane Roe · Published May 14, 2024</div><div class="share"><button>Share</button> <a href="#comments">42 Comments</a></div>';
  const page = (between: string) => `<main><div class="top">${headline}</div><div class="interior"><div class="lead-art">${HERO}</div>${between}<article class="body">${PARAS}</article></div></main>`;

  it('finds the picture in its own block, across the byline and the share bar, when the headline is reached', () => {
    const figure = copyLeadFigure(measurePage(doc(page(byline))));
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/hero-1200.jpg');
  });

  it('gives nothing when a menu or a list stands between, or when no headline is reached', () => {
    expect(copyLeadFigure(measurePage(doc(page('<nav><a href="/a">News</a> <a href="/b">Sport</a></nav>'))))).toBeNull();
    const rail = `<main><div class="rail">${HERO}<a href="/other">Another story</a></div><article class="body">${PARAS}</article></main>`;
    expect(copyLeadFigure(measurePage(doc(rail)))).toBeNull();
  });

  it('keeps the picture in the extracted article', () => {
    const d = doc(`<header><a href="/">Home</a></header>${page(byline)}<footer>Contact</footer>`);
    const result = extractArticle(d, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.html).toContain('https://img.example.com/hero-1200.jpg');
  });
});
