// jsdom counts a node's place among its siblings at every insertion and removal, to move the live
// Ranges that have a boundary in the parent. The count walks the siblings from the first one (the
// count of the last change is out of date), so Readability's turning of 20,000 sibling <div>s into
// <p>s, one replaceChild each, walked 200 million siblings: 18 s of 33 in the CLI, and as much for
// plain Readability in the bench. A document that never had a Range has nothing to move, so the
// count is left out there. Ranges are rare in the core (a few steps make one, on the page they
// read), and a document that has had one keeps jsdom's own behaviour for good.
import type { createRequire } from 'node:module';

interface Doc {
  [HAD_RANGE]?: true;
}
interface NodeImpl {
  _ownerDocument: Doc | null;
  _insert(node: NodeImpl, child: NodeImpl | null, suppressObservers?: boolean): unknown;
  _remove(node: NodeImpl, suppressObservers?: boolean): unknown;
}
interface RangeImpl {
  _setLiveRangeStart(node: NodeImpl, offset: number): void;
  _setLiveRangeEnd(node: NodeImpl, offset: number): void;
}
interface DocumentImpl {
  _adoptNode(node: NodeImpl): unknown;
}
interface Tree {
  index(child: unknown): number;
}

/** Set on a jsdom document once a live Range has had a boundary in it (or in a node adopted from a document that had one). */
const HAD_RANGE = Symbol('tidy-reader: a live range has been in this document');
const PATCHED = Symbol('tidy-reader: sibling counts only for ranges');

/**
 * The shape this change was written against (jsdom 29): `_insert` counts the reference child's
 * place first and uses it only against live ranges (3 mentions), `_remove` counts the removed node's
 * place first and uses it only against live ranges (6 mentions of `index`).
 */
function expectedShape(insert: string, remove: string): boolean {
  const count = (text: string, word: RegExp): number => text.match(word)?.length ?? 0;
  return (
    insert.includes('const childIndex = domSymbolTree.index(childImpl);') &&
    count(insert, /\bchildIndex\b/g) === 3 &&
    remove.includes('const index = domSymbolTree.index(nodeImpl);') &&
    count(remove, /\bindex\b/g) === 6 &&
    count(remove, /domSymbolTree\.index\(/g) === 1
  );
}

/**
 * Makes jsdom skip counting a node's place among its siblings at insertion and removal in documents
 * that never had a live Range, where the count has no use. Changes nothing and returns false when
 * jsdom's implementation does not have the expected shape (another version).
 */
export function siblingCountsOnlyForRanges(require: ReturnType<typeof createRequire>): boolean {
  let node: (NodeImpl & { [PATCHED]?: true }) | undefined;
  let range: RangeImpl | undefined;
  let document: DocumentImpl | undefined;
  let tree: Tree | undefined;
  try {
    node = (require('jsdom/lib/jsdom/living/nodes/Node-impl.js') as { implementation?: { prototype?: NodeImpl } }).implementation?.prototype;
    range = (require('jsdom/lib/jsdom/living/range/Range-impl.js') as { implementation?: { prototype?: RangeImpl } }).implementation?.prototype;
    document = (require('jsdom/lib/jsdom/living/nodes/Document-impl.js') as { implementation?: { prototype?: DocumentImpl } }).implementation?.prototype;
    tree = (require('jsdom/lib/jsdom/living/helpers/internal-constants.js') as { domSymbolTree?: Tree }).domSymbolTree;
  } catch {
    return false;
  }
  if (!node || !range || !document || !tree) return false;
  if (node[PATCHED]) return true;
  const functions = [node._insert, node._remove, range._setLiveRangeStart, range._setLiveRangeEnd, document._adoptNode, tree.index];
  if (functions.some((f) => typeof f !== 'function')) return false;
  const source = (f: unknown): string => Function.prototype.toString.call(f);
  if (!expectedShape(source(node._insert), source(node._remove))) return false;

  const insert = node._insert;
  const remove = node._remove;
  const { _setLiveRangeStart: setStart, _setLiveRangeEnd: setEnd } = range;
  const adopt = document._adoptNode;
  const sharedTree = tree;
  const treeProto = Object.getPrototypeOf(tree) as Tree;

  // The one count to skip: the node whose place the running _insert or _remove asks first.
  let skip: unknown = null;
  const hadRange = (parent: NodeImpl): boolean => (parent._ownerDocument ?? (parent as unknown as Doc))[HAD_RANGE] === true;

  sharedTree.index = function index(this: Tree, child: unknown): number {
    if (child !== null && child === skip) {
      skip = null;
      return -1;
    }
    return treeProto.index.call(this, child);
  };
  node._insert = function insertChild(this: NodeImpl, added, child, suppressObservers) {
    if (child && !hadRange(this)) skip = child;
    try {
      return insert.call(this, added, child, suppressObservers);
    } finally {
      skip = null;
    }
  };
  node._remove = function removeChild(this: NodeImpl, removed, suppressObservers) {
    if (!hadRange(this)) skip = removed;
    try {
      return remove.call(this, removed, suppressObservers);
    } finally {
      skip = null;
    }
  };
  const mark = (at: NodeImpl): void => {
    const doc = at._ownerDocument ?? (at as unknown as Doc);
    doc[HAD_RANGE] = true;
  };
  range._setLiveRangeStart = function setLiveRangeStart(this: RangeImpl, at, offset) {
    mark(at);
    setStart.call(this, at, offset);
  };
  range._setLiveRangeEnd = function setLiveRangeEnd(this: RangeImpl, at, offset) {
    mark(at);
    setEnd.call(this, at, offset);
  };
  document._adoptNode = function adoptNode(this: DocumentImpl & Doc, adopted) {
    if (adopted._ownerDocument?.[HAD_RANGE]) this[HAD_RANGE] = true;
    return adopt.call(this, adopted);
  };
  node[PATCHED] = true;
  return true;
}
