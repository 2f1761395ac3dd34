// Plain text of an article body, one block per line (paragraphs, headings, list items, table rows,
// pre blocks), and the word count / reading time derived from it. Blocks are never glued together:
// every benchmark counts "end.Next" as one wrong token.
import { CJK } from './scripts';

/** Elements that stand on lines of their own in rendered text (innerText starts a new line at them). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/**
 * Something a reader can see: a character that is neither white space nor a zero-width one (zero-width
 * space, non-joiner, joiner, word joiner, byte-order mark). A page builder's spacer paragraph
 * (`<p>&zwj;</p>`, Webflow's) holds only those: an empty line to a reader, not text.
 */
export const VISIBLE_CHAR = /[^\s\u200b-\u200d\u2060\ufeff]/;

/**
 * Soft hyphens (`&shy;`): a browser shows them only where it breaks a line, but in plain text they stay
 * inside the words ("Mit\u00adtel\u00adal\u00adter"), so search, copy and word counts see broken words.
 */
export const SOFT_HYPHENS = /\u00ad/g;

/**
 * Lower-cased text with the Turkish capital İ folded back to a plain i: JavaScript lower-cases "İ" to
 * "i" and a combining dot above (U+0307), so "İLGİLİ HABERLER" would never equal "ilgili haberler".
 */
export function foldDottedI(lower: string): string {
  return lower.includes('\u0307') ? lower.replace(/i\u0307/g, 'i') : lower;
}

interface Frame {
  node: Node;
  exit: boolean;
}

/** The text of root with one block per line, whitespace collapsed inside lines, empty lines dropped. */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\f\v\u00a0\u200b]+/g, ' ').trim();
    if (VISIBLE_CHAR.test(line)) lines.push(line);
    current = '';
  };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const frame = stack.pop();
    if (!frame) break;
    const { node, exit } = frame;
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ').replace(SOFT_HYPHENS, '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName;
    if (exit) {
      if (BLOCK_TAGS.has(tag)) flush();
      else if (CELL_TAGS.has(tag)) current += ' ';
      continue;
    }
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (tag === 'PRE') {
      flush();
      for (const line of (node.textContent ?? '').replace(SOFT_HYPHENS, '').split('\n')) {
        const trimmed = line.replace(/\s+$/, '');
        if (trimmed.trim()) lines.push(trimmed);
      }
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return lines.join('\n');
}

// Combining marks belong to their word: Devanagari's and Thai's vowel signs, Arabic's and Hebrew's points.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu;

/** Words in a text, counting each CJK character as one word. */
export function countWords(text: string): { words: number; cjk: number } {
  const cjk = (text.match(CJK) ?? []).length;
  const rest = text.replace(CJK, ' ');
  const words = (rest.match(WORD) ?? []).length;
  return { words, cjk };
}

/** Reading time in whole minutes (at least 1): CJK at ~400 characters/min, other text at ~230 words/min. */
export function readingMinutes(text: string): number {
  const { words, cjk } = countWords(text);
  return Math.max(1, Math.round(cjk / 400 + words / 230));
}

/**
 * Separators, and pictographs and arrows set before a label ("📌 LEIA TAMBÉM:", "➡️ Siga …", a way back's
 * "← All posts"), at a label's start; not ©, ® or ™, which are pictographs to Unicode and open a rights
 * line ("© 2025 …").
 */
export const LEADING_MARKS = /^(?:[\s•·|:：–—\-\u{FE0F}\u{200D}➡►▶▸→»←‹⟵◀◂]|(?![©®™])\p{Extended_Pictographic})+/u;

/**
 * A label set in brackets, as East Asian pages print their labels ("【関連記事】", "【广告】", "［PR］") and
 * others their ad marks ("[Advertisement]"): the words inside, for a label's comparison.
 */
export function unbracket(label: string): string {
  const inner = /^[【「［\[〔〈《（(]\s*([^【】「」［］[\]〔〕〈〉《》（）()]{2,60}?)\s*[】」］\]〕〉》）)]$/u.exec(label);
  // Words, not a number or a time: a transcript's "[00:12:41]" stays as it is.
  return inner && /\p{L}/u.test(inner[1] as string) ? (inner[1] as string) : label;
}
