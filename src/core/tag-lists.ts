// Readability finds elements by tag with querySelectorAll ("div,section,…,p", then "p", "a", "br" …)
// some fifty times per parse. Browsers answer such a query natively and fast; jsdom (CLI, bench,
// tests) runs its selector engine over the whole subtree each time, which was a third of
// Readability's time on the dev pages. A tree walk that keeps the wanted tags gives the same static
// list, in document order, about three times faster under jsdom (and several times slower in
// Chromium for one tag), so the walk is what Node uses and the browser's cleaner keeps the query.

/** How lists of elements by tag are found: 'walk' (a TreeWalker: faster in jsdom) or 'query' (querySelectorAll: faster in browsers). */
export type TagLists = 'walk' | 'query';

/** What Readability's tag lookup looks like from outside (an internal method of @mozilla/readability 0.6). */
interface TagLookup {
  _getAllNodesWithTag?: (node: Node, tagNames: readonly string[]) => ArrayLike<Element>;
}

/** The elements under root (root itself excluded) whose local name is one of `tags`, in document order. */
export function elementsByTag(root: Node, tags: readonly string[]): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const found: Element[] = [];
  if (!doc) return found;
  const wanted = tags.length === 1 ? null : new Set(tags);
  const only = tags[0];
  // SHOW_ELEMENT. localName as written: Readability asks in lower case, as a selector matches in HTML.
  const walker = doc.createTreeWalker(root, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const name = (node as Element).localName;
    if (wanted ? wanted.has(name) : name === only) found.push(node as Element);
  }
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
