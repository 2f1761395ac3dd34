// Text that a copy of the document does not carry: the content of open shadow roots (a custom
// element that renders its story in its own tree) and of same-origin iframes (a story framed from
// the same site). Neither is part of the document tree, so a clone, Readability and every query miss
// them. readableDocument gives a copy of the page with that content put where the page shows it:
// a shadow tree in place of its host's children, the host's children in its <slot>s; a frame's body
// in place of the frame. Standard DOM only (shadowRoot, contentDocument, importNode), so it runs in
// the page (detector, cleaner) and in jsdom (CLI, bench: jsdom has no frames that load, and shadow
// roots only from script or src/node's declarative ones). Fixtures: shadow-root-story, and the e2e
// pages late-article, spa-push-state and shadow-article.

/** Only the first this many elements of a tree are searched for inner roots. */
export const MAX_SEARCHED = 50_000;
/** Inner roots inside inner roots are followed this deep. */
const MAX_NESTING = 4;
/** At most this many hosts and frames are inlined in all. */
const MAX_INLINED = 200;
/** A frame whose body holds less text than this is an ad slot, a tracker or empty: left alone. */
const MIN_FRAME_TEXT = 100;

/** A tree to search: a document, a shadow root or a fragment. */
type Tree = Document | DocumentFragment;

/** The open shadow root or the readable same-origin frame body of an element, or null. */
function innerRoot(el: Element): ShadowRoot | HTMLElement | null {
  if (el.shadowRoot) return el.shadowRoot;
  const tag = el.localName;
  if (tag !== 'iframe' && tag !== 'frame') return null;
  try {
    // Null, or a throw in some engines, for a frame of another origin.
    const body = (el as HTMLIFrameElement).contentDocument?.body;
    return body && (body.textContent ?? '').trim().length >= MIN_FRAME_TEXT ? body : null;
  } catch {
    return null;
  }
}

/**
 * Indices (in `tree.querySelectorAll('*')` order: document order) of the elements among the first
 * `limit` that have an inner root. Every extraction asks this of the whole page, nearly always to find
 * none: a TreeWalker, not a query, because jsdom builds the full static list of
 * querySelectorAll('*') first (half of this function's time on the bench pages).
 */
function hostIndices(tree: Tree | Element, limit: number): number[] {
  const out: number[] = [];
  const doc = tree.nodeType === 9 ? (tree as Document) : tree.ownerDocument;
  if (!doc) return out;
  // A TreeWalker: each child/sibling pointer read from script crosses jsdom's wrapper layer (walk.ts).
  const walker = doc.createTreeWalker(tree, 1 /* NodeFilter.SHOW_ELEMENT */);
  let index = 0;
  for (let node = walker.nextNode() as Element | null; node && index < limit; node = walker.nextNode() as Element | null) {
    if (innerRoot(node)) out.push(index);
    index++;
  }
  return out;
}

/** Puts the host's light children into the <slot>s of its (copied) shadow tree, as the browser shows them. */
function fillSlots(tree: DocumentFragment, host: Element): void {
  for (const slot of Array.from(tree.querySelectorAll('slot'))) {
    const name = slot.getAttribute('name') ?? '';
    const assigned = Array.from(host.childNodes).filter((node) =>
      node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') === name : name === '' && node.nodeType === 3,
    );
    // An empty slot shows its own fallback content.
    slot.replaceWith(...(assigned.length > 0 ? assigned : Array.from(slot.childNodes)));
  }
}

/** A copy, owned by `doc`, of the children of `from`, with their own inner roots inlined. */
function copyChildren(doc: Document, from: ParentNode, budget: { left: number }, depth: number): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const child of Array.from(from.childNodes)) fragment.appendChild(doc.importNode(child, true));
  // The copy has the source's shape: the same elements in the same order.
  inline(from as Tree, fragment, budget, depth + 1);
  return fragment;
}

/**
 * Inlines, into `copy` (a copy of `source` with the same shape), the inner roots of `source`'s
 * elements at `indices` (hostIndices; found anew when not given).
 */
function inline(source: Tree | Element, copy: Tree | Element, budget: { left: number }, depth: number, indices = hostIndices(source, MAX_SEARCHED)): void {
  if (depth > MAX_NESTING || budget.left <= 0 || indices.length === 0) return;
  const sources = source.querySelectorAll('*');
  const copies = copy.querySelectorAll('*');
  // Both lists are static and were read before any change, so the pairs stay right while the copy changes.
  const pairs = indices.map((i) => [sources[i], copies[i]] as const);
  const doc = copy.ownerDocument ?? (copy as Document);
  for (const [host, target] of pairs) {
    if (!host || !target || budget.left <= 0) break;
    const root = innerRoot(host);
    if (!root) continue;
    budget.left -= 1;
    const content = copyChildren(doc, root, budget, depth);
    if (root === host.shadowRoot) {
      fillSlots(content, target);
      target.replaceChildren(content);
    } else {
      // A frame: its body's content stands where the frame stood.
      const box = doc.createElement('div');
      box.appendChild(content);
      target.replaceWith(box);
    }
  }
}

/** Whether the first `limit` elements of the document include a shadow host or a readable frame. */
export function hasInnerRoots(doc: Document, limit: number = MAX_SEARCHED): boolean {
  return hostIndices(doc, limit).length > 0;
}

/**
 * The document itself when it has no open shadow root nor readable same-origin frame among its first
 * `limit` elements; else a copy (never attached to a window) with their content put in place.
 * Never changes `doc`.
 */
export function readableDocument(doc: Document, limit: number = MAX_SEARCHED): Document {
  const indices = hostIndices(doc, limit);
  if (indices.length === 0) return doc;
  const copy = doc.cloneNode(true) as Document;
  inline(doc, copy, { left: MAX_INLINED }, 0, indices);
  return copy;
}
