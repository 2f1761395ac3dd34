// The page's own lines of text, read from the live document without changing it: one line for each
// run of a block's own text (as src/core/prose.ts cuts lines: a block, or a <br>, ends a line), with
// the block it belongs to and its place in page order. The not-shown check (not-shown.ts) compares
// them with what the article shows. An iterative walk: a live page may be nested thousands deep.
import { BLOCKS, HEADINGS, isProseLine } from './prose';
import { isHidden } from './clean/match-clutter';
import { SOFT_HYPHENS } from './text';

/** Elements whose text no reader sees as the page's prose (and whose subtree is not walked). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe', 'object', 'embed', 'select',
  'option', 'textarea', 'button', 'canvas', 'video', 'audio', 'picture', 'img', 'input',
]);

export interface PageLine {
  /** The block element whose own text this is. */
  block: Element;
  /** The text, whitespace collapsed. */
  text: string;
  /** Characters inside links. */
  linkChars: number;
  heading: boolean;
  /** Prose by measureProse's judgement: a full sentence, long enough, not mostly link text, not a heading. */
  prose: boolean;
  /** Position in page order (0 first). */
  order: number;
  /** The block's child nodes the text came from (the line alone, when its block holds other lines too). */
  nodes: Node[];
}

export interface PageLines {
  lines: PageLine[];
  /** Blocks that hold other blocks or more than one line: their lines are restored one by one, not as the whole block. */
  mixed: Set<Element>;
}

interface Context {
  block: Element;
  text: string;
  linkChars: number;
  nodes: Node[];
  lines: number;
}

/** Collapses whitespace (and zero-width spaces, as blockText does) to single spaces, and drops soft hyphens as blockText does. */
export function collapseText(text: string): string {
  return text.replace(SOFT_HYPHENS, '').replace(/[\s\u200b]+/g, ' ').trim();
}

/** Reads the lines of root's text in page order, skipping subtrees hidden by their own markup (read-only). */
export function pageLines(root: Element): PageLines {
  const lines: PageLine[] = [];
  const mixed = new Set<Element>();
  const contexts: Context[] = [];
  const finish = (context: Context): void => {
    const text = collapseText(context.text);
    if (text) {
      const heading = HEADINGS.has(context.block.tagName.toUpperCase());
      const linkChars = Math.min(text.length, context.linkChars);
      lines.push({ block: context.block, text, linkChars, heading, prose: !heading && isProseLine(text, linkChars), order: lines.length, nodes: context.nodes });
      if (++context.lines > 1) mixed.add(context.block);
    }
    context.text = '';
    context.linkChars = 0;
    context.nodes = [];
  };
  const open = (block: Element): void => {
    contexts.push({ block, text: '', linkChars: 0, nodes: [], lines: 0 });
  };
  /** Leaves the innermost element the walk is inside: a block's context is finished and closed. */
  const leave = (): void => {
    const left = inside.pop();
    if (left?.link) links--;
    if (!left?.block) return;
    const context = contexts.pop();
    if (context) finish(context);
  };
  open(root);
  // Elements and text only (SHOW_ELEMENT | SHOW_TEXT), stepped inside the DOM. `inside` holds the
  // elements the walk is inside, each with whether it opened a block's context or is a link.
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4);
  const inside: Array<{ block: boolean; link: boolean }> = [];
  let links = 0;
  let node = walker.firstChild();
  while (node) {
    const context = contexts[contexts.length - 1];
    if (!context) break;
    let descend = false;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (node.parentNode === context.block) context.nodes.push(node);
      context.text += value;
      if (links > 0) context.linkChars += collapseText(value).length;
    } else {
      const element = node as Element;
      const name = element.localName;
      if (SKIP.has(name) || (element.hasAttributes() && isHidden(element))) {
        // Neither read nor walked.
      } else if (name === 'br') {
        finish(context);
      } else if (BLOCKS.has(element.tagName.toUpperCase())) {
        // The text before the block is a line of its own, as blockText shows it.
        finish(context);
        mixed.add(context.block);
        open(element);
        inside.push({ block: true, link: false });
        descend = true;
      } else {
        if (element.parentNode === context.block) context.nodes.push(element);
        const link = name === 'a';
        if (link) links++;
        inside.push({ block: false, link });
        descend = true;
      }
    }
    const child = descend ? walker.firstChild() : null;
    if (child) {
      node = child;
      continue;
    }
    // Done with this node: leave the elements that have nothing after it, closing their contexts.
    if (descend) leave();
    node = walker.nextSibling();
    while (!node && inside.length) {
      walker.parentNode();
      leave();
      node = walker.nextSibling();
    }
  }
  for (let context = contexts.pop(); context; context = contexts.pop()) finish(context);
  return { lines, mixed };
}
