import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeRepeatedBlocks } from '../../src/core/clean/repeated-blocks';

const P = (n: number): string => `<p>Paragraph ${n} of the guide says what to do and why, in full sentences, as a guide does when it explains a step to its reader, with the reason for the step and what goes wrong in the kitchen when a tired cook skips it.</p>`;
const STORY = `<h2>First step</h2>${P(1)}${P(2)}`;

function run(html: string): { html: string; removed: string[] } {
  const doc = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = removeRepeatedBlocks(article);
  return { html: article.innerHTML, removed: removed.map((r) => r.ruleId) };
}

describe('removeRepeatedBlocks', () => {
  it("keeps one of a site builder's layouts for each screen size, each holding the whole story", () => {
    const layout = `<div class="layout"><div class="rich-text">${STORY}</div></div>`;
    const { html, removed } = run(`<div class="intro">${P(0)}</div><div class="body">${layout}${layout}${layout}</div>`);
    expect(removed).toEqual(['repeated-block', 'repeated-block']);
    expect(html).toBe(`<div class="intro">${P(0)}</div><div class="body">${layout}</div>`);
  });

  it('takes out a long paragraph printed twice in a row, whatever the white space between its words', () => {
    const twice = `<p>Paragraph 1 of the guide says what to do and why, in full sentences,\n   as a guide does when it explains a step to its reader, with the reason for the step and what goes wrong in the kitchen when a tired cook skips it.</p>`;
    const { html, removed } = run(`${P(1)}${twice}${P(2)}`);
    expect(removed).toEqual(['repeated-block']);
    expect(html).toBe(`${P(1)}${P(2)}`);
  });

  it('keeps repeats that are written so: apart from each other, short, or only alike', () => {
    const pages = [
      // The same long line under each session of a training plan: repeated, but never twice in a row.
      `<h3>Monday</h3>${P(1)}<h3>Wednesday</h3>${P(1)}`,
      // A short refrain printed twice is the repeated-line step's to judge.
      '<p>Warm up for ten minutes.</p><p>Warm up for ten minutes.</p>',
      // Neighbours that differ by one word are two paragraphs.
      `${P(1)}${P(1).replace('why', 'how')}`,
      // A block and the block that holds it are not neighbours.
      `<div>${P(1)}</div>`,
    ];
    for (const page of pages) expect(run(page)).toEqual({ html: page, removed: [] });
  });
});
