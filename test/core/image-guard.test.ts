// Hostile images in the core's sanitizer: tracking pixels (1×1, hidden by attribute or inline style,
// also when their address is only in srcset or in a <picture>'s <source>) and image addresses made of
// the page's markup by an unclosed attribute quote never reach the article; real pictures do.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeArticle } from '../../src/core/sanitize';
import { extractArticle } from '../../src/core/index';
import { isBrokenImageUrl, isBrokenSrcset } from '../../src/core/image-guard';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

function clean(html: string): { html: string; removed: Array<{ ruleId: string; match: string }> } {
  const out = sanitizeArticle(html, win);
  return { html: out.body.innerHTML, removed: out.removed.map(({ ruleId, match }) => ({ ruleId, match })) };
}

/** Every URL an output would make a browser load. */
function loads(html: string): string[] {
  const root = JSDOM.fragment(`<div>${html}</div>`);
  return Array.from(root.querySelectorAll('img, source')).flatMap((el) => [
    ...(el.getAttribute('src') ? [el.getAttribute('src') ?? ''] : []),
    ...(el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean),
  ]);
}

describe('tracking pixels', () => {
  it.each([
    ['1×1 attributes', '<img src="https://t.test/a.gif" width="1" height="1" alt="">', 'width="1"'],
    ['a 0×0 image', '<img src="https://t.test/a.gif" width="0" height="0">', 'width="0"'],
    ['only its height', '<img src="https://t.test/a.gif" height="2px">', 'height="2px"'],
    ['the hidden attribute', '<img src="https://t.test/a.gif" hidden>', '[hidden]'],
    ['display:none', '<img src="https://t.test/a.gif" style="display: none !important">', 'style="display:none"'],
    ['visibility:hidden', '<img src="https://t.test/a.gif" style="visibility:hidden">', 'style="visibility:hidden"'],
    ['a 1px style size', '<img src="https://t.test/a.gif" style="width:1px;height:1px;border:0">', 'style size of 2 px or less'],
    ['an address only in srcset', '<img srcset="https://t.test/a.gif 1x, https://t.test/b.gif 2x" width="1" height="1">', 'width="1"'],
  ])('drop an image with %s', (_, html, match) => {
    const out = clean(`<p>Story text.${html}</p>`);
    expect(loads(out.html)).toEqual([]);
    expect(out.html).toBe('<p>Story text.</p>');
    expect(out.removed).toEqual([{ ruleId: 'tracking-image', match: `<img> ${match}` }]);
  });

  it('drop a pixel <picture>: its hidden wrapper, its tiny image and its tiny sources', () => {
    const out = clean(
      '<p>A</p><picture hidden><source srcset="https://t.test/p1.webp"><img src="https://t.test/p1.gif"></picture>' +
        '<picture><source srcset="https://t.test/p2.webp" type="image/webp" width="1" height="1"><img src="https://t.test/p2.gif" width="1" height="1"></picture><p>B</p>',
    );
    expect(loads(out.html)).toEqual([]);
    expect(out.html).toBe('<p>A</p><picture></picture><p>B</p>');
  });

  it('keep real pictures, sized, unsized or in percent', () => {
    const html =
      '<figure><img src="https://img.test/harbour.jpg" width="640" height="360" alt="The harbour"><figcaption>The harbour</figcaption></figure>' +
      '<img src="https://img.test/a.jpg" alt="a"><img src="https://img.test/b.jpg" width="100%" alt="b">' +
      '<picture><source srcset="https://img.test/c.webp 1x, https://img.test/c2.webp 2x" type="image/webp"><img src="https://img.test/c.jpg" alt="c"></picture>';
    const out = clean(html);
    expect(loads(out.html)).toEqual([
      'https://img.test/harbour.jpg', 'https://img.test/a.jpg', 'https://img.test/b.jpg', 'https://img.test/c.webp', 'https://img.test/c2.webp', 'https://img.test/c.jpg',
    ]);
    expect(out.removed).toEqual([]);
  });
});

describe('image addresses made by an unclosed quote', () => {
  it.each([
    ['a quote and a handler in the src', `<img src="https://x.test/a.png' onerror='alert(1)' data-x='">`],
    ['the following markup swallowed', `<img src='https://x.test/b.jpg alt="Crane"><figcaption>Photo</figcaption></figure><p>The port's crane`],
    ['a line break and the next tag', '<img src="https://x.test/c.png\n\n<div class=ad>">'],
    ['a run of blanks', '<img src="https://x.test/d.png    onerror=x">'],
    ['a broken srcset and no src', `<img srcset="https://x.test/e.png 1x, https://x.test/f.png' onerror=x 2x">`],
  ])('drop an image with %s', (_, html) => {
    const out = clean(`<p>Before.</p><p>${html}</p><p>After.</p>`);
    expect(loads(out.html)).toEqual([]);
    expect(out.removed.map((r) => r.ruleId)).toEqual(['broken-image-url']);
  });

  it('keep a good src and drop only a broken srcset; drop a broken <source>', () => {
    const out = clean(
      `<img src="https://x.test/ok.png" srcset="https://x.test/ok2.png 2x, https://x.test/bad.png' onerror=x 3x" alt="ok">` +
        `<picture><source srcset="https://x.test/bad.webp'><p>"><img src="https://x.test/ok3.png" alt="ok3"></picture>`,
    );
    expect(loads(out.html)).toEqual(['https://x.test/ok.png', 'https://x.test/ok3.png']);
    expect(out.removed).toEqual([{ ruleId: 'broken-image-url', match: '<source> srcset' }]);
  });

  it('tell broken addresses from real ones', () => {
    expect(isBrokenImageUrl('https://img.test/a b.jpg')).toBe(false);
    expect(isBrokenImageUrl('  https://img.test/a.jpg  ')).toBe(false);
    expect(isBrokenImageUrl('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe(false);
    expect(isBrokenImageUrl("https://img.test/o'brien.jpg")).toBe(true);
    // As a URL parser writes them once links are made absolute.
    expect(isBrokenImageUrl('https://img.test/my%20photo.jpg?w=640')).toBe(false);
    expect(isBrokenImageUrl('https://img.test/b.jpg%20alt=%22Crane%22%3E%3Cfigcaption%3E')).toBe(true);
    expect(isBrokenImageUrl('https://img.test/c.png%20%20%20%20%3Cspan')).toBe(true);
    expect(isBrokenSrcset('https://img.test/a.jpg 320w,\n      https://img.test/b.jpg 640w')).toBe(false);
    expect(isBrokenSrcset('https://img.test/a.jpg 1x, https://img.test/b.jpg"x 2x')).toBe(true);
  });
});

describe('in the extractor', () => {
  it('drops pixels whose inline style the extractor removed before Readability, and keeps the story and its photo', () => {
    const prose = (n: number): string => `<p>Paragraph ${n} of the harbour story has enough words to be prose for any extractor, detail ${n}.</p>`;
    const url = 'https://herald.test/news/2025/03/harbour-crane';
    const html = `<html><head><title>Harbour crane</title></head><body><article><h1>Harbour crane arrives</h1>
      ${prose(1)}<p>${prose(2).slice(3, -4)}<img src="/track/open.gif?u=1" style="display:none"><img src="/track/px.png" style="width:1px;height:1px"></p>
      <figure><img src="/media/crane.jpg" width="800" height="500" alt="The crane"><figcaption>The crane at dawn.</figcaption></figure>
      ${prose(3)}<p>${prose(4).slice(3, -4)}<img srcset="/track/set.gif 1x" width="1" height="1" alt=""></p>${prose(5)}</article></body></html>`;
    const result = extractArticle(new JSDOM(html, { url }).window.document, url);
    if (!result.ok) throw new Error(result.message);
    expect(loads(result.article.html)).toEqual(['https://herald.test/media/crane.jpg']);
    expect(result.article.text).toContain('Paragraph 5 of the harbour story');
    const pixels = result.article.removed.filter((r) => r.ruleId === 'tracking-image');
    expect(pixels.map((r) => r.match).sort()).toEqual(['<img> style size of 2 px or less', '<img> style="display:none"', '<img> width="1"']);
  });
});
