// "Nothing silently lost" in the popup and the reader: one quiet line under the article's header says
// how many paragraphs of the page the clean view does not show (article.notShown, found by
// src/core/not-shown.ts), and its button puts them back in place, each marked as restored, or takes
// them out again. The blocks' HTML goes through this page's own sanitizer (render-article.ts), like
// the article body. A block is placed after the shown block its anchor names, else before the one after
// it, else at the start (no shown block before it) or the end of the article.
import type { Article, NotShownBlock } from '../core/types';
import { t } from '../i18n/t';
import { sanitizeArticleHtml } from './render-article';
import { button, pageElement } from './page-elements';

/** Elements of the article body that make a line of their own, where a restored block can stand beside. */
const PLACE_BLOCKS = 'p, li, blockquote, pre, h1, h2, h3, h4, h5, h6, figure, table, dd, dt, div';

function collapse(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

/** The innermost block of `content` whose text starts with the anchor (else holds it), or null. */
function blockFor(content: HTMLElement, anchor: string | null): Element | null {
  if (!anchor) return null;
  let holder: Element | null = null;
  for (const element of content.querySelectorAll(PLACE_BLOCKS)) {
    if (element.closest('.restored-block')) continue;
    const text = collapse(element.textContent ?? '');
    if (text.startsWith(anchor)) return innermost(element, anchor);
    if (!holder && text.includes(anchor) && !element.querySelector(PLACE_BLOCKS)) holder = element;
  }
  return holder;
}

/** A block's deepest descendant block that still starts with the anchor (a <p> inside a <div>). */
function innermost(element: Element, anchor: string): Element {
  for (const child of element.querySelectorAll(PLACE_BLOCKS)) {
    if (collapse(child.textContent ?? '').startsWith(anchor)) return innermost(child, anchor);
  }
  return element;
}

/** A block's wrapper: marked for the eye (a label and a rule) and for screen readers (a named group). */
function wrapper(doc: Document, block: NotShownBlock, win: Window & typeof globalThis): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'restored-block';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', t('notShownRestoredMark'));
  box.dataset['label'] = t('notShownRestoredMark');
  box.dataset['zone'] = block.zone;
  box.append(sanitizeArticleHtml(block.html, win));
  return box;
}

/**
 * Inserts the blocks into `content` in page order, each after the block its anchor names (after the
 * previous restored block when they share it), and returns the wrappers.
 */
export function restoreInPlace(content: HTMLElement, blocks: readonly NotShownBlock[], win: Window & typeof globalThis): HTMLElement[] {
  const doc = content.ownerDocument;
  const boxes: HTMLElement[] = [];
  let previous: { anchor: string | null; box: HTMLElement } | null = null;
  for (const block of blocks) {
    const box = wrapper(doc, block, win);
    const after = block.anchor.after;
    if (previous && previous.anchor === after) {
      previous.box.after(box);
    } else {
      const afterBlock = blockFor(content, after);
      const beforeBlock = afterBlock ? null : blockFor(content, block.anchor.before);
      if (afterBlock) afterBlock.after(box);
      else if (beforeBlock) beforeBlock.before(box);
      else if (after === null) content.prepend(box);
      else content.append(box);
    }
    previous = { anchor: after, box };
    boxes.push(box);
  }
  return boxes;
}

/** The notice's text: "1 paragraph of the page is not shown" or "N paragraphs…". */
export function notShownLine(count: number): string {
  return count === 1 ? t('notShownOne') : t('notShownCount', String(count));
}

export interface NotShownView {
  /** Shows the notice for a freshly rendered article (its body was just replaced: nothing is restored). */
  show(article: Article): void;
}

/** Wires the notice line (#not-shown) and its button (#not-shown-toggle) under the article's header. */
export function mountNotShown(doc: Document): NotShownView {
  const win = doc.defaultView as Window & typeof globalThis;
  const line = pageElement<HTMLElement>(doc, 'not-shown', 'P');
  const text = pageElement<HTMLElement>(doc, 'not-shown-text', 'SPAN');
  const toggle = button(doc, 'not-shown-toggle');
  const label = toggle.querySelector('.link-text') ?? toggle;
  const content = pageElement<HTMLElement>(doc, 'content', 'DIV');
  let blocks: readonly NotShownBlock[] = [];
  let boxes: HTMLElement[] = [];

  function setRestored(restored: boolean): void {
    for (const box of boxes) box.remove();
    boxes = restored ? restoreInPlace(content, blocks, win) : [];
    label.textContent = restored ? t('notShownHide') : t('notShownShow');
    toggle.setAttribute('aria-pressed', String(restored));
    text.textContent = restored ? t('notShownRestored', String(blocks.length)) : notShownLine(blocks.length);
  }

  toggle.addEventListener('click', () => setRestored(boxes.length === 0));
  return {
    show(article) {
      blocks = article.notShown ?? [];
      boxes = [];
      line.hidden = blocks.length === 0;
      if (blocks.length > 0) setRestored(false);
    },
  };
}
