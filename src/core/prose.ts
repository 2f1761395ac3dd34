// Whether an extracted body reads as an article: paragraphs of full sentences, not a column of teaser
// headlines, menu entries, prices or form labels. The detector judges the live page before anything is
// extracted; this judges what extraction found, so a click on a page the detector missed (a short
// brief, an aggregator's copy of a story) can still show the story, while a home page, search results
// or a sign-in page keep their "not an article" answer. It also tells whether our own container pick
// adds story text to Readability's result or only a teaser rail (src/core/extract.ts).

/** A three-paragraph brief holds about 400 characters of prose. */
const MIN_PROSE_CHARS = 250;
const MIN_PROSE_SHARE = 0.5;
const MAX_LINK_SHARE = 0.35;

/** Tags whose own text forms one line of the clean view (as in text.ts's blockText). */
const BLOCKS = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'DD', 'DT', 'FIGCAPTION', 'PRE', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'MAIN',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS', 'CAPTION', 'SUMMARY', 'BODY', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE',
  'TABLE', 'TR', 'UL', 'OL', 'DL',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'TH', 'CAPTION', 'SUMMARY']);
/** Scripts that write words without spaces: a sentence there is shorter in characters. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g;
/** A sentence ends inside the line (". Next") or at its end, in the scripts we meet. */
const SENTENCE_END = /[.!?…。！？؟।][\s"'”’»)\]]*(?:\s|$)|[。！？]/;

/** What a clean body holds, measured per line (a block's own text). */
export interface ProseMeasure {
  /** Lines that are prose: long enough, ending a sentence, not mostly link text, not headings. */
  paragraphs: number;
  /** Characters in those lines. */
  proseChars: number;
  /** Characters in all lines. */
  totalChars: number;
  /** Characters inside links, in all lines. */
  linkChars: number;
}

interface Line {
  chars: number;
  linkChars: number;
  text: string;
  heading: boolean;
}

/** Measures the prose of a clean article body (read-only, one walk). */
export function measureProse(body: Element): ProseMeasure {
  const measure: ProseMeasure = { paragraphs: 0, proseChars: 0, totalChars: 0, linkChars: 0 };
  const finish = (line: Line): void => {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const chars = text.length;
    measure.totalChars += chars;
    measure.linkChars += Math.min(chars, line.linkChars);
    if (!line.heading && isProseLine(text, line.linkChars)) {
      measure.paragraphs++;
      measure.proseChars += chars;
    }
  };
  const visit = (element: Element, line: Line, inLink: boolean): void => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        line.text += value;
        if (inLink) line.linkChars += value.replace(/\s+/g, ' ').trim().length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (BLOCKS.has(tag)) {
          const inner: Line = { chars: 0, linkChars: 0, text: '', heading: HEADINGS.has(tag) };
          // The text before the block and after it are lines of their own, as blockText shows them.
          finish(line);
          line.text = '';
          line.linkChars = 0;
          visit(el, inner, inLink);
          finish(inner);
        } else if (tag === 'BR') {
          finish(line);
          line.text = '';
          line.linkChars = 0;
        } else {
          visit(el, line, inLink || tag === 'A');
        }
      }
    }
  };
  const top: Line = { chars: 0, linkChars: 0, text: '', heading: false };
  visit(body, top, false);
  finish(top);
  return measure;
}

function isProseLine(text: string, linkChars: number): boolean {
  const dense = (text.match(DENSE_SCRIPT) ?? []).length;
  const minChars = dense > text.length / 3 ? 30 : 70;
  if (text.length < minChars) return false;
  if (linkChars > text.length / 2) return false;
  return SENTENCE_END.test(text);
}

/**
 * True when the body reads as an article: at least two prose paragraphs, or one long one, adding up
 * to a short news brief, and prose is most of the text (a teaser list's summaries are prose too, but
 * they share the page with as much headline and link text).
 */
export function holdsProse(m: ProseMeasure): boolean {
  if (m.totalChars === 0) return false;
  const enough = (m.paragraphs >= 2 && m.proseChars >= MIN_PROSE_CHARS) || m.proseChars >= MIN_PROSE_CHARS * 2;
  return enough && m.proseChars >= m.totalChars * MIN_PROSE_SHARE && m.linkChars <= m.totalChars * MAX_LINK_SHARE;
}
