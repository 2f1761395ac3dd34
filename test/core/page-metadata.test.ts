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
