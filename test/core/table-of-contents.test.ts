import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeContentsLists } from '../../src/core/clean/table-of-contents';

const URL = 'https://garden.example/guides/figs/';
const PROSE = '<p>Fig trees in containers are easy to grow in summer and easy to lose in winter, because the roots in a pot freeze first.</p>';

function run(html: string): { text: string; removed: string[] } {
  const article = new JSDOM(`<body><div id="a">${html}</div></body>`, { url: URL }).window.document.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = removeContentsLists(article).map((r) => `${r.category}/${r.ruleId}`);
  return { text: (article.textContent ?? '').replace(/\s+/g, ' ').trim(), removed };
}

const entries = (hrefs: string[]): string => hrefs.map((href, i) => `<li><a href="${href}">Part number ${i + 1}</a></li>`).join('');

describe('removeContentsLists', () => {
  it('removes a list of links to places on the page, with the label before it', () => {
    const { text, removed } = run(`${PROSE}<h2>Table of Contents</h2><ul>${entries(['#one', '#two', '#three'])}</ul><h2 id="one">One</h2>${PROSE}`);
    expect(removed).toEqual(['navigation/table-of-contents', 'navigation/table-of-contents']);
    expect(text).not.toContain('Table of Contents');
    expect(text).not.toContain('Part number');
    expect(text).toContain('Fig trees');
  });

  it("counts the page's own address with a fragment as the same page, and takes the list's box with its label", () => {
    const { text, removed } = run(`${PROSE}<div class="box"><span>In this article:</span><ol>${entries([`${URL}#a`, `${URL}#b`, '#c', '#d'])}</ol></div>${PROSE}`);
    expect(removed).toEqual(['navigation/table-of-contents']);
    expect(text).not.toContain('In this article');
  });

  it('keeps lists of links to other pages, short lists, and lists with text of their own', () => {
    expect(run(`${PROSE}<ul>${entries(['/a', '/b', 'https://other.example/#c'])}</ul>`).removed).toEqual([]);
    expect(run(`${PROSE}<ul>${entries(['#a', '#b'])}</ul>`).removed).toEqual([]);
    const footnotes = ['#r1', '#r2', '#r3'].map((h) => `<li>Smith, J. (2019). A long study of potted fig trees in cold climates. <a href="${h}">↩</a></li>`).join('');
    expect(run(`${PROSE}<ol>${footnotes}</ol>`).removed).toEqual([]);
  });

  it('removes a contents title left alone (its list built by a script that never ran), never a title a list still follows or a word with other meanings', () => {
    const alone = run(`<h2>Table of contents</h2>${PROSE}<p><strong>Inhaltsverzeichnis:</strong></p>${PROSE}`);
    expect(alone.removed).toEqual(['navigation/table-of-contents', 'navigation/table-of-contents']);
    expect(alone.text).not.toMatch(/Table of contents|Inhaltsverzeichnis/);
    expect(alone.text).toContain('Fig trees');
    // A list of key points after "In this article" is the story's own; "Contents" and "Inhalt" head a synopsis or a box's contents.
    expect(run(`<h3>In this article</h3><ul><li>Why pots freeze first</li><li>Where to keep them</li></ul>${PROSE}`).removed).toEqual([]);
    expect(run(`<h2>Contents</h2>${PROSE}<h2>Inhalt</h2>${PROSE}`).removed).toEqual([]);
  });
});
