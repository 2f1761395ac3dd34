import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { bracketFootnoteMarks } from '../../src/core/clean/footnote-marks';
import { blockText } from '../../src/core/text';

const PAGE = 'https://essays.example/p/canals';

function run(html: string): { text: string; count: number } {
  const article = new JSDOM(`<body><div id="a">${html}</div></body>`, { url: PAGE }).window.document.getElementById('a');
  if (!article) throw new Error('no article');
  const count = bracketFootnoteMarks(article, PAGE);
  return { text: blockText(article), count };
}

describe('bracketFootnoteMarks', () => {
  it('puts a footnote reference in brackets, however the page raises and links it', () => {
    expect(run('<p>since.<sup id="r1"><a href="#fn1">1</a></sup> Investors</p>').text).toBe('since.[1] Investors');
    // Pandoc: the <sup> inside the link; the bracket goes in the <sup>.
    expect(run('<p>water<a href="#fn2" role="doc-noteref"><sup>2</sup></a>.</p>').text).toBe('water[2].');
    // Substack: a bare link that the stylesheet raises, right after the word.
    expect(run('<p>the county record office.<a class="footnote-anchor" href="#footnote-1">1</a> I spent</p>').text).toBe('the county record office.[1] I spent');
    // The page's own address with a fragment, and a letter or a dagger as the mark.
    expect(run(`<p>canal<sup><a href="${PAGE}#note-a">a</a></sup> and lock<sup><a href="#dag">†</a></sup></p>`).text).toBe('canal[a] and lock[†]');
  });

  it('leaves superscripts that link nowhere, marks already in brackets, a note\'s own number and other links', () => {
    const kept = [
      '<p>a room of 12 m<sup>2</sup> cut into the rock</p>',
      '<p>the 19<sup>th</sup> century</p>',
      '<p>as cited<sup><a href="#cite-3">[3]</a></sup> there</p>',
      '<div><a href="#footnote-anchor-1">1</a><div><p>Catalogued as a single volume.</p></div></div>',
      '<p>see page <a href="/p/2">2</a> of the report</p>',
      // A number after a space: a link to a numbered section, not a mark glued to a word.
      '<p>as in chapter <a href="#ch-12">12</a> above</p>',
      // A range or a list of references the page bracketed itself (a journal's "[3–5]", "[1, 2]").
      '<p>earlier studies [<a href="#ref-CR3">3</a>–<a href="#ref-CR5">5</a>] found</p>',
      '<p>as reported [<a href="#ref-1">1</a>, <a href="#ref-2">2</a>].</p>',
    ];
    for (const html of kept) expect(run(html).count, html).toBe(0);
  });
});
