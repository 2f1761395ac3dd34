import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeCutOffPreviews, removeRepeatedBlocks } from '../../src/core/clean/repeated-blocks';
import type { Removal } from '../../src/core/types';

const P = (n: number): string =>
  `<p>Paragraph ${n} of the guide says what to do and why, in full sentences, as a guide does when it explains a step to its reader, with the reason for the step and what goes wrong in the kitchen when a tired cook skips it.</p>`;
const STORY = `<h2>First step</h2>${P(1)}${P(2)}`;

/** Runs one of the steps on an article of `html`; its html after and the rule ids of its records. */
function runStep(step: (article: Element) => Removal[], html: string): { html: string; removed: string[] } {
  const doc = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = step(article);
  return { html: article.innerHTML, removed: removed.map((r) => r.ruleId) };
}

const run = (html: string): { html: string; removed: string[] } => runStep(removeRepeatedBlocks, html);
const cut = (html: string): { html: string; removed: string[] } => runStep(removeCutOffPreviews, html);

describe('removeRepeatedBlocks', () => {
  it("keeps one of a site builder's layouts for each screen size, each holding the whole story", () => {
    const layout = `<div class="layout"><div class="rich-text">${STORY}</div></div>`;
    const { html, removed } = run(`<div class="intro">${P(0)}</div><div class="body">${layout}${layout}${layout}</div>`);
    expect(removed).toEqual(['repeated-block', 'repeated-block']);
    expect(html).toBe(`<div class="intro">${P(0)}</div><div class="body">${layout}</div>`);
  });

  it("matches a phone's layout that leaves out a short line by its lines of prose", () => {
    const desktop = `<div class="v-desktop"><p>12 May 2026 · 7 min read</p>${STORY}</div>`;
    const phone = `<div class="v-phone"><p>12 May 2026</p>${STORY}</div>`;
    const { html, removed } = run(`${desktop}${phone}`);
    expect(removed).toEqual(['repeated-block']);
    expect(html).toBe(desktop);
  });

  it('sees two copies with only a break, a rule, a picture or a comment between them as neighbours', () => {
    const faq = `<div class="faq">${STORY}</div>`;
    const { html, removed } = run(`${faq}<br>${faq}<hr><!-- mobile --><img src="x.png">${faq}`);
    expect(removed).toEqual(['repeated-block', 'repeated-block']);
    expect(html).toBe(`${faq}<br><hr><!-- mobile --><img src="x.png">`);
  });

  it('keeps repeats that are written so: a paragraph, a stanza, a cell, apart from each other, short, or only alike', () => {
    const chorus = '<p>Oh the tide comes in and the tide goes out,<br>and the boats come home to the quay,<br>and whatever the weather is all about,<br>there is bread and a fire for me,<br>there is bread and a fire and a song about the sea for me.</p>';
    const clause = '<td>We may change these terms by giving you at least thirty days of notice in writing, by e-mail or by post, and you may close your account without any charge before the change takes effect if you do not accept it.</td>';
    const pages = [
      // A long paragraph said twice in a row: a chorus sung twice.
      `${chorus}${chorus}${P(1)}`,
      // A clause unchanged in both columns of a comparison.
      `<table><tbody><tr><td>7.3</td>${clause}${clause}</tr></tbody></table>`,
      // The same long line under each session of a training plan: repeated, but never twice in a row.
      `<h3>Monday</h3><div>${STORY}</div><h3>Wednesday</h3><div>${STORY}</div>`,
      // A short box printed twice is the repeated-line step's to judge.
      '<div><p>Warm up for ten minutes.</p></div><div><p>Warm up for ten minutes.</p></div>',
      // Two columns of a price list that share their long footnotes: their lines of prose are not most of their text.
      ['Full-time', 'Part-time'].map((kind) => `<div><p>${kind} rates</p><ul>${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<li>${kind} programme ${n}: $${n}45 per credit hour</li>`).join('')}</ul>${P(8)}${P(9)}</div>`).join(''),
      // Neighbours that differ in a line of prose are two sections.
      `<div>${STORY}</div><div>${STORY.replace('why', 'how')}</div>`,
      // Text between the two copies.
      `<div>${STORY}</div>Or, for the quick version:<div>${STORY}</div>`,
    ];
    for (const page of pages) expect(run(page)).toEqual({ html: page, removed: [] });
  });
});

describe('removeCutOffPreviews', () => {
  const FULL = 'The library will stay open until midnight on weekdays for six weeks from April, after a petition from students gathered more than 3,000 signatures. The late opening will cost around £14,000.';

  it('takes out the opening shown cut off above the whole text', () => {
    for (const ending of ['…', '...', ' …']) {
      const preview = `<div class="preview"><p>${FULL.slice(0, 150)}${ending}</p><button>Read more</button></div>`;
      const { html, removed } = cut(`${preview}<div class="full"><p>${FULL}</p>${P(1)}</div>`);
      expect(removed).toEqual(['cut-off-preview']);
      expect(html).toBe(`<div class="preview"><button>Read more</button></div><div class="full"><p>${FULL}</p>${P(1)}</div>`);
    }
  });

  it('keeps a line that trails off when nothing after it goes on with its words, or when it is short', () => {
    const pages = [
      `<p>${FULL.slice(0, 150)}…</p>${P(1)}${P(2)}`,
      `${P(1)}<p>${FULL.slice(0, 150)}…</p>`,
      `<p>The library will stay…</p><p>${FULL}</p>`,
    ];
    for (const page of pages) expect(cut(page)).toEqual({ html: page, removed: [] });
  });
});
