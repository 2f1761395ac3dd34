// Readability finds elements by tag with querySelectorAll ("div,section,…,p", then "p", "a", "br" …)
// some fifty times per parse, and our own steps ask a few such questions more. Browsers answer them
// natively and fast; jsdom (CLI, bench, tests) runs its selector engine over the whole subtree each
// time, which was a third of Readability's time on the dev pages. A tree walk that keeps the wanted
// tags gives the same static list, in document order, about three times faster under jsdom (and
// several times slower in Chromium for one tag), so Node walks and the browser's cleaner queries.

/** How lists of elements by tag are found: 'walk' (a TreeWalker: faster in jsdom) or 'query' (querySelectorAll: faster in browsers). */
export type TagLists = 'walk' | 'query';

/** The way of the extraction in progress (extraction is synchronous: one at a time). */
let current: TagLists = 'walk';

/** How lists by tag are found in the extraction in progress. */
export function tagListsWay(): TagLists {
  return current;
}

/** Runs `work` with lists by tag found the given way, then restores the previous way. */
export function withTagLists<T>(way: TagLists, work: () => T): T {
  const before = current;
  current = way;
  try {
    return work();
  } finally {
    current = before;
  }
}

/** What Readability's tag lookup looks like from outside (an internal method of @mozilla/readability 0.6). */
interface TagLookup {
  _getAllNodesWithTag?: (node: Node, tagNames: readonly string[]) => ArrayLike<Element>;
}

/** The elements under root (root itself excluded) whose local name is one of `tags` (lower case), in document order. */
export function elementsByTag(root: Node, tags: readonly string[]): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const found: Element[] = [];
  if (!doc) return found;
  const wanted = tags.length === 1 ? null : new Set(tags);
  const only = tags[0];
  // SHOW_ELEMENT. localName as written: a type selector matches HTML elements in lower case.
  const walker = doc.createTreeWalker(root, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const name = (node as Element).localName;
    if (wanted ? wanted.has(name) : name === only) found.push(node as Element);
  }
  return found;
}

/** The elements under root with one of `tags` (lower case), in document order: walked or queried, as the extraction runs. */
export function byTag(root: Element | Document, tags: readonly string[]): Element[] {
  return current === 'walk' ? elementsByTag(root, tags) : Array.from(root.querySelectorAll(tags.join(',')));
}

/**
 * The first element under root (root itself excluded) whose local name is one of `tags` (lower case),
 * or null: queried in browsers, walked under jsdom, whose selector engine costs more to set up for one
 * question on a small box than the walk that answers it.
 */
export function firstByTag(root: Element, tags: readonly string[]): Element | null {
  if (current === 'query') return root.querySelector(tags.join(','));
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (tags.includes((node as Element).localName)) return node as Element;
  return null;
}

/** The elements under root that carry one of the attributes `names`, in document order: walked or queried, as the extraction runs. */
export function byAttribute(root: Element, names: readonly string[]): Element[] {
  if (current === 'query') return Array.from(root.querySelectorAll(names.map((name) => `[${name}]`).join(',')));
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.hasAttributes() && names.some((name) => element.hasAttribute(name))) found.push(element);
  }
  return found;
}

/**
 * The elements under root that `selector` matches, in document order: queried in browsers, walked
 * under jsdom with `test`, which must say the same of each element as the selector does.
 */
export function bySelector(root: Element, selector: string, test: (element: Element) => boolean): Element[] {
  if (current === 'query') return Array.from(root.querySelectorAll(selector));
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (test(node as Element)) found.push(node as Element);
  return found;
}

/**
 * Makes a Readability instance find elements by tag with a walk. Its result is the same list; only
 * an instance of the Readability version whose lookup has this shape is changed.
 */
export function walkTagLists(reader: object): void {
  const lookup = reader as TagLookup;
  if (typeof lookup._getAllNodesWithTag !== 'function' || lookup._getAllNodesWithTag.length !== 2) return;
  lookup._getAllNodesWithTag = (node, tagNames) => elementsByTag(node, tagNames.map((tag) => tag.toLowerCase()));
}

/**
 * The items of a live collection (`getElementsByTagName`, `children`) as an array, read by index up to
 * the first empty slot. jsdom answers every named read on an HTMLCollection (`length`, `item`, an
 * iterator's step) by looking for an element of that id or name through the whole list, so
 * `Array.from` or a `for…of` over one of 20,000 paragraphs took 8 s; by index it is linear, as in
 * browsers.
 */
export function listOf<T>(collection: ArrayLike<T>): T[] {
  const out: T[] = [];
  for (let i = 0, item = collection[0]; item !== undefined && item !== null; item = collection[++i]) out.push(item);
  return out;
}

/** The element children as an array, walked by sibling links rather than read from the live `children` collection (see listOf). */
export function childrenOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}
