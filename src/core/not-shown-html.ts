// The HTML a not-shown block is restored with: the page's own markup of the block (or, for a line of
// a block that holds more, that line's nodes in a <p>), read from the live page without changing it,
// sanitized by the article's own DOMPurify configuration (sanitize.ts), lazy images made real and
// links absolute, as in the article. Bounded: a block over the size cap is restored as its text.
import { sanitizeArticle } from './sanitize';
import { absolutizeUrls } from './clean/absolute-urls';
import { fixLazyImage } from './clean/lazy-images';
import { walkElements } from './clean/walk';

/** The most sanitized HTML one block may carry; above it the block comes back as plain text. */
export const MAX_BLOCK_HTML = 8 * 1024;

/** Markup for a block, or for some of a block's nodes wrapped in a <p> (null when there are none). */
function rawHtml(block: Element, nodes: readonly Node[] | null): string | null {
  if (!nodes) return block.outerHTML;
  if (nodes.length === 0) return null;
  let html = '';
  for (const node of nodes) {
    if (node.nodeType === 1) html += (node as Element).outerHTML;
    else if (node.nodeType === 3) html += escapeText(node.nodeValue ?? '');
  }
  return `<p>${html}</p>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A <p> holding only the text, built through the DOM (no markup of the page in it). */
function textParagraph(text: string, win: Window & typeof globalThis): string {
  const p = win.document.createElement('p');
  p.textContent = text;
  return p.outerHTML;
}

/**
 * The sanitized HTML of a not-shown block: `nodes` null for the whole block, else the line's nodes.
 * Falls back to the plain text when the markup is too large or sanitizes away.
 */
export function notShownHtml(block: Element, nodes: readonly Node[] | null, text: string, base: string, win: Window & typeof globalThis): string {
  const raw = rawHtml(block, nodes);
  if (raw === null || raw.length > 4 * MAX_BLOCK_HTML) return textParagraph(text, win);
  // A document of our own without a browsing context: nothing in it loads or runs. Lazy images are
  // made real there, before the sanitizer drops their data-* attributes.
  const inert = win.document.implementation.createHTMLDocument('');
  inert.body.innerHTML = raw;
  walkElements(inert.body, (element) => {
    if (element.localName === 'img' || element.localName === 'source') fixLazyImage(element);
  });
  const { body } = sanitizeArticle(inert.body, win);
  absolutizeUrls(body, base);
  const html = body.innerHTML.trim();
  if (!html || html.length > MAX_BLOCK_HTML || !collapse(body.textContent ?? '')) return textParagraph(text, win);
  return html;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
