// HTML -> Markdown for the sanitized article body. It walks standard DOM nodes only (nodeType,
// tagName, getAttribute, childNodes), never a jsdom-specific API, so it runs on the browser's own DOM
// ("Copy as Markdown") and on jsdom's (the CLI).

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Elements rendered inside a line; every other element is a block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'img', 'ins', 'kbd', 'label', 'mark', 'picture', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong',
  'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);
/** Never rendered. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'head', 'title',
  'meta', 'link', 'button', 'input', 'select', 'textarea', 'form', 'svg', 'canvas', 'audio', 'video', 'source']);
/** Beyond this depth a subtree is rendered as plain text: keeps the walk's recursion bounded (a page of
 * 5,000 nested elements, test/export/markdown-body.test.ts). */
const MAX_DEPTH = 400;
/** Stands for a <br> until whitespace has been collapsed. */
const BREAK = '\u0000';

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT ? (node as Element).tagName.toLowerCase() : '';
}

function attr(node: Node, name: string): string {
  return (node as Element).getAttribute(name)?.trim() ?? '';
}

/** Escapes the characters that would start Markdown syntax inside running text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]]|<(?=[a-z/!?])/gi, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

/** Escapes what would make a paragraph's first characters a heading, quote, list item or rule. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6}|>|[-+](?= |$)|=+$)/, '\\$1')
    .replace(/^(\d+)([.)])(?= |$)/, '$1\\$2');
}

function safeHref(href: string): string | null {
  if (!href || href.startsWith('#')) return null;
  if (/^\s*(javascript|vbscript|data):/i.test(href)) return null;
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

/** Splits off leading and trailing white space, which must stay outside emphasis and link marks. */
function splitSpace(inner: string): [string, string, string] {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) ?? [];
  return [lead, core, trail];
}

function wrap(inner: string, mark: string): string {
  const [lead, core, trail] = splitSpace(inner);
  return core ? `${lead}${mark}${core}${mark}${trail}` : inner;
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
  const alt = attr(node, 'alt').replace(/\s+/g, ' ').replace(/[[\]\\]/g, '\\$&');
  return `![${alt}](${src})`;
}

function plainText(node: Node): string {
  return escapeMarkdown((node.textContent ?? '').replace(/\s+/g, ' '));
}

function inline(node: Node, depth: number): string {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return escapeMarkdown((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
  if (node.nodeType !== ELEMENT) return '';
  const tag = tagOf(node);
  if (SKIP.has(tag)) return '';
  if (depth > MAX_DEPTH) return plainText(node);
  if (tag === 'br') return BREAK;
  if (tag === 'img') return image(node);
  if (tag === 'code' || tag === 'kbd' || tag === 'samp' || tag === 'tt') return codeSpan((node.textContent ?? '').replace(/\s+/g, ' '));
  const inner = inlineChildren(node, depth + 1);
  switch (tag) {
    case 'em': case 'i': case 'cite': case 'dfn': case 'var':
      return wrap(inner, '*');
    case 'strong': case 'b':
      return wrap(inner, '**');
    case 'del': case 's': case 'strike':
      return wrap(inner, '~~');
    case 'q':
      return `“${inner}”`;
    case 'a': {
      const href = safeHref(attr(node, 'href'));
      if (!href || !inner.trim()) return inner;
      const title = attr(node, 'title').replace(/"/g, '\\"');
      const [lead, text, trail] = splitSpace(inner);
      return `${lead}[${text}](${href}${title ? ` "${title}"` : ''})${trail}`;
    }
    default:
      return inner;
  }
}

function inlineChildren(node: Node, depth: number): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) out += inline(child, depth);
  return out;
}

/** Collapses a run of inline Markdown into one paragraph (or '' when it holds nothing). */
function paragraph(raw: string): string {
  const lines = raw
    .replace(/ +/g, ' ')
    .split(BREAK)
    .map((line) => line.trim());
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  while (lines.length && !lines[0]) lines.shift();
  return lines.map((line, i) => (i === 0 ? escapeLineStart(line) : line)).join('  \n');
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
  let number = Number.isFinite(start) ? start : 1;
  const items: string[] = [];
  let loose = false;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== ELEMENT && !(child.textContent ?? '').trim()) continue;
    const blocks = child.nodeType === ELEMENT ? blockChildren(child, depth + 1) : [paragraph(inline(child, depth))];
    if (blocks.length === 0) continue;
    const hasParagraphs = Array.from(child.childNodes).some((c) => tagOf(c) === 'p');
    if (hasParagraphs && blocks.length > 1) loose = true;
    const marker = ordered ? `${number++}. ` : '- ';
    items.push(indent(blocks.join(hasParagraphs ? '\n\n' : '\n'), ' '.repeat(marker.length), marker));
  }
  return items.join(loose ? '\n\n' : '\n');
}

/**
 * A fenced code block. No info string: the sanitizer strips class attributes (src/core/sanitize.ts), so
 * a "language-js" class never reaches this point, and guessing a language would be worse than none.
 */
function codeBlock(node: Node): string {
  const text = (node.textContent ?? '').replace(/\n$/, '');
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}

function rowsOf(table: Node): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.childNodes)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child as Element);
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const row of Array.from(child.childNodes)) if (tagOf(row) === 'tr') rows.push(row as Element);
    }
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.childNodes).filter((c): c is Element => tagOf(c) === 'td' || tagOf(c) === 'th');
}

function spanOf(cell: Element, name: string): number {
  return Number.parseInt(cell.getAttribute(name) ?? '', 10) || 1;
}

const COMPLEX_CELL = 'table, p, ul, ol, pre, blockquote, h1, h2, h3, h4, h5, h6, div, figure, hr';

/** A GFM table when the table is a plain grid of short cells; null when it is a layout or complex table. */
function gridTable(table: Node, depth: number): string | null {
  const rows = rowsOf(table).map(cellsOf).filter((cells) => cells.length > 0);
  const columns = Math.max(0, ...rows.map((cells) => cells.length));
  if (rows.length === 0 || columns < 2) return null;
  for (const cells of rows) {
    for (const cell of cells) {
      const span = spanOf(cell, 'colspan') * spanOf(cell, 'rowspan');
      if (span !== 1 || cell.querySelector(COMPLEX_CELL)) return null;
    }
  }
  const lines = rows.map((cells) => {
    const texts = cells.map((cell) => paragraph(inlineChildren(cell, depth + 1)).replace(/ {2}\n/g, ' ').replace(/\|/g, '\\|'));
    while (texts.length < columns) texts.push('');
    return `| ${texts.join(' | ')} |`;
  });
  lines.splice(1, 0, `|${' --- |'.repeat(columns)}`);
  return lines.join('\n');
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
    const text = paragraph(inlineChildren(node, depth)).replace(/ {2}\n/g, ' ').replace(/^\*\*([^*]+)\*\*$/, '$1');
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
      return (node.textContent ?? '').trim() ? [codeBlock(node)] : [];
    case 'hr':
      return ['---'];
    case 'table': {
      const grid = gridTable(node, depth);
      return grid ? [grid] : blockChildren(node, depth);
    }
    case 'figcaption': case 'caption': {
      const text = paragraph(inlineChildren(node, depth)).replace(/ {2}\n/g, ' ');
      return text ? [wrap(text, '*')] : [];
    }
    case 'dt': {
      const text = paragraph(inlineChildren(node, depth));
      return text ? [wrap(text, '**')] : [];
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
