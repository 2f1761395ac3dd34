import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeEdgeMenus } from '../../src/core/clean/edge-menus';

const PROSE = '<p>The council met on Tuesday evening and agreed, after a long debate, to keep the library open on Sundays.</p>';
const menu = (n: number, words = 'Section') =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s${i}/">${words} ${i}</a></li>`).join('')}</ul>`;

function run(html: string): { text: string; removed: string[] } {
  const body = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document.getElementById('a');
  if (!body) throw new Error('no article');
  const removed = removeEdgeMenus(body).map((r) => `${r.category}/${r.ruleId}`);
  return { text: (body.textContent ?? '').replace(/\s+/g, ' ').trim(), removed };
}

describe('removeEdgeMenus', () => {
  it('removes a list of short section links before the first paragraph and after the last', () => {
    const { text, removed } = run(`${menu(5)}${PROSE}${PROSE}${menu(4, 'Footer')}`);
    expect(removed).toEqual(['navigation/edge-menu', 'navigation/edge-menu']);
    expect(text).not.toContain('Section');
    expect(text).not.toContain('Footer');
  });

  it('keeps a list of links between two paragraphs of the story', () => {
    expect(run(`${PROSE}${menu(5)}${PROSE}`).removed).toEqual([]);
  });

  it('keeps short lists, lists with text beside the links, and lists of whole headlines', () => {
    expect(run(`${menu(2)}${PROSE}`).removed).toEqual([]);
    expect(run(`<ul><li><a href="/a">Budget</a> (PDF, 2 MB)</li><li><a href="/b">Minutes</a></li><li><a href="/c">Agenda</a></li></ul>${PROSE}`).removed).toEqual([]);
    expect(run(`${PROSE}<ul><li><a href="/a">Library to stay open on Sundays after vote</a></li><li><a href="/b">New bridge opens in 2027</a></li><li><a href="/c">Market hall reopens after repairs</a></li></ul>`).removed).toEqual([]);
  });

  it('does nothing when the article has no paragraph of prose', () => {
    expect(run(menu(5)).removed).toEqual([]);
  });
});
