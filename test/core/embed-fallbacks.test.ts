import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { flattenEmbedFallback, splitQuoteBreaks } from '../../src/core/clean/embed-fallbacks';

const POST = 'https://social.example/p/Ab12Cd/';

function quote(inner: string): Element {
  const found = new JSDOM(`<body><blockquote id="q">${inner}</blockquote></body>`).window.document.getElementById('q');
  if (!found) throw new Error('no quote');
  return found;
}

describe('flattenEmbedFallback', () => {
  it("turns a photo post's link-only fallback in layout boxes into one paragraph per address, in its most telling words", () => {
    const q = quote(`<div><a href="${POST}"><div><div></div></div><div>View this post on Social</div></a><p><a href="${POST}">A post shared by Harbour Life (@harbourlife)</a></p></div>`);
    expect(flattenEmbedFallback(q)).toBe(true);
    expect(q.innerHTML).toBe(`<p><a href="${POST}">A post shared by Harbour Life (@harbourlife)</a></p>`);
  });

  it("leaves a quote with words of its own (a tweet's fallback, a quotation), a quote without boxes, and a box of the site's own links", () => {
    const tweet = `<p lang="en">Crews have worked 14-hour shifts all winter.</p>&mdash; Moira Kell (@MoiraKellMCU) <a href="https://social.example/MoiraKell/status/1">May 11, 2026</a>`;
    expect(flattenEmbedFallback(quote(tweet))).toBe(false);
    expect(flattenEmbedFallback(quote(`<div><p>"A bridge is quicker, but a boat is a conversation," the poet wrote.</p></div>`))).toBe(false);
    expect(flattenEmbedFallback(quote(`<p><a href="${POST}">A post shared by Harbour Life</a></p>`))).toBe(false);
    expect(flattenEmbedFallback(quote(`<div><a href="/news/ferry-talks">Ferry talks collapse</a></div>`))).toBe(false);
  });
});

describe('splitQuoteBreaks', () => {
  it("splits a tweet's paragraph at its blank lines, keeping single line breaks and the paragraph's language", () => {
    const q = quote('<p lang="en" dir="ltr">MALIK FROM THE CORNER<br><br>We are going to overtime. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Nuggets (@nuggets)');
    expect(splitQuoteBreaks(q)).toBe(1);
    expect(q.innerHTML).toBe('<p lang="en" dir="ltr">MALIK FROM THE CORNER</p><p lang="en" dir="ltr">We are going to overtime. <a href="https://t.co/x">pic.twitter.com/x</a></p>— Nuggets (@nuggets)');
    const lines = quote('<p>Tobi in OT:<br> <br>11 points<br>4-4 FG<br><br><br>That is a closer.</p>');
    expect(splitQuoteBreaks(lines)).toBe(2);
    expect(lines.innerHTML).toBe('<p>Tobi in OT:</p><p>11 points<br>4-4 FG</p><p>That is a closer.</p>');
  });

  it('leaves a paragraph with single line breaks, and drops a blank line at the end', () => {
    const verse = quote('<p>One line<br>Another line</p>');
    expect(splitQuoteBreaks(verse)).toBe(0);
    expect(verse.innerHTML).toBe('<p>One line<br>Another line</p>');
    const trailing = quote('<p>Only text<br><br></p>');
    expect(splitQuoteBreaks(trailing)).toBe(0);
    expect(trailing.innerHTML).toBe('<p>Only text</p>');
  });
});
