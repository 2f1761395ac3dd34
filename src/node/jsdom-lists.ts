// jsdom keeps an element's live `children` and `childNodes` lists once anyone has read them, and
// recomputes both at every change of the element's children, whether they are read again or not.
// Readability turns a <div> of text and <br>s into paragraphs by moving its children one at a time,
// so a story of 20,000 lines under one <div> cost 20,000 recomputations of a 40,000-node list: over
// 60 s in the CLI (plain Readability alone took 27 s on 20,000 sibling <div>s). Each list already
// recomputes itself when it is read after a change (it compares its version with its element's), so
// the eager recomputation is left out: the lists give the same answers, computed when asked.
import type { createRequire } from 'node:module';

interface NodeImplShape {
  _modified(): void;
  _childrenList: unknown;
  _childNodesList: unknown;
}

/** What the recomputation in jsdom's Node `_modified()` looks like: the shape this change was written against (jsdom 29). */
const EAGER_UPDATES = ['this._childrenList._update()', 'this._childNodesList._update()'];

const LAZY = Symbol('tidy-reader lazy child lists');

/**
 * Makes jsdom's child lists recompute when read instead of at every change. Changes nothing and
 * returns false when jsdom's Node implementation does not have the expected shape (another version).
 */
export function lazyChildLists(require: ReturnType<typeof createRequire>): boolean {
  let proto: (NodeImplShape & { [LAZY]?: true }) | undefined;
  try {
    proto = (require('jsdom/lib/jsdom/living/nodes/Node-impl.js') as { implementation?: { prototype?: NodeImplShape } }).implementation?.prototype;
  } catch {
    return false;
  }
  if (!proto || typeof proto._modified !== 'function') return false;
  if (proto[LAZY]) return true;
  const eager = proto._modified;
  const source = Function.prototype.toString.call(eager);
  if (!EAGER_UPDATES.every((call) => source.includes(call))) return false;
  proto._modified = function modified(this: NodeImplShape): void {
    const children = this._childrenList;
    const nodes = this._childNodesList;
    this._childrenList = null;
    this._childNodesList = null;
    try {
      eager.call(this);
    } finally {
      this._childrenList = children;
      this._childNodesList = nodes;
    }
  };
  proto[LAZY] = true;
  return true;
}
