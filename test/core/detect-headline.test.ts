// The detector's publisher-metadata and headline features (src/core/detect-meta.ts,
// src/core/detect-headline.ts), measured on small pages.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectFeatures } from '../../src/core/detect';

/** Two paragraphs of running text side by side: the headline features count only on a page that has them. */
const PROSE = `<div>${`<p>${'The council met on Tuesday evening to vote on the ferry fares. '.repeat(3)}</p>`.repeat(2)}</div>`;

function features(html: string): Record<string, number> {
  const url = 'https://news.example/a';
  const doc = new JSDOM(html, { url }).window.document;
  return Object.fromEntries(detectFeatures(doc, url).map((f) => [f.name, f.value]));
}

describe('headline features', () => {
  it('see a byline and a date next to the <h1>', () => {
    const f = features(`<html><head><title>Ferry fares frozen until spring | Courier</title></head><body>
      <h1>Ferry fares <em>frozen</em> until spring</h1><p class="byline">By A. Mercer</p><time datetime="2025-03-11">11 March</time>${PROSE}</body></html>`);
    expect(f['headline-byline']).toBe(1);
    expect(f['headline-date']).toBe(1);
  });

  it('count only where there is running text to read (fixture photo-post-related: a gallery post)', () => {
    const head = '<h1>Two cameras, one film</h1><p>By Henrik</p><p>14 March 2025</p>';
    const gallery = '<p>Aiko: Sapporo.</p><p>Kodak Portra 160, twice exposed.</p><img src="a.jpg"><img src="b.jpg">';
    expect(features(`<body>${head}${gallery}</body>`)).not.toHaveProperty('headline-date');
    expect(features(`<body>${head}${gallery}</body>`)).not.toHaveProperty('headline-byline');
    expect(features(`<body>${head}${PROSE}${gallery}</body>`)).toMatchObject({ 'headline-date': 1, 'headline-byline': 1 });
  });

  it('read a printed date and a "By" line around the headline, in several languages and forms', () => {
    const around = (before: string, after: string) =>
      features(`<body><nav><a href="/">Home</a></nav>${before}<h1>Story headline here</h1>${after}<div><p>${'Text. '.repeat(40)}</p><p>${'Text. '.repeat(40)}</p></div></body>`);
    for (const date of ['11 March 2025', '11. März 2025', 'March 11, 2025', '12 de marzo de 2025', '11.03.2025', '2025-03-11', '2025年3月11日', '2 hours ago', 'vor 3 Stunden', 'il y a 2 heures']) {
      expect(around('', `<div class="meta"><span>${date}</span></div>`)['headline-date'], date).toBe(1);
    }
    // Forms the first pattern missed on dev pages that are all news stories (WCXB 0315, 0385, 0480, 4801;
    // trafilatura 0000, 0629, 0782, 0784, 0788): an ordinal day, hyphens, commas, dots after the day,
    // and a two-digit year printed with the time.
    for (const date of ['29th August, 2023', 'Fri, 19th Dec 2025', '19-Dec-2025', '26, Abril, 2022', 'Jul. 11. 2025', '19.10.19, 11:29 Uhr', '03/12/25 14:05']) {
      expect(around('', `<div class="meta"><span>${date}</span></div>`)['headline-date'], date).toBe(1);
    }
    expect(around('<div class="kicker">Politics · 11 March 2025</div>', '')['headline-date']).toBe(1);
    for (const byline of ['By <a href="/a">Jo Smith</a>', 'Von Anna Berg', 'Par Léa Martin', 'via <a href="https://x.example/">The Baltic Ledger</a>', ' by Ömer Kaya']) {
      expect(around('', `<p>${byline}</p>`)['headline-byline'], byline).toBe(1);
    }
    expect(around('', '<p>By the end of the year, the bridge will reopen.</p><p>Version 2.0</p>')).not.toHaveProperty('headline-byline');
    for (const text of ['Version 2.0, 1500 downloads', 'Python 3.10.12', 'Rated 4.9 out of 5, 2025 reviews', 'Best laptops of 2025']) {
      expect(around('', `<p>${text}</p>`), text).not.toHaveProperty('headline-date');
    }
  });

  it('look only near the headline: a date far below it (a footer, a teaser) does not count', () => {
    const filler = '<div><span>x</span></div>'.repeat(40);
    expect(features(`<body><h1>Story headline here</h1>${filler}<p>11 March 2025</p>${PROSE}</body>`)).not.toHaveProperty('headline-date');
    expect(features(`<body><h1>Story headline here</h1><p>11 March 2025</p>${filler}${PROSE}</body>`)).toHaveProperty('headline-date');
    expect(features('<body><p>11 March 2025</p><p>By Jo Smith</p></body>')).not.toHaveProperty('headline-date');
  });

  it('count beside two paragraphs of running text, not beside one: a video\'s or a data page\'s description (probe ring "traps")', () => {
    const head = '<h1>Crews free barge wedged under bridge</h1><p><time datetime="2026-03-14">March 14, 2026</time></p>';
    const one = `<p>${'Salvage crews spent nine hours working a loaded barge loose from the pier. '.repeat(2)}</p>`;
    expect(features(`<body>${head}<div>${one}</div></body>`)).not.toHaveProperty('headline-date');
    expect(features(`<body>${head}<div>${one}${one}</div></body>`)).toHaveProperty('headline-date');
  });

  it('leave out the card of the teaser that ends the neighbourhood: its date before its title is the teaser\'s (probe ring "traps", a podcast show page)', () => {
    const card = (tag: string) => `<${tag}><div><span>Mar 14, 2026</span><h3><a href="/e/1">What the Ohio River tells us about freight</a></h3></div></${tag}>`;
    for (const list of [`<ul>${card('li')}</ul>`, `<div>${card('article')}</div>`, card('div')]) {
      expect(features(`<body><section><h1>The Daily Brief</h1></section>${list}${PROSE}</body>`), list).not.toHaveProperty('headline-date');
    }
    expect(features(`<body><section><h1>Story headline here</h1><p>Mar 14, 2026</p></section><ul>${card('li')}</ul>${PROSE}</body>`)).toHaveProperty('headline-date');
  });

  it('stop at a form or a table after the headline: what a data page dates below it is an observation (probe ring "traps", a forecast page)', () => {
    const updated = '<p>Updated <time datetime="2026-03-14T06:45">6:45 AM</time></p>';
    expect(features(`<body><h1>Chicago weather forecast</h1><form><input name="q"></form>${updated}${PROSE}</body>`)).not.toHaveProperty('headline-date');
    expect(features(`<body><h1>Chicago weather forecast</h1><table><tr><td>34°</td></tr></table>${updated}${PROSE}</body>`)).not.toHaveProperty('headline-date');
    expect(features(`<body><h1>Story headline here</h1>${updated}<table><tr><td>34°</td></tr></table>${PROSE}</body>`)).toHaveProperty('headline-date');
  });

  it('look next to the headline the title names, not next to a logo\'s <h1> above it (trafilatura 0978, 0458)', () => {
    const page = (title: string) => features(`<html><head><title>${title}</title></head><body>
      <header><h1 class="aural">Zoll</h1><nav>${'<a href="/x">Section</a>'.repeat(40)}</nav></header>
      <h1>Verkündung des Tabaksteuergesetzes</h1><div class="docData"><span>Datum:</span> <span>18.10.2021</span></div>${PROSE}</body></html>`);
    expect(page('Zoll online - Fachmeldungen - Verkündung des Tabaksteuergesetzes')['headline-date']).toBe(1);
    // A title that names neither: the first <h1>, as before.
    expect(page('Zoll online')).not.toHaveProperty('headline-date');
  });

  it('reads a bounded piece of each element next to a huge <h1> (a broken page that never closes it)', () => {
    const f = features(`<body><h1>${'<span>word </span>'.repeat(5000)}<span>11 March 2025</span></h1>${PROSE}</body>`);
    expect(f).not.toHaveProperty('headline-date');
    expect(f).toHaveProperty('paragraph-cluster');
  });
});

describe('publisher metadata features', () => {
  it('read every schema.org …Article type as an article, in JSON-LD and microdata (fixture microdata)', () => {
    for (const type of ['Article', 'NewsArticle', 'ReportageNewsArticle', 'SatiricalArticle', 'BlogPosting', 'Report']) {
      const ld = JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, { '@type': type }] });
      expect(features(`<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`)['schema-article'], type).toBe(1);
    }
    expect(features('<body><div itemscope itemtype="https://schema.org/BlogPosting"><p>Text</p></div></body>')['schema-article']).toBe(1);
    expect(features('<body><div itemscope itemtype="https://schema.org/ArticleCollection"></div></body>')).not.toHaveProperty('schema-article');
  });

  it('see an article type that gives its publication date (schema-published), not a bare type or another type\'s date', () => {
    const head = (data: unknown) => `<html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head><body></body></html>`;
    const dated = features(head({ '@graph': [{ '@type': 'WebPage', datePublished: '2025-03-11' }, { '@type': ['NewsArticle'], datePublished: '2025-03-11T08:00:00Z' }] }));
    expect(dated['schema-published']).toBe(1);
    expect(features(head({ '@type': 'TechArticle', headline: 'Client.get' }))).not.toHaveProperty('schema-published');
    expect(features(head({ '@type': 'WebPage', datePublished: '2025-03-11' }))).not.toHaveProperty('schema-published');
    expect(features(head({ '@type': 'BlogPosting', datePublished: 20250311 }))).not.toHaveProperty('schema-published');
  });

  it('see a player\'s page (media-page): a declared video or podcast over one paragraph at most, not a story with its video (probe ring "traps")', () => {
    const page = (og: string, data: unknown, body: string) =>
      `<html><head><meta property="og:type" content="${og}"><script type="application/ld+json">${JSON.stringify(data)}</script></head><body><h1>Crews free barge</h1>${body}</body></html>`;
    const one = `<div><p>${'Salvage crews spent nine hours working a loaded barge loose. '.repeat(3)}</p></div>`;
    expect(features(page('video.other', { '@type': 'VideoObject' }, one))['media-page']).toBe(1);
    expect(features(page('website', { '@type': 'PodcastSeries' }, one))['media-page']).toBe(1);
    expect(features(page('video', { '@type': 'WebPage' }, one))['media-page']).toBe(1);
    // A story with its video declares an article, and a video story has its run of paragraphs.
    expect(features(page('article', { '@type': 'VideoObject' }, one))).not.toHaveProperty('media-page');
    expect(features(page('website', [{ '@type': 'NewsArticle' }, { '@type': 'VideoObject' }], one))).not.toHaveProperty('media-page');
    expect(features(page('video.other', { '@type': 'VideoObject' }, PROSE))).not.toHaveProperty('media-page');
  });

  it('count microdata that marks the story text (itemprop="articleBody")', () => {
    expect(features(`<body><div itemprop="articleBody">${PROSE}</div></body>`)['article-body']).toBe(1);
    expect(features(`<body><div itemprop="description">${PROSE}</div></body>`)).not.toHaveProperty('article-body');
  });

  it('count a comment section, in-page links and buttons', () => {
    const posts = '<div class="post"><p>Reply text.</p><button>Reply</button></div>'.repeat(12);
    const f = features(`<body>${posts}<a href="#top">Top</a><div id="comments"></div></body>`);
    expect(f.buttons).toBeGreaterThan(0);
    expect(f['anchor-links']).toBeGreaterThan(0);
    expect(f.comments).toBe(1);
  });
});
