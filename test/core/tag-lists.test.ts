// Readability's tag lookup by walk (src/core/tag-lists.ts) gives what querySelectorAll gives, and so
// the same article on every fixture page.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { byAttribute, byTag, childrenOf, elementsByTag, listOf, tagListsWay, walkTagLists, withTagLists } from '../../src/core/tag-lists';

const PAGE = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
  <header><h1>Title</h1><nav><a href="/">Home</a></nav></header>
  <div id="story"><p>One <b>two</b></p><section><p>Three</p><h2>Sub</h2><div><p>Four</p></div></section>
  <svg><style>.a{}</style><a href="#x"><text>link</text></a></svg><pre>code</pre><table><tr><td>cell</td></tr></table></div>
  <script>var x = 1;</script></body></html>`;

const same = (root: Document | Element, tags: string[]): void => {
  const expected = Array.from(root.querySelectorAll(tags.join(',')));
  const found = elementsByTag(root, tags);
  expect(found.length).toBe(expected.length);
  expect(found.every((element, i) => element === expected[i])).toBe(true);
};

describe('elementsByTag', () => {
  const doc = new JSDOM(PAGE).window.document;
  const story = doc.getElementById('story') as Element;

  it('lists what querySelectorAll lists, in document order, from a document or an element (not the element itself)', () => {
    for (const tags of [['p'], ['div', 'section', 'header', 'h1', 'h2', 'p', 'td', 'pre'], ['style'], ['a'], ['script', 'noscript'], ['html'], ['div']]) {
      same(doc, tags);
      same(story, tags);
    }
    expect(elementsByTag(story, ['div']).map((e) => e.id)).toEqual(['']);
  });

  it('finds SVG elements by their own name, as a selector does, and works on a detached tree', () => {
    expect(elementsByTag(doc, ['style'])).toHaveLength(2);
    const detached = story.cloneNode(true) as Element;
    same(detached, ['p', 'a', 'td']);
    expect(elementsByTag(detached, ['p'])).toHaveLength(3);
  });
});

describe('walkTagLists', () => {
  it('gives Readability the same article on every fixture page', () => {
    const dir = 'test/fixtures';
    const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(names.length).toBeGreaterThan(16);
    for (const name of names) {
      const html = readFileSync(`${dir}/${name}/page.html`, 'utf8');
      const parse = (walk: boolean) => {
        const reader = new Readability(new JSDOM(html, { url: 'https://news.example/a/b.html' }).window.document);
        if (walk) walkTagLists(reader);
        return reader.parse();
      };
      const plain = parse(false);
      const walked = parse(true);
      expect(walked?.content, name).toBe(plain?.content);
      expect(walked?.title, name).toBe(plain?.title);
    }
  }, 180_000); // a hang guard, not a time limit: it parses every fixture page twice

  it('leaves an object without that lookup alone', () => {
    const other = { parse: () => null };
    walkTagLists(other);
    expect(Object.keys(other)).toEqual(['parse']);
  });
});

describe('byTag and byAttribute', () => {
  const doc = new JSDOM(PAGE.replace('<p>Three</p>', '<p data-a="1">Three</p><div data-b data-a>x</div>')).window.document;

  it('give the same list walked or queried, and the way is restored after the work, even when it throws', () => {
    const walked = withTagLists('walk', () => [tagListsWay(), byTag(doc, ['p', 'pre']), byAttribute(doc.body, ['data-a', 'data-b'])] as const);
    const queried = withTagLists('query', () => [tagListsWay(), byTag(doc, ['p', 'pre']), byAttribute(doc.body, ['data-a', 'data-b'])] as const);
    expect(walked[0]).toBe('walk');
    expect(queried[0]).toBe('query');
    expect(walked[1]).toEqual(queried[1]);
    expect(walked[1].every((e, i) => e === queried[1][i])).toBe(true);
    expect(walked[2].map((e) => e.tagName)).toEqual(['P', 'DIV']);
    expect(walked[2].every((e, i) => e === queried[2][i])).toBe(true);
    expect(() => withTagLists('query', () => { throw new Error('boom'); })).toThrow('boom');
    expect(tagListsWay()).toBe('walk');
  });
});

describe('listOf and childrenOf', () => {
  const doc = new JSDOM(PAGE).window.document;
  const story = doc.getElementById('story') as Element;

  it('give the items of a live collection, in order, as Array.from does', () => {
    for (const collection of [doc.getElementsByTagName('p'), story.getElementsByTagName('*'), story.children, doc.body.children, doc.getElementsByTagName('video')]) {
      const items = listOf(collection);
      expect(items.length).toBe(Array.from(collection).length);
      expect(items.every((item, i) => item === Array.from(collection)[i])).toBe(true);
    }
    expect(childrenOf(story)).toEqual(Array.from(story.children));
    expect(childrenOf(doc.createElement('div'))).toEqual([]);
  });

  it('reads a collection by index only, never its length or iterator (each a whole-list search in jsdom)', () => {
    const backing = Array.from(doc.getElementsByTagName('p'));
    const reads: string[] = [];
    const collection = new Proxy(backing, {
      get(target, key, receiver) {
        reads.push(String(key));
        if (typeof key === 'string' && /^\d+$/.test(key)) return Reflect.get(target, key, receiver);
        throw new Error(`read ${String(key)}`);
      },
    });
    expect(listOf(collection)).toEqual(backing);
    expect(reads).toEqual([...backing.keys(), backing.length].map(String));
  });

  it('stops at the first empty slot, and takes a plain array', () => {
    expect(listOf([1, 2, null, 4] as Array<number | null>)).toEqual([1, 2]);
    expect(listOf([])).toEqual([]);
  });
});
