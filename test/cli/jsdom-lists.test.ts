// jsdom's child lists made to recompute when read (src/node/jsdom-lists.ts), as the CLI and the bench
// load pages: the change applies to the jsdom installed here, and every live list still answers as
// the DOM stands after any kind of change.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lazyChildLists } from '../../src/node/jsdom-lists';
import { closeWindow, loadDocument } from '../../src/node/load-document';

function page(): { document: Document; close: () => void } {
  const loaded = loadDocument('<!doctype html><html><body><div id="story">one<br>two<p>three</p><b>four</b></div></body></html>', { url: 'http://news.example/2025/05/story.html', fallbackUrl: 'http://news.example/' });
  if (!loaded.ok) throw new Error(loaded.message);
  return { document: loaded.dom.window.document, close: () => closeWindow(loaded.dom) };
}

const tags = (list: ArrayLike<Node>): string[] => Array.from(list, (node) => (node.nodeType === 1 ? (node as Element).localName : `#${node.textContent}`));

describe('lazyChildLists', () => {
  it('changes the jsdom installed here (a jsdom of another shape is left alone: re-check the change then)', () => {
    page().close();
    expect(lazyChildLists(createRequire(import.meta.url))).toBe(true);
  });

  it('keeps children and childNodes right through appends, removals, replacements, moves and markup', () => {
    const { document, close } = page();
    const story = document.getElementById('story') as Element;
    const children = story.children;
    const nodes = story.childNodes;
    expect(tags(children)).toEqual(['br', 'p', 'b']);
    expect(tags(nodes)).toEqual(['#one', 'br', '#two', 'p', 'b']);
    story.appendChild(document.createElement('i'));
    expect(children.length).toBe(4);
    expect(tags(nodes)).toEqual(['#one', 'br', '#two', 'p', 'b', 'i']);
    story.removeChild(story.firstChild as Node);
    story.replaceChild(document.createElement('span'), story.querySelector('p') as Element);
    expect(tags(children)).toEqual(['br', 'span', 'b', 'i']);
    expect(nodes[0]?.nodeName).toBe('BR');
    const moved = document.createElement('p');
    while (story.firstChild) moved.appendChild(story.firstChild);
    story.appendChild(moved);
    expect(tags(children)).toEqual(['p']);
    expect(tags(moved.children)).toEqual(['br', 'span', 'b', 'i']);
    expect(moved.childNodes.length).toBe(5);
    story.innerHTML = '<h2>x</h2>text<p>y</p>';
    expect(tags(children)).toEqual(['h2', 'p']);
    expect(tags(nodes)).toEqual(['h2', '#text', 'p']);
    expect(story.childElementCount).toBe(2);
    close();
  });
});
