import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { keepStoryAsides } from '../../src/core/clean/story-asides';

const P = '<p>A paragraph of the story that is long enough to count as prose, with many words and a full stop.</p>';
const FACTS = '<h3>Fast facts</h3><ul><li>Length: 1.2 miles</li><li>Cost: $1.4 billion</li></ul>';

function run(html: string): { body: HTMLElement; count: number } {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  return { body: doc.body, count: keepStoryAsides(doc.body) };
}

describe('keepStoryAsides', () => {
  it("makes a fact box among the story's paragraphs a plain block, alone in a wrapper too", () => {
    const direct = run(`<article>${P}<aside class="factbox sidebar" id="facts">${FACTS}</aside>${P}</article>`);
    expect(direct.count).toBe(1);
    expect(direct.body.querySelector('aside')).toBeNull();
    const box = direct.body.querySelector('article > div');
    expect(box?.hasAttribute('class')).toBe(false);
    expect(box?.hasAttribute('id')).toBe(false);
    expect(box?.textContent).toContain('Length: 1.2 miles');
    const wrapped = run(`<div class="body">${P}<div class="box"><div role="complementary">${FACTS}</div></div>${P}</div>`);
    expect(wrapped.count).toBe(1);
    expect(wrapped.body.querySelector('[role]')).toBeNull();
  });

  it("leaves the page's sidebar, a pull quote, a box of links, a form, a player and a profile alone", () => {
    expect(run(`<main><article>${P}${P}</article><aside class="sidebar">${FACTS}</aside></main>`).count).toBe(0);
    expect(run(`<article>${P}<aside><h3>Related</h3><ul><li><a href="/a">One story about the bridge</a></li><li><a href="/b">Another story</a></li></ul></aside>${P}</article>`).count).toBe(0);
    expect(run(`<article>${P}<aside><p>Get the newsletter every morning.</p><form><input type="email"></form></aside>${P}</article>`).count).toBe(0);
    expect(run(`<article>${P}<div><aside>${FACTS}</aside><p>Another thing in the wrapper.</p></div>${P}</article>`).count).toBe(0);
    expect(run(`<article>${P}<aside><p>“Long enough to count as prose, with many words.”</p></aside>${P}</article>`).count).toBe(0);
    expect(run(`<article>${P}<aside class="pull-quote" data-tr-pullquote><p>A sentence said once, large.</p></aside>${P}</article>`).count).toBe(0);
    expect(run(`<article>${P}${P}<aside><div class="profile-content"><h4>The Staff of The Review</h4>For more than 40 years, families have trusted us.</div></aside></article>`).count).toBe(0);
    expect(run(`<article>${P}<aside class="embed embed-video"><span>Wideo</span><div class="embed-video-player"><div id="player1"></div></div><span>"SuperTemat": a film about an abandoned house</span></aside>${P}</article>`).count).toBe(0);
  });
});
