// One cheap pass over a page's markup before jsdom sees it (about 20 ms a megabyte, no DOM):
//   - counts its elements, so an oversized page is refused in milliseconds instead of after seconds
//     of parsing and gigabytes of DOM (a 24 MB page of 300,000 paragraphs took 22 s and 1.5 GB only
//     to be refused);
//   - caps the depth of the tree at 512 levels, as Chromium's tree builder does
//     (kMaximumHTMLParserDOMTreeDepth), so that 20,000 nested <div>s (a 220 KB page) give their
//     article instead of tying jsdom up for 50 s and then overflowing its stack.
// Past the cap, Chromium attaches deeper elements to the element at the cap. Here, with the same
// effect on the text and at a fraction of the cost (jsdom and Readability pay per element), the
// blocks of text and the links (p, h1–h6, pre, blockquote, a) become siblings: the open element at
// the cap is closed just before them; every other tag (div, span, li, table…) is dropped and its
// content kept in place. No text is lost.
// And a page is refused when it has more text than MAX_TEXT_CHARS (30 MB of text in one paragraph
// took 32 s and 2.5 GB). Two bounds that no browser needs but jsdom does: a tag keeps its first
// MAX_ATTRIBUTES attributes (./markup-tags.ts), and comments past MAX_COMMENTS are dropped (jsdom
// removes comments one by one in quadratic time: 10,000 of them inside an article took 4 s of
// DOMPurify; comments are never shown, and the 1,800 dev-set pages have at most 4,683, p99 1,146).
import { KEPT_PAST_CAP, RAW_TEXT } from './element-kinds';
import { MAX_ATTRIBUTES, scanTags } from './markup-tags';
import { endTag, OpenElements, startTag } from './open-elements';

/** Chromium's cap on the depth of the tree its HTML parser builds. */
export const MAX_TREE_DEPTH = 512;
/** Comments kept per page. */
export const MAX_COMMENTS = 2_000;
/**
 * The most text (characters between tags, script and style aside) a page may have: five times the
 * largest of the 1,800 dev-set pages (411,000), a 2 MB page of text takes about 3 s of CPU.
 */
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;

/** What the pass changed: elements moved or unwrapped past the depth cap, attributes and comments dropped. */
export interface PrescanChanges {
  flattened: number;
  attributes: number;
  comments: number;
}

export type Prescan =
  | { ok: true; html: string; elements: number; depth: number; changes: PrescanChanges }
  | { ok: false; reason: 'too-large'; message: string };

export interface PrescanOptions {
  /** Refuse the page past this many elements (default: no limit). */
  maxElements?: number;
  /** The deepest tree the output may build (default MAX_TREE_DEPTH). */
  maxDepth?: number;
}

/**
 * Counts a page's elements and rewrites its markup so that no element is nested deeper than
 * `maxDepth`; the same string comes back when nothing is that deep.
 */
export function prescanPage(html: string, options: PrescanOptions = {}): Prescan {
  const maxElements = options.maxElements ?? Infinity;
  const maxDepth = options.maxDepth ?? MAX_TREE_DEPTH;
  const stack = new OpenElements();
  /** The output, when it differs from the input: kept slices and inserted end tags. */
  const parts: string[] = [];
  let copiedTo = 0;
  let changed = false;
  const replace = (from: number, to: number, text: string): void => {
    if (from > copiedTo) parts.push(html.slice(copiedTo, from));
    if (text) parts.push(text);
    copiedTo = to;
    changed = true;
  };
  let elements = 0;
  let comments = 0;
  let text = 0;
  let textFrom = 0;
  let inRawText = false;
  let deepest = 0;
  const changes: PrescanChanges = { flattened: 0, attributes: 0, comments: 0 };

  scanTags(html, (tag) => {
    if (!inRawText) text += tag.from - textFrom;
    textFrom = tag.to;
    inRawText = tag.kind === 'start' && RAW_TEXT.has(tag.name);
    if (text > MAX_TEXT_CHARS) return false;
    if (tag.kind === 'comment') {
      comments++;
      if (comments > MAX_COMMENTS) {
        changes.comments++;
        replace(tag.from, tag.to, '');
      }
      return true;
    }
    if (tag.kind === 'end') {
      const index = endTag(stack, tag.name);
      if (index === -1) return true;
      const matched = stack.entry(index);
      const popped = stack.popThrough(index);
      if (matched?.state === 'open') return true;
      // Its own end tag was written early or never: write those of the elements still open above it
      // (a parser would close them on this end tag), and drop the tag itself.
      const closing = popped.filter((entry) => entry !== matched && entry.state === 'open').map((entry) => `</${entry.name}>`);
      replace(tag.from, tag.to, closing.join(''));
      return true;
    }
    const { opens, foreign, implied } = startTag(stack, tag.name, tag.selfClosing);
    if (opens && stack.openDepth + implied.length >= maxDepth) {
      changes.flattened++;
      if (!KEPT_PAST_CAP.has(tag.name) || foreign) {
        stack.push(tag.name, 'dropped', false);
        replace(tag.from, tag.to, '');
        return true;
      }
      const current = stack.entry(stack.topOpen());
      stack.closeTopOpen();
      replace(tag.from, tag.from, current ? `</${current.name}>` : '');
    }
    elements++;
    for (const parent of implied) stack.push(parent, 'open', false);
    if (opens) stack.push(tag.name, 'open', foreign);
    deepest = Math.max(deepest, stack.openDepth);
    if (tag.excessFrom !== -1) {
      // Keep the first MAX_ATTRIBUTES attributes and the tag's own end (">" or "/>").
      changes.attributes += tag.attributes - MAX_ATTRIBUTES;
      replace(tag.excessFrom, tag.selfClosing ? tag.to - 2 : tag.to - 1, '');
    }
    return elements <= maxElements;
  });

  if (elements > maxElements) {
    return { ok: false, reason: 'too-large', message: `more than ${maxElements} elements` };
  }
  if (!inRawText) text += html.length - textFrom;
  if (text > MAX_TEXT_CHARS) {
    return { ok: false, reason: 'too-large', message: `more than ${MAX_TEXT_CHARS / 1024 / 1024} MB of text` };
  }
  if (!changed) return { ok: true, html, elements, depth: deepest, changes };
  parts.push(html.slice(copiedTo));
  return { ok: true, html: parts.join(''), elements, depth: deepest, changes };
}
