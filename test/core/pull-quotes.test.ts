import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { bare, nearRepeat, removePullQuotes } from '../../src/core/clean/pull-quotes';
import { PULL_QUOTE_ATTR } from '../../src/core/clone-marks';

const STORY = [
  '“Everybody asks why an old man plants trees,” Okafor said, walking the new rows. “Nobody asks why a young man doesn’t.”',
  'Most of the others sold to developers. The price of land went up faster than the price of apples, his neighbor told me.',
  'Okafor has no children who want the farm. He has a nephew in Denver who says he might.',
].map(bare);

describe('nearRepeat (pull-quotes.ts)', () => {
  it('finds a quote with its attribution cut out, or joined from two adjacent paragraphs', () => {
    expect(nearRepeat(bare('“Everybody asks why an old man plants trees. Nobody asks why a young man doesn’t.”'), STORY)).toBe(true);
    expect(nearRepeat(bare('The price of land went up faster than the price of apples, a neighbor said. Okafor has no children who want the farm.'), STORY)).toBe(true);
  });

  it('finds no repeat in a quotation from elsewhere, in words spread over the story, or in a short line', () => {
    expect(nearRepeat(bare('Plant in the faith that someone will eat the fruit, and do not ask to be thanked for it.'), STORY)).toBe(false);
    // The words of the story, in another order: no runs of three in common.
    expect(nearRepeat(bare('Apples went up, land went faster; the farm wants no nephew, and Denver asks the old man.'), STORY)).toBe(false);
    expect(nearRepeat(bare('Nobody asks why a young man'), STORY)).toBe(false);
    // Two paragraphs that are not adjacent do not make one quote.
    expect(nearRepeat(bare('Everybody asks why an old man plants trees. He has a nephew in Denver who says he might.'), STORY)).toBe(false);
  });

  it('removes a marked near repeat and keeps a plain blockquote that repeats nothing', () => {
    const doc = new JSDOM(`<div><p>${'“Everybody asks why an old man plants trees,” Okafor said. “Nobody asks why a young man doesn’t.”'}</p>
      <figure ${PULL_QUOTE_ATTR}><blockquote><p>“Everybody asks why an old man plants trees. Nobody asks why a young man doesn’t.”</p></blockquote></figure>
      <blockquote><p>Plant in the faith that someone will eat the fruit, and do not ask to be thanked for it.</p></blockquote></div>`).window.document;
    const article = doc.querySelector('div');
    if (!article) throw new Error('no article');
    expect(removePullQuotes(article).map((r) => r.ruleId)).toEqual(['pull-quote']);
    expect(article.querySelector('figure')).toBeNull();
    expect(article.textContent).toContain('Plant in the faith');
  });
});
