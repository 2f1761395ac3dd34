// The size guard and the safe clone. Counts elements and nesting depth with an iterative walk (no
// recursion, so 5,000-deep nesting cannot overflow the stack), then clones the document; when the
// nesting is deeper than MAX_DEPTH the clone is built iteratively with the deeper wrappers flattened
// away, because jsdom's own cloneNode recurses and Readability slows down quadratically with depth.

/** Elements nested deeper than this below <html> lose their wrappers (their content is kept). */
export const MAX_DEPTH = 120;

export interface DocumentShape {
  elements: number;
  depth: number;
}

/** Counts the elements and the maximum nesting depth of a document without recursion. */
export function measureShape(doc: Document, stopAfter = Number.POSITIVE_INFINITY): DocumentShape {
  const root = doc.documentElement;
  if (!root) return { elements: 0, depth: 0 };
  // A TreeWalker: each child/sibling pointer read from script crosses jsdom's wrapper layer (walk.ts).
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let more = true;
  while (more) {
    elements++;
    if (elements > stopAfter) break;
    if (depth > maxDepth) maxDepth = depth;
    if (walker.firstChild()) {
      depth++;
      continue;
    }
    // Up to the nearest ancestor below root with a next sibling; parentNode() stops at root.
    for (;;) {
      if (walker.nextSibling()) break;
      if (!walker.parentNode() || walker.currentNode === root) {
        more = false;
        break;
      }
      depth--;
    }
  }
  return { elements, depth: maxDepth };
}

interface Frame {
  source: Node;
  target: Node;
  depth: number;
}

/** Clones a document, flattening wrappers nested deeper than maxDepth, without recursion. */
export function flattenedClone(doc: Document, maxDepth = MAX_DEPTH): Document {
  const clone = doc.cloneNode(false) as Document;
  const stack: Frame[] = [];
  const pushChildren = (source: Node, target: Node, depth: number) => {
    const children = Array.from(source.childNodes);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ source: child, target, depth });
    }
  };
  pushChildren(doc, clone, 0);
  while (stack.length) {
    const frame = stack.pop();
    if (!frame) break;
    const { source, target, depth } = frame;
    const isElement = source.nodeType === 1;
    if (isElement && depth >= maxDepth) {
      // Too deep: drop this wrapper, keep its content at the current level.
      pushChildren(source, target, depth);
      continue;
    }
    const copy = source.cloneNode(false);
    target.appendChild(copy);
    if (isElement) pushChildren(source, copy, depth + 1);
  }
  return clone;
}

/**
 * A deep copy built inside the new document: an empty clone of the document (it keeps the URL, base
 * and mode) that imports the root element. jsdom's document.cloneNode(true) builds the copy in the old
 * document and then adopts the whole tree into the new one, three more walks over every node (about
 * half of the cloning time on the bench pages).
 */
function importedClone(doc: Document): Document {
  const clone = doc.cloneNode(false) as Document;
  if (doc.doctype) clone.appendChild(clone.importNode(doc.doctype, false));
  if (doc.documentElement) clone.appendChild(clone.importNode(doc.documentElement, true));
  return clone;
}

/** A private copy of the document to clean: a plain deep clone, or a flattened one for deep pages. */
export function safeClone(doc: Document, shape: DocumentShape): Document {
  if (shape.depth <= MAX_DEPTH) {
    try {
      return importedClone(doc);
    } catch {
      // A stack overflow inside the DOM implementation: fall through to the iterative clone.
    }
  }
  return flattenedClone(doc);
}
