import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeEntryForms, removeFieldForms } from '../../src/core/clean/entry-forms';
import { measurePage } from '../../src/core/clean/main-content';
import { NOTHING_DISABLED } from '../../src/core/disable';

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

describe('removeFieldForms (before the parse)', () => {
  const STORY = '<article><h1>Library stays open on Sundays</h1><p>The council agreed to keep it open.</p></article>';
  const FORM = '<div class="dialog"><h2>Join us</h2><form><label>Your email</label><input type="email" name="mail"><label>Country</label><select><option>France</option></select></form></div>';
  function prepared(html: string): { doc: Document; removed: string[] } {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    const removed = removeFieldForms(doc, measurePage(doc), NOTHING_DISABLED).map((r) => `${r.ruleId} ${r.text.slice(0, 9)}`);
    return { doc, removed };
  }

  it('removes a form asking for an e-mail address beside the story, with its box heading', () => {
    const { doc, removed } = prepared(`${STORY}${FORM}`);
    expect(removed).toEqual(['entry-form Join usYo']);
    expect(doc.body.textContent).toContain('The council agreed');
    expect(doc.querySelector('form, .dialog')).toBeNull();
  });

  it('takes the intro above a form whose own fields hold a long consent text (WCXB 0362)', () => {
    const consent = '<div class="consent">By submitting this form you agree that we may contact you about our products and services, and you confirm that you have read and understood the privacy notice of this website.</div>';
    const { doc, removed } = prepared(`${STORY}<div class="wrapper"><div class="heading"><p>Fill out the form to get a copy of our ebook.</p></div><form><input type="email" name="email">${consent}</form></div>`);
    expect(removed).toHaveLength(1);
    expect(doc.body.textContent).not.toContain('Fill out the form');
  });

  it('keeps a form that wraps the page or holds the headline, and a form without an e-mail field', () => {
    expect(prepared(`<form>${STORY}<label>Newsletter</label><input type="email"></form>`).removed).toEqual([]);
    expect(prepared(`<div><form><h1>Contact</h1><input type="email"></form></div><p>Some text.</p>`).removed).toEqual([]);
    expect(prepared(`${STORY}<form><input type="search" name="q"><button>Search</button></form>`).removed).toEqual([]);
  });

  it('finds an e-mail field by its name in French or Spanish, and keeps a form with half the page\'s paragraphs when no headline stands outside', () => {
    expect(prepared(`${STORY}<form><input type="text" name="courriel"></form>`).removed).toHaveLength(1);
    expect(prepared(`${STORY}<form><input name="correo_electronico"></form>`).removed).toHaveLength(1);
    expect(prepared(`<div>${PROSE}</div><form>${PROSE}<input type="email"></form>`).removed).toEqual([]);
  });
});
