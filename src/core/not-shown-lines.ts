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

interface Frame {
  node: Node;
  exit: boolean;
  inLink: boolean;
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
  open(root);
  const stack: Frame[] = [];
  const pushChildren = (node: Node, inLink: boolean): void => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false, inLink });
  };
  pushChildren(root, false);
  while (stack.length) {
    const frame = stack.pop();
    const context = contexts[contexts.length - 1];
    if (!frame || !context) break;
    const { node, exit, inLink } = frame;
    if (exit) {
      finish(context);
      contexts.pop();
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (node.parentNode === context.block) context.nodes.push(node);
      context.text += value;
      if (inLink) context.linkChars += collapseText(value).length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const name = element.localName;
    if (SKIP.has(name) || (element.hasAttributes() && isHidden(element))) continue;
    if (name === 'br') {
      finish(context);
      continue;
    }
    if (BLOCKS.has(element.tagName.toUpperCase())) {
      // The text before the block is a line of its own, as blockText shows it.
      finish(context);
      mixed.add(context.block);
      open(element);
      stack.push({ node: element, exit: true, inLink });
      pushChildren(element, inLink);
      continue;
    }
    if (element.parentNode === context.block) context.nodes.push(element);
    pushChildren(element, inLink || name === 'a');
  }
  for (let context = contexts.pop(); context; context = contexts.pop()) finish(context);
  return { lines, mixed };
}
