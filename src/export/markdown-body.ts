// HTML -> Markdown for the sanitized article body. It walks standard DOM nodes only (nodeType,
// tagName, getAttribute, childNodes), never a jsdom-specific API, so it runs on the browser's own DOM
// ("Copy as Markdown") and on jsdom's (the CLI). Text is escaped inside lines as it is read, and at the
// start of every output line once a paragraph is whole (markdown-escape.ts); emphasis is kept only
// where a parser will read it (markdown-emphasis.ts).
import { BREAK, emphasize, resolveEmphasis } from './markdown-emphasis';
import { SOFT_HYPHENS } from '../core/text';
import { escapeHeadingEnd, escapeInline, escapeLineStart, linkDestination } from './markdown-escape';

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Elements rendered inside a line; every other element is a block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'img', 'ins', 'kbd', 'label', 'mark', 'picture', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong',
  'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
  // A word's reading (Japanese furigana, Chinese pinyin): "港市(みなとし)" inside its line, with no spaces.
  'ruby', 'rb', 'rt', 'rp', 'rtc',
  // A formula (MathML) reads as its text, in the line it stands in; a displayed one alone makes a paragraph.
  'math',
]);
/** Never rendered. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'head', 'title',
  'meta', 'link', 'button', 'input', 'select', 'textarea', 'form', 'svg', 'canvas', 'audio', 'video', 'source']);
/** Beyond this depth a subtree is rendered as plain text: keeps the walk's recursion bounded (a page of
 * 5,000 nested elements, test/export/markdown-body.test.ts). */
const MAX_DEPTH = 400;

/** A node's text without soft hyphens, which an editor would keep inside the words. */
function textOf(node: Node): string {
  return (node.textContent ?? '').replace(SOFT_HYPHENS, '');
}
/** CommonMark reads at most nine digits as a list number, and none below zero. */
const MAX_LIST_NUMBER = 999_999_999;

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT ? (node as Element).tagName.toLowerCase() : '';
}

function attr(node: Node, name: string): string {
  return (node as Element).getAttribute(name)?.trim() ?? '';
}


function safeHref(href: string): string | null {
  if (!href || href.startsWith('#')) return null;
  if (/^\s*(javascript|vbscript|data):/i.test(href)) return null;
  return linkDestination(href);
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return text ? `${fence}${pad}${text}${pad}${fence}` : '';
}

function image(node: Node): string {
  const src = safeHref(attr(node, 'src'));
  if (!src) return '';
  return `![${escapeInline(attr(node, 'alt').replace(/\s+/g, ' '))}](${src})`;
}

function plainText(node: Node): string {
  return escapeInline(textOf(node).replace(/\s+/g, ' '));
}

function link(node: Node, inner: string): string {
  const href = safeHref(attr(node, 'href'));
  if (!href || !inner.trim()) return inner;
  const title = attr(node, 'title').replace(/[\\"]/g, '\\$&');
  const [, lead = '', text = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) ?? [];
  return `${lead}[${text}](${href}${title ? ` "${title}"` : ''})${trail}`;
}

function inline(node: Node, depth: number): string {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return escapeInline(textOf(node).replace(/[ \t\n\r\f]+/g, ' '));
  if (node.nodeType !== ELEMENT) return '';
  const tag = tagOf(node);
  if (SKIP.has(tag)) return '';
  if (depth > MAX_DEPTH) return plainText(node);
  if (tag === 'br') return BREAK;
  if (tag === 'math') return plainText(node);
  if (tag === 'img') return image(node);
  if (tag === 'code' || tag === 'kbd' || tag === 'samp' || tag === 'tt') return codeSpan(textOf(node).replace(/\s+/g, ' '));
  const inner = inlineChildren(node, depth + 1);
  switch (tag) {
    case 'em': case 'i': case 'cite': case 'dfn': case 'var':
      return emphasize(inner, '*');
    case 'strong': case 'b':
      return emphasize(inner, '**');
    case 'del': case 's': case 'strike':
      return emphasize(inner, '~~');
    case 'q':
      return `“${inner}”`;
    case 'a':
      return link(node, inner);
    default:
      // A block inside a line (a card's heading and summary inside one link) keeps a space from its
      // neighbours, as the blocks stood apart on the page.
      return INLINE.has(tag) ? inner : ` ${inner} `;
  }
}

function inlineChildren(node: Node, depth: number): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) out += inline(child, depth);
  return out;
}

/** The lines of a run of inline Markdown: emphasis resolved, spaces collapsed, each line escaped at its start. */
function lines(raw: string): string[] {
  const all = resolveEmphasis(raw.replace(/ +/g, ' '))
    .split(BREAK)
    .map((line) => line.trim());
  while (all.length && !all[all.length - 1]) all.pop();
  while (all.length && !all[0]) all.shift();
  return all.map(escapeLineStart);
}

/** A run of inline Markdown as one paragraph, its <br>s as hard breaks ('' when it holds nothing). */
function paragraph(raw: string): string {
  return lines(raw).join('  \n');
}

/** A run of inline Markdown on one line (headings, table cells, captions): <br>s become spaces. */
function oneLine(raw: string): string {
  return lines(raw).join(' ');
}

function blockChildren(node: Node, depth: number): string[] {
  const blocks: string[] = [];
  let run = '';
  const flush = () => {
    const text = paragraph(run);
    if (text) blocks.push(text);
    run = '';
  };
  for (const child of Array.from(node.childNodes)) {
    const tag = tagOf(child);
    if (child.nodeType !== ELEMENT || INLINE.has(tag)) {
      run += inline(child, depth);
      continue;
    }
    if (SKIP.has(tag)) continue;
    flush();
    blocks.push(...block(child, depth + 1));
  }
  flush();
  return blocks;
}

function indent(text: string, prefix: string, firstPrefix = prefix): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? firstPrefix + line : line ? prefix + line : line))
    .join('\n');
}

function list(node: Node, depth: number): string {
  const ordered = tagOf(node) === 'ol';
  const start = Number.parseInt(attr(node, 'start'), 10);
  let number = Number.isFinite(start) ? Math.min(Math.max(start, 0), MAX_LIST_NUMBER) : 1;
  const items: string[] = [];
  let loose = false;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== ELEMENT && !(child.textContent ?? '').trim()) continue;
    const blocks = child.nodeType === ELEMENT ? blockChildren(child, depth + 1) : [paragraph(inline(child, depth))];
    if (blocks.length === 0) continue;
    const hasParagraphs = Array.from(child.childNodes).some((c) => tagOf(c) === 'p');
    if (hasParagraphs && blocks.length > 1) loose = true;
    const marker = ordered ? `${Math.min(number++, MAX_LIST_NUMBER)}. ` : '- ';
    items.push(indent(blocks.join(hasParagraphs ? '\n\n' : '\n'), ' '.repeat(marker.length), marker));
  }
  return items.join(loose ? '\n\n' : '\n');
}

/**
 * A fenced code block. No info string: the sanitizer strips class attributes (src/core/sanitize.ts), so
 * a "language-js" class never reaches this point, and guessing a language would be worse than none.
 */
function codeBlock(node: Node): string {
  const text = textOf(node).replace(/\n$/, '');
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}

function childrenTagged(node: Node, tags: readonly string[]): Element[] {
  return Array.from(node.childNodes).filter((c): c is Element => tags.includes(tagOf(c)));
}

function rowsOf(table: Node): Element[] {
  return childrenTagged(table, ['tr', 'thead', 'tbody', 'tfoot']).flatMap((child) => (tagOf(child) === 'tr' ? [child] : childrenTagged(child, ['tr'])));
}

function spanOf(cell: Element, name: string): number {
  return Number.parseInt(cell.getAttribute(name) ?? '', 10) || 1;
}

const COMPLEX_CELL = 'table, p, ul, ol, pre, blockquote, h1, h2, h3, h4, h5, h6, div, figure, hr';

/** A GFM table when the table is a plain grid of short cells; null when it is a layout or complex table. */
function gridTable(table: Node, depth: number): string | null {
  const rows = rowsOf(table).map((row) => childrenTagged(row, ['td', 'th'])).filter((cells) => cells.length > 0);
  const columns = Math.max(0, ...rows.map((cells) => cells.length));
  if (rows.length === 0 || columns < 2) return null;
  for (const cells of rows) {
    for (const cell of cells) {
      const span = spanOf(cell, 'colspan') * spanOf(cell, 'rowspan');
      if (span !== 1 || cell.querySelector(COMPLEX_CELL)) return null;
    }
  }
  const lines = rows.map((cells) => {
    const texts = cells.map((cell) => oneLine(inlineChildren(cell, depth + 1)).replace(/\|/g, '\\|'));
    while (texts.length < columns) texts.push('');
    return `| ${texts.join(' | ')} |`;
  });
  lines.splice(1, 0, `|${' --- |'.repeat(columns)}`);
  const caption = childrenTagged(table, ['caption'])[0];
  const title = caption ? oneLine(inlineChildren(caption, depth + 1)) : '';
  return [title ? emphasized(title) : '', lines.join('\n')].filter(Boolean).join('\n\n');
}

/** One line of already-resolved Markdown in italics (figure and table captions). */
function emphasized(text: string): string {
  return resolveEmphasis(emphasize(text, '*'));
}

function block(node: Node, depth: number): string[] {
  const tag = tagOf(node);
  if (depth > MAX_DEPTH) {
    const text = paragraph(plainText(node));
    return text ? [text] : [];
  }
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    // A heading that is bold all through (a common CMS habit) is bold already.
    const text = escapeHeadingEnd(oneLine(inlineChildren(node, depth)).replace(/^\*\*([^*]+)\*\*$/, '$1'));
    return text ? [`${'#'.repeat(Number(heading[1]))} ${text}`] : [];
  }
  switch (tag) {
    case 'p': {
      const text = paragraph(inlineChildren(node, depth));
      return text ? [text] : [];
    }
    case 'ul': case 'ol': {
      const text = list(node, depth);
      return text ? [text] : [];
    }
    case 'blockquote': {
      const inner = blockChildren(node, depth).join('\n\n');
      return inner ? [indent(inner, '> ').replace(/^$/gm, '>')] : [];
    }
    case 'pre':
      return textOf(node).trim() ? [codeBlock(node)] : [];
    case 'hr':
      return ['---'];
    case 'table': {
      const grid = gridTable(node, depth);
      return grid ? [grid] : blockChildren(node, depth);
    }
    case 'figcaption': case 'caption': {
      const text = oneLine(inlineChildren(node, depth));
      return text ? [emphasized(text)] : [];
    }
    case 'dt': {
      const text = oneLine(inlineChildren(node, depth));
      return text ? [resolveEmphasis(emphasize(text, '**'))] : [];
    }
    default:
      return blockChildren(node, depth);
  }
}

/** Renders a DOM subtree (an article body, a fragment, a whole document) as Markdown. */
export function htmlToMarkdown(root: Node): string {
  const blocks = root.nodeType === ELEMENT && !INLINE.has(tagOf(root)) ? block(root, 0) : blockChildren(root, 0);
  return blocks.join('\n\n').trim();
}
