import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeStandardsLine } from '../../src/core/clean/standards-line';

const STORY = '<p>Dock workers at the port voted on Tuesday to accept a new pay offer, ending a nine-day strike.</p><p>Cranes were expected to start moving again on Wednesday morning.</p>';

function run(html: string): { text: string; removed: string[] } {
  const article = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = removeStandardsLine(article).map((r) => `${r.category}/${r.ruleId}`);
  return { text: (article.textContent ?? '').replace(/\s+/g, ' '), removed };
}

describe('removeStandardsLine', () => {
  it('removes a label-and-link line or a policy link alone at the end of the story, in several languages', () => {
    const lines = [
      '<p><span>Our Standards: </span><a href="https://wire.example/about/trust-principles/">The Wire Trust Principles.</a></p>',
      '<p>Unsere Standards: <a href="https://wire.example/de/grundsaetze">Die Trust Principles von Wire.</a></p>',
      '<p>Nuestras normas: <a href="https://wire.example/es/principios">Los principios de confianza de Wire.</a></p>',
      '<div><a href="/ethics">Read our editorial guidelines</a></div>',
      '<p><a href="https://journal.example/charte">Charte déontologique du Journal</a></p>',
    ];
    for (const line of lines) {
      const result = run(`${STORY}${line}`);
      expect(result.removed, line).toEqual(['credit/standards-line']);
      expect(result.text).toContain('Cranes were expected');
    }
    // A credit line after it is still the story's end.
    expect(run(`${STORY}${lines[0]}<p>(Reporting by Tomas Vreeland; Editing by Rosalind Achebe)</p>`).removed).toEqual(['credit/standards-line']);
  });

  it('keeps a sentence of the story about standards, a line without a link, and a line before more of the story', () => {
    // A linked phrase inside a sentence, even at the end of the story.
    expect(run(`${STORY}<p>The union says the <a href="/rules">editorial standards</a> of the port's own newsletter were ignored, too.</p>`).removed).toEqual([]);
    expect(run(`${STORY}<p>The regulator said it would publish <em>its <a href="/std">editorial standards</a></em>.</p>`).removed).toEqual([]);
    // No link: the story quoting a label.
    expect(run(`${STORY}<p>Our standards: none of them were met.</p>`).removed).toEqual([]);
    // A link into the page itself.
    expect(run(`${STORY}<p>Our standards: <a href="#notes">see the notes below</a></p>`).removed).toEqual([]);
    // Not at the end: paragraphs of the story follow it.
    const more = '<p>Shipping lines had begun diverting cargo to the neighbouring ports of Valmark and Ostend-Nieuw, adding two to four days to delivery times for retailers in the region, and the port authority said the backlog would take weeks to clear.</p>';
    expect(run(`<p>Our Standards: <a href="/trust">The Wire Trust Principles.</a></p>${STORY}${more}`).removed).toEqual([]);
    // A long line is no pointer: it says more than a policy's name.
    expect(run(`${STORY}<p>Our standards: <a href="/trust">${'the principles that guide every reporter of this agency, '.repeat(3)}</a></p>`).removed).toEqual([]);
  });
});
