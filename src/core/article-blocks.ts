// The blocks of an article that a removed block is put back beside: block elements (paragraphs, list
// items, headings, quotes, figures, tables…) that hold text and no other block. The core counts them
// over the sanitized Article.html to write a RemovalAnchor; the render module counts them over the same
// HTML, sanitized once more, to find the place again. Text only decides what a block is, so dropping an
// image (the render's own checks) never shifts the count.
import { elementStepper } from './clean/walk';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'ul',
]);

/** How much of a block's text an anchor carries to recognise it. */
const LABEL_CHARS = 60;

/** True for the tags articleBlocks() counts as blocks. */
export function isBlockTag(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/** The leaf blocks under root (root itself excluded), in document order: block elements with text and no block inside. */
export function articleBlocks(root: Element): Element[] {
  const blocks: Element[] = [];
  const withBlockInside = new Set<Element>();
  const next = elementStepper(root);
  for (let node = next(root, true); node; node = next(node, true)) {
    if (!isBlockTag(node)) continue;
    blocks.push(node);
    // Each ancestor is marked once: a climb stops where an earlier one passed, so this stays linear.
    for (let up = node.parentElement; up && up !== root && !withBlockInside.has(up); up = up.parentElement) withBlockInside.add(up);
  }
  return blocks.filter((block) => !withBlockInside.has(block) && (block.textContent ?? '').trim() !== '');
}

/** The start of a block's text, whitespace collapsed: what an anchor checks its block by. */
export function blockLabel(block: Element): string {
  return (block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, LABEL_CHARS);
}
