// Reads our Markdown back with a real Markdown parser (markdown-it: CommonMark plus GFM tables and
// strikethrough, raw HTML off, as GitHub-like renderers read it) and gives its text as the product
// would show it, so a test can compare it with the article's own text.
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { blockText } from '../../src/core/text';

const parser = new MarkdownIt();

/** Whitespace runs as one space, trimmed: line and block breaks are not what is compared. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An HTML fragment as a detached element of a fresh jsdom document. */
function fragment(html: string): Element {
  const element = JSDOM.fragment(`<div>${html}</div>`).firstElementChild;
  if (!element) throw new Error('empty fragment');
  return element;
}

/** The text that markdown-it's HTML for `markdown` shows, one block per line, normalised. */
export function renderedText(markdown: string): string {
  return normalise(blockText(fragment(parser.render(markdown))));
}

/**
 * The text of an article body as the Markdown must carry it: <q> as the quotation marks a browser
 * draws around it (the Markdown writes them out), and no fallback text of media it cannot hold.
 */
export function expectedText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const q of Array.from(copy.querySelectorAll('q'))) q.replaceWith(`“${q.textContent ?? ''}”`);
  for (const media of Array.from(copy.querySelectorAll('video, audio, canvas, object, embed, iframe'))) media.remove();
  return normalise(blockText(copy));
}

export { fragment };
