// Where a restored block goes in the rendered article: the place its anchor names (RemovalAnchor,
// written by the core over the same HTML), checked by the anchored block's text, else the block with
// that text, else the end of the article. Blocks put back earlier do not count, and blocks put back at
// the same place keep the page's order. Only finds positions: page data is inserted by render-article.ts.
import type { Removal } from '../core/types';
import { articleBlocks, blockLabel } from '../core/article-blocks';

/** Restored blocks carry these, so later ones find their neighbours. */
export const RESTORED_CLASS = 'restored';
const PLACE_ATTR = 'data-place';
const ORDER_ATTR = 'data-order';

export interface RestorePlace {
  /** Where the restored block is inserted: before this node of `parent`, or at its end (null). */
  parent: Element;
  before: Node | null;
  /** How the block's place on the page relates to the article, for the note on the restored block. */
  where: 'inside' | 'outside' | 'end';
}

/** The anchored block in the rendered content, or null when it is gone. */
function anchoredBlock(content: Element, removal: Removal): Element | null {
  const anchor = removal.anchor;
  if (!anchor) return null;
  const blocks = articleBlocks(content).filter((block) => !block.closest(`.${RESTORED_CLASS}`));
  const at = blocks[anchor.block];
  if (at && blockLabel(at) === anchor.text) return at;
  return blocks.find((block) => blockLabel(block) === anchor.text) ?? null;
}

/** The place for removal `index` in #content; `restored` is the element it will go in (marked here). */
export function restorePlace(content: Element, removal: Removal, index: number, restored: Element): RestorePlace {
  const block = anchoredBlock(content, removal);
  const side = block ? (removal.anchor?.side ?? 'after') : 'end';
  const key = block ? `${side}:${removal.anchor?.block ?? ''}` : 'end';
  restored.setAttribute(PLACE_ATTR, key);
  const order = removal.anchor?.order ?? index;
  restored.setAttribute(ORDER_ATTR, String(order));
  // Blocks already put back at the same place, in page order: the new one goes among them by its order.
  const siblings = Array.from(content.querySelectorAll(`.${RESTORED_CLASS}[${PLACE_ATTR}="${key}"]`));
  const next = siblings.find((s) => Number(s.getAttribute(ORDER_ATTR)) > order);
  const where: RestorePlace['where'] = !block ? 'end' : removal.anchor?.inside ? 'inside' : 'outside';
  if (next?.parentElement) return { parent: next.parentElement, before: next, where };
  const last = siblings[siblings.length - 1];
  if (last?.parentElement) return { parent: last.parentElement, before: last.nextSibling, where };
  if (!block?.parentElement) return { parent: content, before: null, where };
  return { parent: block.parentElement, before: side === 'before' ? block : block.nextSibling, where };
}
