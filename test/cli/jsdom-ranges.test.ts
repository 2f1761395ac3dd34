// jsdom's sibling counts left out where no live Range was (src/node/jsdom-ranges.ts), as the CLI and
// the bench load pages: the change applies to the jsdom installed here, a document without a Range
// is changed without counting, and every Range still moves as the DOM says it must (the offsets
// expected here are those of jsdom without the change).
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siblingCountsOnlyForRanges } from '../../src/node/jsdom-ranges';
import { closeWindow, loadDocument } from '../../src/node/load-document';

const require = createRequire(import.meta.url);

function page(body: string): { document: Document; close: () => void } {
  const loaded = loadDocument(`<!doctype html><html><body>${body}</body></html>`, { url: 'http://news.example/2025/05/story.html', fallbackUrl: 'http://news.example/' });
  if (!loaded.ok) throw new Error(loaded.message);
  return { document: loaded.dom.window.document, close: () => closeWindow(loaded.dom) };
}

const items = (n: number): string => `<div id="list">${Array.from({ length: n }, (_, i) => `<div>line ${i}</div>`).join('')}</div>`;

/** Calls of jsdom's sibling count (symbol-tree's `index`) whose node is one of `nodes`. */
function countsOf(nodes: Node[]): () => number {
  const tree = (require('jsdom/lib/jsdom/living/helpers/internal-constants.js') as { domSymbolTree: object }).domSymbolTree;
  const proto = Object.getPrototypeOf(tree) as { index(child: unknown): number };
  const impls = new Set(nodes.map((node) => (node as unknown as Record<symbol, unknown>)[Object.getOwnPropertySymbols(node).find((s) => String(s) === 'Symbol(impl)') as symbol]));
  const spy = vi.spyOn(proto, 'index');
  return () => spy.mock.calls.filter(([child]) => impls.has(child)).length;
}

function replaceAll(document: Document, list: Element): void {
  for (const child of Array.from(list.children)) {
    const p = document.createElement('p');
    while (child.firstChild) p.appendChild(child.firstChild);
    list.replaceChild(p, child);
  }
}

afterEach(() => vi.restoreAllMocks());

describe('siblingCountsOnlyForRanges', () => {
  it('changes the jsdom installed here (a jsdom of another shape is left alone: re-check the change then)', () => {
    page('').close();
    expect(siblingCountsOnlyForRanges(require)).toBe(true);
  });

  it('does not count siblings when a document without a Range replaces, inserts and removes children', () => {
    const { document, close } = page(items(50));
    const list = document.getElementById('list') as Element;
    const counts = countsOf(Array.from(list.children));
    replaceAll(document, list);
    list.insertBefore(document.createElement('hr'), list.children[10] as Element);
    list.removeChild(list.children[20] as Element);
    expect(counts()).toBe(0);
    expect(list.children.length).toBe(50);
    expect(list.children[10]?.localName).toBe('hr');
    expect(list.children[0]?.outerHTML).toBe('<p>line 0</p>');
    expect(list.textContent).not.toContain('line 19');
    close();
  });

  it('counts them once the document has a Range, and the Range moves as it must', () => {
    const { document, close } = page(items(6));
    const list = document.getElementById('list') as Element;
    const range = document.createRange();
    range.setStart(list, 3);
    range.setEnd(list, 5);
    const counts = countsOf(Array.from(list.children));
    list.insertBefore(document.createElement('hr'), list.firstChild);
    expect([range.startOffset, range.endOffset]).toEqual([4, 6]);
    list.removeChild(list.children[1] as Element);
    expect([range.startOffset, range.endOffset]).toEqual([3, 5]);
    // As the DOM standard's replace does: the old child leaves (a boundary after it moves back by
    // one), then the new one goes in before the next sibling, at the boundary itself (which stays).
    replaceAll(document, list);
    expect([range.startContainer, range.startOffset, range.endOffset]).toEqual([list, 2, 4]);
    const inside = list.children[4] as Element;
    range.setStart(inside.firstChild as Node, 2);
    list.removeChild(inside);
    expect([range.startContainer, range.startOffset]).toEqual([list, 4]);
    expect(counts()).toBeGreaterThan(0);
    close();
  });

  it('keeps counting for nodes adopted from a document that had a Range', () => {
    // A Range inside an attached node moves to its parent when the node leaves it, so only a
    // detached node can take one along into another document.
    const a = page('');
    const b = page('');
    const moved = a.document.createElement('div');
    moved.innerHTML = '<p>1</p><p>2</p><p>3</p><p>4</p>';
    const range = a.document.createRange();
    range.setStart(moved, 2);
    range.setEnd(moved, 3);
    b.document.adoptNode(moved);
    moved.insertBefore(b.document.createElement('hr'), moved.firstChild);
    expect([range.startContainer, range.startOffset, range.endOffset]).toEqual([moved, 3, 4]);
    moved.removeChild(moved.children[0] as Element);
    moved.removeChild(moved.children[0] as Element);
    expect([range.startOffset, range.endOffset]).toEqual([1, 2]);
    b.document.body.appendChild(moved);
    b.document.body.insertBefore(b.document.createElement('hr'), moved);
    moved.replaceChild(b.document.createElement('hr'), moved.children[0] as Element);
    expect([range.startContainer, range.startOffset, range.endOffset]).toEqual([moved, 0, 2]);
    a.close();
    b.close();
  });
});
