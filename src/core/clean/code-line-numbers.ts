// The line numbers a code highlighter prints beside a code block (Pygments' and Hugo's tables: a
// `<pre>` of "1 2 3 … 7", one number a line, in the cell before the code's `<pre>`). Browsers show
// them as a gutter; in the reader, in text and in Markdown they became a code block of their own,
// numbers only, above the code (fixture code-line-numbers). What makes one is its text and its
// neighbour: consecutive whole numbers, one a line, and right after it a code block of as many lines.
// A `<pre>` of figures that numbers no code (a column of results) stays.
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { walkElements } from './walk';
import { childrenOf } from '../tag-lists';

/** A gutter numbers at least this many lines. */
const MIN_LINES = 2;

/** The lines of a <pre>'s text, without the empty ones at its end. */
function linesOf(pre: Element): string[] {
  const lines = (pre.textContent ?? '').split('\n');
  while (lines.length && !(lines[lines.length - 1] ?? '').trim()) lines.pop();
  return lines;
}

/** How many lines a gutter numbers: its lines are consecutive whole numbers; 0 when it is not one. */
function gutterLines(pre: Element): number {
  const lines = linesOf(pre);
  if (lines.length < MIN_LINES) return 0;
  const first = Number(lines[0]?.trim());
  if (!/^\d+$/.test(lines[0]?.trim() ?? '')) return 0;
  for (let i = 1; i < lines.length; i++) if ((lines[i] ?? '').trim() !== String(first + i)) return 0;
  return lines.length;
}

/** The article's code blocks (its outermost `<pre>`s), in document order. */
export function codeBlocksIn(article: Element): Element[] {
  const pres: Element[] = [];
  walkElements(article, (element) => {
    if (element.localName !== 'pre') return undefined;
    pres.push(element);
    return 'skip';
  });
  return pres;
}

/** How many lines a list of numbers numbers: its items are consecutive whole numbers; 0 when it is not one. */
function listLines(list: Element): number {
  const items = childrenOf(list);
  if (items.length < MIN_LINES) return 0;
  const first = Number((items[0]?.textContent ?? '').trim());
  if (!/^\d+$/.test((items[0]?.textContent ?? '').trim())) return 0;
  return items.every((item, i) => (item.textContent ?? '').trim() === String(first + i)) ? items.length : 0;
}

/**
 * The gutter a code block holds inside it, after or before its <code>: a list of the line numbers
 * ("<pre><code>…</code><ul class="pre-numbering"><li>1</li>…</ul></pre>", a Chinese blog platform's),
 * as many as the code's lines. Null when it holds none.
 */
function innerGutter(pre: Element): Element | null {
  const code = childrenOf(pre).find((child) => child.localName === 'code');
  if (!code) return null;
  for (const child of childrenOf(pre)) {
    if (child.localName !== 'ul' && child.localName !== 'ol') continue;
    const lines = listLines(child);
    // As many as the code's lines, or one more: a script that counts the lines of "…\n" counts an empty last one.
    const codeLines = linesOf(code).length;
    if (lines > 0 && (lines === codeLines || lines === codeLines + 1)) return child;
  }
  return null;
}

/** Removes the line-number gutters of the article's code blocks, in place; returns what went. */
export function removeCodeLineNumbers(article: Element): Removal[] {
  const pres = codeBlocksIn(article);
  const removed: Removal[] = [];
  for (const pre of pres) {
    const gutter = innerGutter(pre);
    if (!gutter) continue;
    removed.push(recordRemoval(gutter, STEP_RULES.codeLineNumbers, STEP_RULES.codeLineNumbers.match));
    gutter.remove();
  }
  for (let i = 0; i + 1 < pres.length; i++) {
    const gutter = pres[i];
    const code = pres[i + 1];
    if (!gutter || !code) continue;
    const lines = gutterLines(gutter);
    if (lines === 0 || linesOf(code).length !== lines || gutterLines(code) > 0) continue;
    // Next to each other: nothing but markup between the gutter and its code (their cells, their boxes).
    const range = article.ownerDocument.createRange();
    range.setStartAfter(gutter);
    range.setEndBefore(code);
    if ((range.toString() ?? '').trim()) continue;
    removed.push(recordRemoval(gutter, STEP_RULES.codeLineNumbers, STEP_RULES.codeLineNumbers.match));
    gutter.remove();
  }
  return removed;
}
