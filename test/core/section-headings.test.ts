import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { restoreSectionHeadings, shieldSectionHeadings } from '../../src/core/clean/section-headings';

const PROSE = '<p>' + 'A long opening paragraph of the story that runs well past one hundred characters of plain text. '.repeat(2) + '</p>';
const TITLE = 'When and how long do hens lay eggs?';

function doc(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><title>${TITLE} - Site</title><body>${body}</body>`).window.document;
}
const tags = (d: Document): string[] => Array.from(d.body.querySelectorAll('h1, h2, h3')).map((h) => `${h.tagName}:${h.textContent}`);

describe('shieldSectionHeadings', () => {
  it('hides a section heading made of the title\'s words from the title test, and restores it', () => {
    const d = doc(`<h1>${TITLE}</h1>${PROSE}<h2>When do hens lay eggs?</h2><p>Text.</p><h2>Feeding the flock</h2>`);
    expect(shieldSectionHeadings(d, [d.title, TITLE])).toBe(1);
    expect(tags(d)).toEqual([`H1:${TITLE}`, 'H3:When do hens lay eggs?', 'H2:Feeding the flock']);
    restoreSectionHeadings(d.body);
    expect(tags(d)).toEqual([`H1:${TITLE}`, 'H2:When do hens lay eggs?', 'H2:Feeding the flock']);
    expect(d.body.querySelector('[data-tr-heading]')).toBeNull();
  });

  it('leaves the headline itself, a heading above the story and an <h1> to Readability', () => {
    const d = doc(`<h2>When do hens lay eggs?</h2>${PROSE}<h2>${TITLE}</h2><h2>How long do hens lay eggs</h2><h1>When do hens lay?</h1>`);
    expect(shieldSectionHeadings(d, [d.title, TITLE])).toBe(0);
  });

  it('does nothing without a title', () => {
    const d = doc(`${PROSE}<h2>When do hens lay eggs?</h2>`);
    expect(shieldSectionHeadings(d, [null, ''])).toBe(0);
  });
});
