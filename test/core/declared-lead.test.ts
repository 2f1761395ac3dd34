import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findDeclaredLead, findPrintedDek, restoreDeclaredLead } from '../../src/core/clean/declared-lead';

const LEAD = 'The youth farming groups ask for a start-up grant for new farms. In a first meeting the minister said she was open to the idea.';
const article = (html: string): Element => {
  const div = new JSDOM('<body></body>').window.document.createElement('div');
  div.innerHTML = html;
  return div;
};
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('findDeclaredLead', () => {
  it('finds the block under the headline whose text is the declared description', () => {
    const { document } = new JSDOM(`<body><h1>Minister open to start-up grant</h1><p class="a-lead">${LEAD}</p><div><p>The story.</p></div></body>`).window;
    expect(findDeclaredLead(document, LEAD)).toBe(LEAD);
    expect(findDeclaredLead(document, 'A slogan.')).toBeNull();
  });

  it('finds a dek printed without the full stop its description ends with', () => {
    const dek = 'Los vecinos restauraron el edificio de 1912 con ayuda de exresidentes';
    const { document } = new JSDOM(`<body><h1>Un pueblo recupera su estación</h1><h2 class="subheadline">${dek}</h2><div><p>The story.</p></div></body>`).window;
    expect(findDeclaredLead(document, `${dek}.`)).toBe(dek);
  });

  it("looks under the headline the title names, not under a logo's <h1> a hundred elements above it", () => {
    const menu = `<div class="menu">${'<div><a href="/s">Section</a></div>'.repeat(90)}</div>`;
    const page = (title: string) => new JSDOM(`<head><title>${title}</title></head><body><header><h1>Farm Weekly</h1>${menu}</header>
      <h1>Minister open to start-up grant</h1><p class="a-lead">${LEAD}</p><div><p>The story.</p></div></body>`).window.document;
    expect(findDeclaredLead(page('Minister open to start-up grant | Farm Weekly'), LEAD)).toBe(LEAD);
    expect(findDeclaredLead(page('Farm Weekly'), LEAD)).toBeNull();
  });
});

describe('restoreDeclaredLead', () => {
  it('puts the lead on top of an article that lacks it', () => {
    const body = article('<p>The groups met the minister on Tuesday in the state capital to present their plan.</p>');
    expect(restoreDeclaredLead(body, LEAD)).toBe(true);
    expect(text(body).startsWith(LEAD)).toBe(true);
  });

  it('leaves an article that holds the whole lead as it is', () => {
    const body = article(`<p>${LEAD}</p><p>The groups met the minister on Tuesday.</p>`);
    expect(restoreDeclaredLead(body, LEAD)).toBe(false);
    expect(text(body).split('start-up grant').length).toBe(2);
  });

  it("puts it back when the story's first paragraph repeats only its opening sentence (trafilatura 0968)", () => {
    const body = article('<p>The youth farming groups ask for a start-up grant for new farms. New farmers would get up to 70,000 euros.</p>');
    expect(restoreDeclaredLead(body, LEAD)).toBe(true);
    expect(text(body)).toContain('In a first meeting the minister said she was open to the idea.');
  });
});

describe('restoreDeclaredLead with a block that opens with a cut description', () => {
  it('takes a long block whose opening the article holds for held, whatever its end (WCXB 4845: the whole story)', () => {
    const story = `${LEAD} ${'More of the story follows here, sentence after sentence. '.repeat(12)}A closing line of the page that the article left out.`;
    const body = article(`<p>${LEAD}</p><p>${'More of the story follows here, sentence after sentence. '.repeat(10)}</p>`);
    expect(restoreDeclaredLead(body, story)).toBe(false);
    expect(text(body).split('start-up grant').length).toBe(2);
  });
});

describe('findPrintedDek', () => {
  const TITLE = 'Minister open to start-up grant';
  const page = (header: string) => new JSDOM(`<head><title>${TITLE}</title></head><body><article><header><h1>${TITLE}</h1>${header}</header><p>The story.</p></article></body>`).window.document;

  it('reads the dek inside a wrapper named for it ("<div class=lead><h2>…</h2></div>", trafilatura 0491)', () => {
    expect(findPrintedDek(page(`<div class="post-lead"><h2>${LEAD}</h2></div>`), TITLE)).toEqual({ text: LEAD, items: null });
  });

  it('takes a list of points named only by a data attribute, and not a box whose heading and notes stand around its list', () => {
    const points = '<li>The groups ask for a start-up grant for new farms</li><li>The minister said she was open to the idea</li>';
    expect(findPrintedDek(page(`<div data-component="standfirst"><ul>${points}</ul></div>`), TITLE)?.items).toHaveLength(2);
    const box = `<div class="ai-summary"><div>Key takeaways</div><ul>${points}</ul><div>These takeaways were written by AI and may not match the story.</div></div>`;
    expect(findPrintedDek(page(box), TITLE)).toBeNull();
  });

  it('takes summary points named "abstract" or "key points" (a business story\'s bullets: fixture dek-abstract-points)', () => {
    const points = '<li>The groups ask for a start-up grant for new farms</li><li>The minister said she was open to the idea</li>';
    expect(findPrintedDek(page(`<section data-component="abstract" class="Abstract_abstract-Hm3"><ul>${points}</ul></section>`), TITLE)?.items).toHaveLength(2);
    expect(findPrintedDek(page(`<div class="Story-keyPoints"><ul>${points}</ul></div>`), TITLE)?.items).toHaveLength(2);
  });

  it("compares the headline with the title as a reader reads them, curly and straight quotes alike", () => {
    const curly = new JSDOM(`<body><h1>‘Sobering’ results for tutoring</h1><p class="dek">${LEAD}</p><p>The story.</p></body>`).window.document;
    expect(findPrintedDek(curly, "'Sobering' results for tutoring")?.text).toBe(LEAD);
  });
});
