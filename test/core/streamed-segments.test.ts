import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { dropNonContent } from '../../src/core/clean/strip-page';

/** The page's body text after dropNonContent, a space between elements, whitespace collapsed. */
function placed(body: string): string {
  const doc = new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`).window.document;
  dropNonContent(doc);
  return doc.body.innerHTML.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('streamed segments (dropNonContent)', () => {
  it('puts a boundary\'s segment where its template stands and drops the fallback up to the closing comment', () => {
    const text = placed(
      '<p>Top.</p><!--$?--><template id="B:0"></template><div>Please wait</div><span>spinner</span><!--/$--><p>Bottom.</p>' +
        '<div hidden id="S:4"><p>The story.</p></div><script>$RC("B:0","S:4")</script>',
    );
    expect(text).toBe('Top. The story. Bottom.');
  });

  it('counts nested boundaries before taking a closing comment as the fallback\'s end', () => {
    const text = placed(
      '<!--$?--><template id="B:0"></template><div>outer <!--$--><b>inner</b><!--/$--></div><!--$--><i>nested fallback</i><!--/$--><!--/$--><p>After.</p>' +
        '<div hidden id="S:0"><p>Story.</p></div>',
    );
    expect(text).toBe('Story. After.');
  });

  it('takes a boundary\'s segment by its number when the page lost its scripts and comments', () => {
    const text = placed(
      '<h1>Title</h1><template id="B:2"></template><div>Loading paragraph...</div><p>Kept after.</p>' +
        '<template id="B:3"></template><div class="skeleton"><div></div></div><p>Also kept.</p>' +
        '<div hidden id="S:2"><p>Second part.</p></div><div hidden id="S:3"><p>Third part.</p></div>',
    );
    expect(text).toBe('Title Second part. Kept after. Third part. Also kept.');
  });

  it('leaves the element after a boundary that is not a loading note (a boundary without a fallback)', () => {
    const text = placed('<template id="B:0"></template><p>A real paragraph follows the boundary here.</p><div hidden id="S:0"><p>Story.</p></div>');
    expect(text).toBe('Story. A real paragraph follows the boundary here.');
  });

  it('fills a placeholder inside a segment, whichever is placed first', () => {
    const text = placed(
      '<template id="B:0"></template>' +
        '<div hidden id="S:1"><p>Start.</p><template id="P:2"></template><p>End.</p></div>' +
        '<div hidden id="S:2"><p>Middle.</p></div><script>$RS("S:2","P:2")</script><script>$RC("B:0","S:1")</script>',
    );
    expect(text).toBe('Start. Middle. End.');
  });

  it('leaves a div named S:… that is not hidden, and a template whose segment is missing', () => {
    expect(placed('<template id="B:0"></template><div id="S:0"><p>Shown already.</p></div>')).toBe('Shown already.');
    expect(placed('<p>Only text.</p><template id="P:7"></template>')).toBe('Only text.');
  });
});
