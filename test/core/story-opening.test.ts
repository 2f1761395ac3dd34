import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { openingCopy, openingGap, snapshotOpening } from '../../src/core/clean/story-opening';
import type { OpeningSnapshot } from '../../src/core/clean/story-opening';
import { extractArticle } from '../../src/core/index';

const sentence = (n: number) => `Sentence ${n} of the story runs long enough, with a clause or two, to count as one of its paragraphs.`;
const paragraphs = (...numbers: number[]) => numbers.map((n) => `<p>${sentence(n)}</p>`).join('');
const TITLE = 'How the harbour ferries got their timetable back';
const page = (body: string, title = TITLE) => new JSDOM(`<!DOCTYPE html><title>${title} | The Harbour Post</title><body>${body}</body>`).window.document;
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const keptText = (...numbers: number[]) => numbers.map(sentence).join(' ');
/** The stretch openingCopy would put back, as text lines, for a page and the paragraphs Readability kept. */
function copied(body: string, kept: readonly number[]): string[] | null {
  const doc = page(body);
  const snapshot = snapshotOpening(doc, [doc.title]);
  if (!snapshot) return null;
  const gap = openingGap(snapshot, keptText(...kept));
  if (!gap) return null;
  const copy = openingCopy(doc, snapshot, gap, keptText(...kept), doc);
  if (!copy) return null;
  return Array.from(copy.childNodes, (node) => flat(node.textContent)).filter(Boolean);
}

describe('snapshotOpening', () => {
  it("reads the paragraphs after the headline that the page's title names, not the header's before it", () => {
    const doc = page(`<header><p>${sentence(0)}</p></header><main><h1>${TITLE}</h1>${paragraphs(1, 2)}</main>`);
    expect(snapshotOpening(doc, [doc.title])).toEqual({ headline: { tag: 'h1', index: 0 }, paragraphs: [sentence(1), sentence(2)] });
  });

  it("takes the story's <h1>, not a logo's <h1> with the site's name that the title holds too", () => {
    const doc = page(`<h1>The Harbour Post</h1><p>${sentence(0)}</p><h1>${TITLE}</h1>${paragraphs(1)}`);
    expect(snapshotOpening(doc, [doc.title])).toEqual({ headline: { tag: 'h1', index: 1 }, paragraphs: [sentence(1)] });
  });

  it("takes an <h2> that holds most of the title on a page whose <h1> is its logo, not a shorter one", () => {
    const doc = page(`<h1>The Harbour Post</h1><h2>Ferries</h2>${paragraphs(0)}<h2>${TITLE}</h2>${paragraphs(1)}`);
    expect(snapshotOpening(doc, [doc.title])).toEqual({ headline: { tag: 'h2', index: 1 }, paragraphs: [sentence(1)] });
    const short = page(`<h1>The Harbour Post</h1><h2>How the harbour ferries</h2>${paragraphs(1)}`);
    expect(snapshotOpening(short, [TITLE])).toBeNull();
  });

  it('gives nothing without a headline the title names', () => {
    const doc = page(`<h1>Latest news</h1>${paragraphs(1, 2)}`);
    expect(snapshotOpening(doc, [doc.title])).toBeNull();
    expect(snapshotOpening(page(paragraphs(1, 2)), [TITLE])).toBeNull();
  });
});

describe('openingGap', () => {
  const snapshot = (...numbers: number[]): OpeningSnapshot => ({ headline: { tag: 'h1', index: 0 }, paragraphs: numbers.map(sentence) });

  it('names the paragraphs before the first one Readability kept', () => {
    expect(openingGap(snapshot(1, 2, 3, 4, 5, 6), keptText(3, 4, 5, 6))).toEqual({ kept: 2, chars: 2 * sentence(1).length });
  });

  it('gives nothing when Readability kept the first paragraph, or when the opening is shorter than a real paragraph', () => {
    expect(openingGap(snapshot(1, 2, 3), keptText(1, 2, 3))).toBeNull();
    expect(openingGap({ headline: { tag: 'h1', index: 0 }, paragraphs: ['Photo: the ferry at dawn, from the harbour wall.', ...[2, 3, 4].map(sentence)] }, keptText(2, 3, 4))).toBeNull();
  });

  it('gives nothing when the opening outweighs what Readability kept (the pick replaces it elsewhere)', () => {
    expect(openingGap(snapshot(1, 2, 3, 4), keptText(4))).toBeNull();
  });

  it('gives nothing when Readability kept little of what follows: another part of the page', () => {
    expect(openingGap(snapshot(1, 2, 3, 7, 8, 9, 10), keptText(3, 4, 5, 6))).toBeNull();
  });
});

describe('openingCopy', () => {
  const story = (intro: string, between = '') =>
    `<article><h1>${TITLE}</h1><div class="byline">By Ana Riis</div><div class="intro"><div class="text">${intro}</div></div>${between}` +
    `<div class="body">${paragraphs(3, 4, 5, 6)}</div></article>`;

  it('copies the opening with what it holds, and stops before blocks without paragraphs that follow it', () => {
    const quickLook = '<div class="quick-look"><div>Best overall</div><a href="#one">READ MORE</a></div>';
    const note = "Editor's note: on 3 March we added the winter timetable and checked every crossing again.";
    expect(copied(story(`${paragraphs(1, 2)}<em>${note}</em>`, quickLook), [3, 4, 5, 6])).toEqual([`${sentence(1)}${sentence(2)}${note}`]);
  });

  it("leaves out the lines between the headline and the story that are not sentences, and the lead picture with its caption", () => {
    const chrome =
      '<div class="pic"><img src="ferry.jpg" alt=""><p class="caption">The morning ferry leaves the harbour at dawn, seen from the old pier. (Photo: Ana Riis)</p></div>' +
      `<p class="standfirst">${sentence(1)}</p><p>By Ana Riis and Tom Berg, harbour reporters</p><p>Updated 3 March 2025, 08:15</p>` +
      '<audio src="a.mp3"><p>Your browser does not play audio</p></audio><div class="player"><span>Listen</span> <button>Play</button> <span>1x 1.5x 2x</span></div>' +
      `<h2>The story</h2>${paragraphs(2)}<h3>Nothing follows</h3>`;
    expect(copied(story(chrome), [3, 4, 5, 6])?.join(' ')).toBe(`${sentence(1)}The story${sentence(2)}`);
    // A picture between two opening paragraphs goes with its caption; the paragraphs stay.
    const between = `${paragraphs(1)}<div class="pic"><img src="map.png" alt=""><p>The new crossing, drawn on the harbour authority's map of the bay.</p></div>${paragraphs(2)}`;
    expect(copied(story(between), [3, 4, 5, 6])?.join(' ')).toBe(`${sentence(1)}${sentence(2)}`);
  });

  it('copies subheadings and lists between the opening paragraphs', () => {
    const intro = `${paragraphs(1)}<h2>Why it matters</h2><ul><li>${sentence(2)}</li></ul>`;
    expect(copied(story(intro), [3, 4, 5, 6])?.join(' ')).toBe(`${sentence(1)}Why it matters${sentence(2)}`);
  });

  it('refuses a stretch of links (a teaser list under the headline)', () => {
    const teasers = [1, 2].map((n) => `<p><a href="/story-${n}">${sentence(n)}</a></p>`).join('');
    expect(copied(story(teasers), [3, 4, 5, 6])).toBeNull();
  });

  it('refuses a stretch that holds another headline', () => {
    expect(copied(story(`${paragraphs(1)}<h1>Another story</h1>${paragraphs(2)}`), [3, 4, 5, 6])).toBeNull();
  });

  it('leaves out a last block that Readability kept too', () => {
    const body = `<h1>${TITLE}</h1><div class="a">${paragraphs(1, 2)}</div><h2>The timetable</h2><div class="b">${paragraphs(3, 4, 5)}</div>`;
    const doc = page(body);
    const snapshot = snapshotOpening(doc, [doc.title])!;
    const kept = `The timetable ${keptText(3, 4, 5)}`;
    const copy = openingCopy(doc, snapshot, openingGap(snapshot, kept)!, kept, doc);
    expect(flat(copy?.textContent)).toBe(`${sentence(1)}${sentence(2)}`);
  });
});

describe('extractArticle and the opening', () => {
  // Readability keeps the long story's container and leaves the intro box, a sibling of its parent, out.
  const intro = `<div class="summary"><div class="text">${paragraphs(1, 2)}</div></div>`;
  const bulk = `<div class="articletext"><h2>The timetable</h2>${paragraphs(...Array.from({ length: 24 }, (_, i) => i + 3))}</div>`;
  const html = `<!DOCTYPE html><html><head><title>${TITLE} | The Harbour Post</title></head><body>
<article class="container"><header><h1>${TITLE}</h1></header><div class="row"><div class="col">${intro}<div class="clear"></div>${bulk}</div></div></article></body></html>`;
  const extract = (disable: 'opening'[] = []) => {
    const dom = new JSDOM(html, { url: 'https://harbour-post.example/2025/03/ferries-timetable' });
    const result = extractArticle(dom.window.document, dom.window.location.href, { window: dom.window as never, disable });
    return result.ok ? result.article.text : '';
  };

  it('puts the opening back at the top, once, with the step on; leaves it out with the step off', () => {
    const on = extract();
    expect(on.indexOf(sentence(1))).toBe(0);
    expect(on.split(sentence(1)).length).toBe(2);
    expect(on.indexOf(sentence(2))).toBeLessThan(on.indexOf(sentence(3)));
    expect(extract(['opening'])).not.toContain(sentence(1));
  });
});
