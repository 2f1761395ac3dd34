import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { unwrapLoneListItems } from '../../src/core/clean/lone-list-item';
import { extractArticle } from '../../src/core/index';
import { loadFixture } from '../../src/fixture-format/expectations';

const P = (n: number): string => `<p>Paragraph ${n} of the story tells what happened in full sentences, as a story does.</p>`;

function run(html: string): { html: string; count: number } {
  const doc = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  const count = unwrapLoneListItems(article);
  return { html: article.innerHTML, count };
}

describe('unwrapLoneListItems', () => {
  it("puts a story that a blog theme printed in a list's only item in the list's place", () => {
    const { html, count } = run(`<ul><li class="post"><h2>Title</h2>${P(1)}${P(2)}</li></ul>`);
    expect(count).toBe(1);
    expect(html).toBe(`<div><h2>Title</h2>${P(1)}${P(2)}</div>`);
  });

  it('keeps real lists: several items, or one item of a line or of one paragraph', () => {
    const lists = [
      `<ul><li>${P(1)}${P(2)}</li><li>${P(3)}</li></ul>`,
      '<ol><li>Preheat the oven to 220 degrees.</li></ol>',
      `<ul><li>${P(1)}</li></ul>`,
    ];
    for (const list of lists) expect(run(list)).toEqual({ html: list, count: 0 });
  });
});

describe('fixture post-in-list-item', () => {
  it('shows the post as paragraphs, not as one bullet', () => {
    const fixture = loadFixture(new URL('../fixtures', import.meta.url).pathname, 'post-in-list-item');
    const dom = new JSDOM(fixture.html, { url: fixture.expected.url });
    const result = extractArticle(dom.window.document, fixture.expected.url, { window: dom.window as never });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.html).not.toMatch(/<li\b/);
    expect(result.article.text).toContain('For three weeks every loaf came out of the oven flat');
  });
});
