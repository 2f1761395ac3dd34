import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeEntryForms } from '../../src/core/clean/entry-forms';

const PROSE = '<p>The council met on Tuesday evening and agreed, after a long debate that ran past midnight, to keep the library open on Sundays through the summer and to review the hours again in the autumn.</p>';

function run(html: string): { text: string; removed: string[] } {
  const article = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = removeEntryForms(article).map((r) => `${r.category}/${r.ruleId}`);
  return { text: (article.textContent ?? '').replace(/\s+/g, ' ').trim(), removed };
}

describe('removeEntryForms', () => {
  it('removes a sign-up form whose fields Readability dropped, with the heading of its box', () => {
    const { text, removed } = run(`${PROSE}<div class="box"><h3>Get the newsletter</h3><form><label>Email address</label><div>Leave this field empty.</div></form></div>`);
    expect(removed).toEqual(['residue/entry-form']);
    expect(text).not.toContain('Email address');
    expect(text).not.toContain('Get the newsletter');
    expect(text).toContain('The council met');
  });

  it('keeps the box when it holds more than a heading and an intro beside the form', () => {
    const { text } = run(`<div>${PROSE}<form><label>Email address</label></form></div>`);
    expect(text).toContain('The council met');
    expect(text).not.toContain('Email address');
  });

  it('keeps a form that wraps the story or holds a paragraph of prose', () => {
    expect(run(`<form>${PROSE}${PROSE}</form><p>Short note.</p>`).removed).toEqual([]);
    expect(run(`<p>${'Long story text. '.repeat(30)}</p><form>${PROSE}<label>Name</label></form>`).removed).toEqual([]);
  });
});
