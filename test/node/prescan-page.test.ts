// The pass before jsdom (src/node/prescan-page.ts): the depth cap keeps all the text of a page nested
// deeper than a browser builds, ordinary pages come back untouched, and oversized pages are refused
// before any DOM exists. The depth and text are checked on the DOM jsdom builds from the output.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_COMMENTS, MAX_TEXT_CHARS, MAX_TREE_DEPTH, prescanPage } from '../../src/node/prescan-page';
import { MAX_ATTRIBUTES } from '../../src/node/markup-tags';
import { nested, paragraphs, STORY } from '../bad-input/hostile-pages';
import { PARAGRAPHS } from '../cli/test-pages';

function scanned(html: string, maxElements?: number): { html: string; elements: number; depth: number; flattened: number } {
  const result = prescanPage(html, { maxElements });
  if (!result.ok) throw new Error(result.message);
  return { html: result.html, elements: result.elements, depth: result.depth, flattened: result.changes.flattened };
}

/** The depth of the deepest element of a parsed document (html is 1). */
function treeDepth(document: Document): number {
  let deepest = 0;
  const walk = (element: Element, depth: number): void => {
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(element.children)) walk(child, depth + 1);
  };
  walk(document.documentElement, 1);
  return deepest;
}

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('the depth cap', () => {
  it('flattens 20,000 nested <div>s to the cap and keeps every paragraph, in order, as a paragraph', () => {
    const result = scanned(page(nested(20_000, '<div>', '</div>')));
    expect(result.depth).toBe(MAX_TREE_DEPTH);
    expect(result.flattened).toBeGreaterThan(19_000);
    const document = parse(result.html);
    expect(treeDepth(document)).toBeLessThanOrEqual(MAX_TREE_DEPTH + 2);
    const texts = Array.from(document.querySelectorAll('p'), (p) => p.textContent);
    expect(texts).toEqual(PARAGRAPHS);
  });

  it('keeps the text of any deep element, including lists, tables and formatting left open', () => {
    for (const body of [nested(3_000, '<ul><li>', '</li></ul>'), nested(2_000, '<table><tr><td>', '</td></tr></table>'),
      '<b>'.repeat(5_000) + STORY, nested(3_000, '<section><span><i>', '</i></span></section>')]) {
      const document = parse(scanned(page(body)).html);
      expect(treeDepth(document)).toBeLessThanOrEqual(MAX_TREE_DEPTH + 4);
      for (const paragraph of PARAGRAPHS) expect(document.body.textContent).toContain(paragraph);
    }
  });

  it('leaves a page that is not that deep exactly as it is', () => {
    const html = page(nested(300, '<div class="x">', '</div>') + '<ul>' + '<li>item'.repeat(3_000) + '</ul>' + '<p>open'.repeat(2_000));
    expect(scanned(html).html).toBe(html);
  });

  it('counts depth the way the parser builds it: implied end tags, void elements, raw text, svg', () => {
    expect(scanned(page('<ul>' + '<li>a'.repeat(1_000) + '</ul><dl>' + '<dt>t<dd>d'.repeat(1_000) + '</dl>')).depth).toBeLessThan(6);
    expect(scanned(page('<table>' + '<tr><td>a<td>b'.repeat(1_000) + '</table>')).depth).toBeLessThan(8);
    expect(scanned(page('<p>a'.repeat(2_000) + '<img><br><input>'.repeat(1_000))).depth).toBeLessThan(4);
    expect(scanned(page(`<script>${'<div>'.repeat(2_000)}</script><textarea>${'<div>'.repeat(2_000)}</textarea>`)).depth).toBeLessThan(4);
    expect(scanned(page(`<svg>${'<path d="M0 0"/>'.repeat(2_000)}</svg>`)).depth).toBeLessThan(5);
    expect(scanned(page(`<div title="a > b">${'<!-- <div> -->'.repeat(100)}<![CDATA[ x ]]>text</div>`)).depth).toBe(1);
  });
});

describe('limits before parsing', () => {
  it('refuses a page with more elements than allowed, with the limit in the message', () => {
    expect(prescanPage(page(paragraphs(3_000)), { maxElements: 2_000 })).toEqual({ ok: false, reason: 'too-large', message: 'more than 2000 elements' });
    expect(prescanPage(page(paragraphs(1_000)), { maxElements: 2_000 })).toMatchObject({ ok: true });
  });

  it('refuses a page with more text than MAX_TEXT_CHARS, not one with as much script', () => {
    const words = 'word '.repeat(MAX_TEXT_CHARS / 5 + 10);
    expect(prescanPage(page(`<p>${words}</p>`))).toMatchObject({ ok: false, reason: 'too-large', message: 'more than 2 MB of text' });
    expect(prescanPage(page(`<script>var s = "${words}";</script><p>short</p>`))).toMatchObject({ ok: true });
  });

  it('keeps the first MAX_ATTRIBUTES attributes of a tag and drops comments past MAX_COMMENTS', () => {
    const attributes = Array.from({ length: MAX_ATTRIBUTES + 50 }, (_, i) => `data-a${i}="v>${i}"`).join(' ');
    const html = page(`<div ${attributes}>kept text</div><img ${attributes}/>` + '<!-- c -->'.repeat(MAX_COMMENTS + 10));
    const result = prescanPage(html);
    expect(result).toMatchObject({ ok: true, changes: { attributes: 100, comments: 10 } });
    const document = parse(result.ok ? result.html : '');
    expect(document.querySelector('div')?.attributes).toHaveLength(MAX_ATTRIBUTES);
    expect(document.querySelector('div')?.getAttribute('data-a99')).toBe('v>99');
    expect(document.querySelector('div')?.textContent).toBe('kept text');
    expect(document.querySelector('img')?.attributes).toHaveLength(MAX_ATTRIBUTES);
  });
});
