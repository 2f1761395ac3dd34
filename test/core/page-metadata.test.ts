import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { markedAuthor, readMetadata } from '../../src/core/clean/page-metadata';

const doc = (head: string, body: string) => new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`).window.document;
/** The byline the head declares, else the author the text marks (extract.ts asks in this order, and Readability's between). */
const read = (head: string, body: string) => ({ byline: readMetadata(doc(head, body), 'https://blog.example/post').byline ?? markedAuthor(doc(head, body)) });

describe('readMetadata: the author the text marks', () => {
  it('reads schema.org microdata, the rel="author" link and an hCard, without "Posted by"', () => {
    expect(read('', `<span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope><meta itemprop="url" content="x"><a rel="author" href="/p"><span itemprop="name">Margaret Ellery</span></a></span></span>`).byline).toBe('Margaret Ellery');
    expect(read('', '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/t">Tomas Reyes</a></span></span>').byline).toBe('Tomas Reyes');
    expect(read('', '<p>Words by <a rel="author" href="/about">Ines Marlow</a></p>').byline).toBe('Ines Marlow');
  });

  it("prefers the head's declaration, and skips a comment's author and the publisher's card in the footer", () => {
    expect(read('<meta name="author" content="Declared Name">', '<a rel="author" href="/a">Marked Name</a>').byline).toBe('Declared Name');
    expect(read('', '<div class="comment"><span class="comment-author vcard"><b class="fn">A Reader</b></span></div><footer><span class="vcard"><span class="fn org">Blog Ltd</span></span></footer>').byline).toBeNull();
    expect(read('', `<a rel="author" href="/a">${'A very long author text that reads like a sentence and not like any name at all, '.repeat(2)}</a>`).byline).toBeNull();
  });
});

describe('readMetadata: the publication date the text marks', () => {
  it('reads itemprop="datePublished" from an element\'s datetime, content or title (Blogger\'s <abbr title>)', () => {
    const published = (head: string, body: string): string | null => readMetadata(doc(head, body), 'https://blog.example/post').publishedTime;
    expect(published('', '<a class="timestamp-link" href="/p"><abbr class="published" itemprop="datePublished" title="2024-10-13T08:41:00-07:00">8:41 AM</abbr></a>')).toBe('2024-10-13T08:41:00-07:00');
    expect(published('<meta itemprop="datePublished" content="2024-01-02">', '')).toBe('2024-01-02');
    expect(published('<meta property="article:published_time" content="2025-05-05T10:00:00Z">', '<abbr itemprop="datePublished" title="2024-10-13">x</abbr>')).toBe('2025-05-05T10:00:00Z');
    expect(published('', '<p>No date here.</p>')).toBeNull();
  });
});

describe('readMetadata: the authors of a gallery or a video', () => {
  const ld = (data: object): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const people = [{ '@type': 'Person', name: 'Nadia Kessler' }, { '@type': 'Person', name: 'Owen Trask' }];

  it('reads an ImageGallery\'s or a VideoObject\'s authors when no article is declared', () => {
    expect(read(ld({ '@type': 'ImageGallery', headline: 'Photos: Fair day', author: people }), '').byline).toBe('Nadia Kessler, Owen Trask');
    expect(read(ld({ '@type': 'VideoObject', name: 'Flood walk', author: { '@type': 'Person', name: 'Lena Morrow' } }), '').byline).toBe('Lena Morrow');
  });

  it("keeps the article's author when the page declares an article too", () => {
    const head = ld({ '@type': 'VideoObject', name: 'Clip', author: { '@type': 'Person', name: 'Video Desk' } }) + ld({ '@type': 'NewsArticle', headline: 'Story', author: people });
    expect(read(head, '').byline).toBe('Nadia Kessler, Owen Trask');
  });
});
