// Marks the sentence being read. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+) the
// page's DOM is not touched: a Range is registered under HIGHLIGHT_NAME and article.css styles
// ::highlight(tr-read-aloud). Elsewhere each text piece is split in place and its middle wrapped in a
// <mark> made with createElement and filled as textContent; clearing puts the text node back exactly as
// it was (the same node object, so the other sentences' positions stay valid).
import type { Sentence } from './sentences';

export const HIGHLIGHT_NAME = 'tr-read-aloud';
export const MARK_CLASS = 'tr-read-aloud-mark';

/** The parts of the Highlight API used here (CSS.highlights and the Highlight constructor). */
export interface HighlightApi {
  registry: { set(name: string, highlight: Highlight): unknown; delete(name: string): unknown };
  create(range: Range): Highlight;
}

export interface Painter {
  /** Marks the sentence (null: none) and returns its box on screen, if the browser lays out. */
  paint(sentence: Sentence | null): DOMRect | null;
  /** True when painting changes the DOM (the <mark> fallback). */
  readonly mutates: boolean;
}

/** The window's Highlight API, or null where it has none. */
export function highlightApiOf(win: Window & typeof globalThis): HighlightApi | null {
  const css = 'CSS' in win ? win.CSS : undefined;
  const registry = css !== undefined && 'highlights' in css ? css.highlights : undefined;
  const Ctor = 'Highlight' in win ? win.Highlight : undefined;
  if (registry === undefined || Ctor === undefined) return null;
  return { registry, create: (range) => new Ctor(range) };
}

function rangeOf(doc: Document, sentence: Sentence): Range | null {
  const first = sentence.pieces[0];
  const last = sentence.pieces[sentence.pieces.length - 1];
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

function boxOf(target: Range | Element): DOMRect | null {
  return typeof target.getBoundingClientRect === 'function' ? target.getBoundingClientRect() : null;
}

function apiPainter(doc: Document, api: HighlightApi): Painter {
  return {
    mutates: false,
    paint(sentence) {
      const range = sentence ? rangeOf(doc, sentence) : null;
      if (!range) {
        api.registry.delete(HIGHLIGHT_NAME);
        return null;
      }
      api.registry.set(HIGHLIGHT_NAME, api.create(range));
      return boxOf(range);
    },
  };
}

interface Wrapped {
  node: Text;
  original: string;
  added: Node[];
}

function markPainter(doc: Document): Painter {
  let wrapped: Wrapped[] = [];

  function clear(): void {
    for (const { node, original, added } of wrapped) {
      for (const extra of added) extra.parentNode?.removeChild(extra);
      node.data = original;
    }
    wrapped = [];
  }

  return {
    mutates: true,
    paint(sentence) {
      clear();
      if (!sentence || !sentence.pieces.every((piece) => piece.node.isConnected && piece.node.parentNode)) return null;
      let firstMark: HTMLElement | null = null;
      for (const { node, start, end } of sentence.pieces) {
        const original = node.data;
        const mark = doc.createElement('mark');
        mark.className = MARK_CLASS;
        mark.textContent = original.slice(start, end);
        const tail = doc.createTextNode(original.slice(end));
        node.data = original.slice(0, start);
        node.after(mark, tail);
        wrapped.push({ node, original, added: [mark, tail] });
        firstMark ??= mark;
      }
      return firstMark ? boxOf(firstMark) : null;
    },
  };
}

/** The Highlight API painter where the browser has it, else the <mark> one. */
export function createPainter(doc: Document, api: HighlightApi | null): Painter {
  return api ? apiPainter(doc, api) : markPainter(doc);
}
