import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasInnerRoots, readableDocument } from '../../src/core/inner-roots';
import { attachDeclarativeShadowRoots } from '../../src/node/declarative-shadow';

const page = (body: string): Document => new JSDOM(`<!DOCTYPE html><body>${body}</body>`, { url: 'https://news.test/story' }).window.document;
const FRAME_TEXT = 'A framed paragraph of the story, long enough to be read as text. '.repeat(3);

describe('readableDocument', () => {
  it('gives the document itself when nothing is hidden in an inner root', () => {
    const doc = page('<p>Plain.</p><iframe></iframe>');
    expect(hasInnerRoots(doc)).toBe(false);
    expect(readableDocument(doc)).toBe(doc);
  });

  it('puts an open shadow tree in place of its host, slots filled from the light DOM, nested roots too', () => {
    const doc = page('<x-story><span slot="by">Ann Lee</span>Loose text<b>bold</b></x-story><p>After.</p>');
    const root = doc.querySelector('x-story')?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no host');
    root.innerHTML = '<h1>Title</h1><p>By <slot name="by">nobody</slot></p><y-part></y-part><slot>fallback</slot><slot name="none">empty slot</slot>';
    root.querySelector('y-part')?.attachShadow({ mode: 'open' }).append(doc.createTextNode('Nested part.'));
    const before = doc.documentElement.outerHTML;
    const copy = readableDocument(doc);
    expect(copy).not.toBe(doc);
    expect(copy.body.innerHTML).toBe(
      '<x-story><h1>Title</h1><p>By <span slot="by">Ann Lee</span></p><y-part>Nested part.</y-part>Loose text<b>bold</b>empty slot</x-story><p>After.</p>',
    );
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('x-story')?.shadowRoot?.querySelector('slot')).not.toBeNull();
  });

  it('leaves closed shadow roots closed, as the page does', () => {
    const doc = page('<x-story></x-story>');
    doc.querySelector('x-story')?.attachShadow({ mode: 'closed' }).append('Secret.');
    expect(readableDocument(doc)).toBe(doc);
  });

  it("puts a same-origin frame's body where the frame stood, and leaves near-empty frames alone", () => {
    const doc = page('<p>Before.</p><iframe id="story"></iframe><iframe id="ad"></iframe>');
    const frame = doc.getElementById('story') as HTMLIFrameElement;
    frame.contentDocument?.body.insertAdjacentHTML('beforeend', `<article><p>${FRAME_TEXT}</p></article>`);
    (doc.getElementById('ad') as HTMLIFrameElement).contentDocument?.body.append('Ad');
    const copy = readableDocument(doc);
    expect(copy.body.innerHTML).toBe(`<p>Before.</p><div><article><p>${FRAME_TEXT}</p></article></div><iframe id="ad"></iframe>`);
    expect(doc.getElementById('story')?.localName).toBe('iframe');
  });

  it('searches only the first `limit` elements', () => {
    const doc = page('<p>One.</p><p>Two.</p><x-late></x-late>');
    doc.querySelector('x-late')?.attachShadow({ mode: 'open' }).append('Late.');
    expect(readableDocument(doc, 4)).toBe(doc);
    expect(readableDocument(doc, 10).body.textContent).toContain('Late.');
  });
});

describe('attachDeclarativeShadowRoots', () => {
  it("attaches <template shadowrootmode> as a browser's parser does, nested ones included", () => {
    const doc = page(
      '<x-a><template shadowrootmode="open"><p>A</p><x-b><template shadowrootmode="open"><i>B</i></template></x-b></template></x-a>' +
        '<x-c><template shadowrootmode="closed"><p>C</p></template></x-c><a href="/x"><template shadowrootmode="open">inert</template></a>' +
        '<x-d><template shadowrootmode="sideways">inert</template></x-d>',
    );
    expect(attachDeclarativeShadowRoots(doc)).toBe(3);
    const a = doc.querySelector('x-a')?.shadowRoot;
    expect(a?.querySelector('p')?.textContent).toBe('A');
    expect(a?.querySelector('x-b')?.shadowRoot?.textContent).toBe('B');
    expect(doc.querySelector('x-c')?.shadowRoot).toBeNull();
    expect(doc.querySelectorAll('template').length).toBe(2);
  });
});
