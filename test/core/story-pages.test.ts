import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { nextStoryPage, removeStoryPagers } from '../../src/core/clean/story-pages';
import { extractArticle } from '../../src/core/index';
import { loadFixture } from '../../src/fixture-format/expectations';

const URL = 'https://blog.example/2026/03/the-long-walk/';
const PROSE = '<p>The path climbs for three hours through beech woods before the first view of the lake opens below the ridge.</p>';

/** `site`: the address the page declares for itself (canonical, else og:url), as extract.ts reads it. */
function run(html: string, site = URL): { text: string; removed: string[] } {
  const doc = new JSDOM(`<body><div id="a">${html}</div></body>`, { url: URL }).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = removeStoryPagers(article, { url: URL, site }).map((r) => `${r.category}/${r.ruleId}`);
  return { text: (article.textContent ?? '').replace(/\s+/g, ' ').trim(), removed };
}

describe('removeStoryPagers', () => {
  it("removes WordPress's page links (/2/, /3/ after the story's path) and a next-page line, in any language", () => {
    const { text, removed } = run(`${PROSE}<div class="page-links">Seiten: <span>1</span> <a href="${URL}2/">2</a> <a href="${URL}3/">3</a></div><p><a href="/2026/03/the-long-walk/2/">Nächste Seite »</a></p>`);
    expect(removed).toEqual(['navigation/story-pages', 'navigation/story-pages']);
    expect(text).toBe('The path climbs for three hours through beech woods before the first view of the lake opens below the ridge.');
  });

  it("keeps a list of the next chapter's sections (Sphinx's contents, WCXB 2999)", () => {
    const list = '<ul><li><a href="formsets/">Formsets</a><ul><li><a href="formsets/#initial-data">Using initial data</a></li><li><a href="formsets/#validation">Formset validation</a></li></ul></li></ul>';
    const { text, removed } = run(`${PROSE}<p>This covers the basics:</p>${list}`);
    expect(removed).toEqual([]);
    expect(text).toContain('Using initial data');
  });

  it('counts the address the page declares for itself with a page number', () => {
    const site = 'https://www.blog.example/walks/long-walk?id=7';
    expect(run(`${PROSE}<nav>Page 1 of 2 <a href="https://blog.example/walks/long-walk?id=7&amp;page=2">Next</a></nav>`, site).removed).toEqual(['navigation/story-pages']);
    // Another article of the same script is no page of this one.
    expect(run(`${PROSE}<p><a href="https://blog.example/walks/long-walk?id=8">Next</a></p>`, site).removed).toEqual([]);
  });

  it("resolves the page's own relative links against its <base>, as the browser does", () => {
    // A saved copy or a CMS that serves stories from a subfolder writes "2/" for the story's next page
    // and sets <base href> to the story's folder; against the page's own address that is another place.
    const doc = new JSDOM(`<head><base href="${URL}"></head><body><div id="a">${PROSE}<p>Page 1 of 2 <a href="2/">Next page</a></p></div></body>`, { url: 'https://blog.example/index.php?p=812' }).window.document;
    const article = doc.getElementById('a');
    if (!article) throw new Error('no article');
    const removed = removeStoryPagers(article, { url: 'https://blog.example/index.php?p=812', site: URL, base: URL });
    expect(removed.map((r) => r.ruleId)).toEqual(['story-pages']);
    // Without the base, "2/" is /2/, not a page of this story: the line stays.
    const again = new JSDOM(`<body><div id="a">${PROSE}<p>Page 1 of 2 <a href="2/">Next page</a></p></div></body>`, { url: 'https://blog.example/index.php?p=812' }).window.document.getElementById('a');
    if (!again) throw new Error('no article');
    expect(removeStoryPagers(again, { url: 'https://blog.example/index.php?p=812', site: URL })).toEqual([]);
  });

  it('keeps a sentence that links to the next page, links to other stories, in-page links and the link to itself alone', () => {
    expect(run(`${PROSE}<p>What the rangers found at the hut, and why it has been closed since March, is told <a href="${URL}2/">on the next page</a> of this report.</p>`).removed).toEqual([]);
    expect(run(`${PROSE}<p>Page 1 of 2 <a href="${URL}2/">2</a> <a href="/2026/03/another-walk/">Next walk</a></p>`).removed).toEqual([]);
    expect(run(`${PROSE}<p><a href="${URL}#comments">2 comments</a></p>`).removed).toEqual([]);
    expect(run(`${PROSE}<p><a href="${URL}">Permalink</a></p>`).removed).toEqual([]);
    expect(run(`${PROSE}<p><a href="/2026/03/">March 2026</a> <a href="/2026/03/the-long-walk-2/">2</a></p>`).removed).toEqual([]);
  });

  it("removes a pager's label left alone after its links went, and keeps a label followed by its value", () => {
    // Kompas's "Halaman: 1 2 3 Selanjutnya": Readability drops the row of bare links and keeps the label (probe ring "asia").
    expect(run(`${PROSE}<div class="paging"><div class="paging__wrap"><div class="paging__title">Halaman:</div></div></div>`)).toEqual({
      text: 'The path climbs for three hours through beech woods before the first view of the lake opens below the ridge.',
      removed: ['navigation/story-pages'],
    });
    expect(run(`${PROSE}<p>Seite:</p><p> </p>`).removed).toEqual(['navigation/story-pages']);
    // A book's details: the label names the value after it.
    expect(run(`${PROSE}<dl><dt>Title:</dt><dd>The Long Walk</dd><dt>Pages:</dt><dd>320</dd></dl>`).removed).toEqual([]);
    expect(run(`${PROSE}<p><b>Pages:</b> 320</p>`).removed).toEqual([]);
    // Without its colon the word is not a label ("Trang" is a name too), and a sentence is no label.
    expect(run(`${PROSE}<p>Trang</p>`).removed).toEqual([]);
    expect(run(`${PROSE}<p>See the pages:</p>`).removed).toEqual([]);
  });

  describe("with a query's iterators as a Firefox content script sees them", () => {
    // There the page's URL objects come through Xray wrappers, and the iterator that entries(), keys()
    // or values() returns has no Symbol.iterator: Array.from read it as empty, so "?page=2" looked like
    // the story's own address and the fixture paginated-story kept its pager in Firefox only.
    afterEach(() => vi.restoreAllMocks());
    const bare = (iterator: IterableIterator<unknown>): IterableIterator<never> => ({ next: () => iterator.next() }) as unknown as IterableIterator<never>;

    it('still reads "?page=2" as another page of the story', () => {
      const proto = URLSearchParams.prototype;
      const { entries, keys, values } = proto;
      vi.spyOn(proto, 'entries').mockImplementation(function (this: URLSearchParams) { return bare(entries.call(this)); });
      vi.spyOn(proto, 'keys').mockImplementation(function (this: URLSearchParams) { return bare(keys.call(this)); });
      vi.spyOn(proto, 'values').mockImplementation(function (this: URLSearchParams) { return bare(values.call(this)); });
      expect(Array.from(new globalThis.URL('https://a.example/?page=2').searchParams.entries())).toEqual([]);
      const { text, removed } = run(`${PROSE}<p>Page 1 of 3: <a href="?page=2">2</a> <a href="?page=3">3</a></p>`);
      expect(removed).toEqual(['navigation/story-pages']);
      expect(text).not.toContain('Page 1 of 3');
    });
  });

  // The working clone has lost its <link> and <meta>: the story's addresses are read from the page.
  describe('in the whole extraction', () => {
    const fixture = loadFixture(new globalThis.URL('../fixtures', import.meta.url).pathname, 'paginated-story');
    const pagerLines = (html: string, url: string): string[] => {
      const result = extractArticle(new JSDOM(html, { url }).window.document, url);
      if (!result.ok) throw new Error(result.message);
      return result.article.text.split('\n').filter((line) => /^(?:Page 1 sur 3|Lire la suite)/.test(line));
    };

    it('knows the story by its canonical address when it is read with a tracking parameter', () => {
      expect(pagerLines(fixture.html, `${fixture.expected.url}?utm_source=newsletter`)).toEqual([]);
    });

    it("keeps a line to the post the head names as rel=prev (WordPress's previous post, trafilatura 0312)", () => {
      const previous = 'https://www.courrier-vezere.example/actualite/2026/01/crue-vezere';
      const html = fixture.html
        .replace('<link rel="next"', `<link rel="prev" href="${previous}">\n<link rel="next"`)
        .replace('<p class="page-links">', `<p><a href="${previous}">${previous}</a></p>\n<p class="page-links">`);
      const lines = extractArticle(new JSDOM(html, { url: fixture.expected.url }).window.document, fixture.expected.url);
      if (!lines.ok) throw new Error(lines.message);
      expect(lines.article.text).toContain(previous);
      expect(pagerLines(html, fixture.expected.url)).toEqual([]);
    });
  });
});

describe('nextStoryPage', () => {
  const next = (links: string, url = URL, site = URL): string | null =>
    nextStoryPage(new JSDOM(`<body>${PROSE}${links}</body>`, { url }).window.document, { url, site });

  it("names the story's next page from its page links, wherever they stand, by the page number added to its address", () => {
    expect(next(`<div class="paging"><a href="${URL}?page=1">1</a> <a href="${URL}?page=2">2</a> <a href="${URL}?page=3">3</a></div>`)).toBe(`${URL}?page=2`);
    expect(next(`<p>Pages: <a href="${URL}3/">3</a> <a href="/2026/03/the-long-walk/2/">2</a></p>`)).toBe(`${URL}2/`);
    // Read on page 2: page 3 is next; on the last page there is none.
    expect(next(`<a href="${URL}?page=1">1</a><a href="${URL}?page=3">3</a>`, `${URL}?page=2`)).toBe(`${URL}?page=3`);
    expect(next(`<a href="${URL}?page=1">1</a><a href="${URL}?page=2">2</a>`, `${URL}?page=3`)).toBeNull();
  });

  it('names nothing for links to other stories, to places in the page or to its comments', () => {
    expect(next('<a href="https://blog.example/2026/03/another-walk/2/">Another walk, part 2</a>')).toBeNull();
    expect(next(`<a href="${URL}?replytocom=12#respond">Reply</a><a href="${URL}#comments">12 comments</a>`)).toBeNull();
    expect(next('<p>No page links.</p>')).toBeNull();
  });
});
