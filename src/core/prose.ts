// Whether an extracted body reads as an article: paragraphs of full sentences, not a column of teaser
// headlines, menu entries, prices or form labels. The detector judges the live page before anything is
// extracted; this judges what extraction found, so a click on a page the detector missed (a short
// brief, an aggregator's copy of a story) can still show the story, while a home page, search results
// or a sign-in page keep their "not an article" answer. It also tells whether our own container pick
// adds story text to Readability's result or only a teaser rail (src/core/extract.ts).
import { HAN_KANA, THAI_LAO } from './scripts';

/** Where holdsProse draws its lines (src/bench/click-calibration.ts checks them on the dev sets). */
export interface ProseThresholds {
  /** Prose characters of two or more paragraphs. */
  minProseChars: number;
  /** Prose characters of one paragraph standing alone (a one-paragraph agency brief). */
  minSingleChars: number;
  /** The least share of all the body's characters that must be prose. */
  minProseShare: number;
  /** The most share of the body's characters that may be link text. */
  maxLinkShare: number;
}

/** A three-paragraph brief holds about 400 characters of prose. */
// Share and links: the domain-grouped CV of `npm run bench-click` (0.6 and 0.25 keep back more listings
// on every held-out fold, and show as many articles). The character minimums tie on both dev sets; 400
// lets a one-paragraph agency brief through (fixture story-in-header).
export const PROSE_THRESHOLDS: Readonly<ProseThresholds> = {
  minProseChars: 250,
  minSingleChars: 400,
  minProseShare: 0.6,
  maxLinkShare: 0.25,
};

/** Tags whose own text forms one line of the clean view (as in text.ts's blockText). */
export const BLOCKS = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'DD', 'DT', 'FIGCAPTION', 'PRE', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'MAIN',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS', 'CAPTION', 'SUMMARY', 'BODY', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE',
  'TABLE', 'TR', 'UL', 'OL', 'DL',
]);
/** Block tags whose line is a heading, never prose. */
export const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'TH', 'CAPTION', 'SUMMARY']);
/** Scripts that write words without spaces: a sentence there is shorter in characters. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g;
/** Chinese characters and Japanese kana: a word of running text is one or two of them. */
const IDEOGRAPHIC = HAN_KANA;
/**
 * What one Chinese character or kana weighs in the prose measure, in characters of a spaced script: a
 * word there is about six characters with its space, one or two here (text.ts reads 400 of them in
 * the time of 230 words). Counted raw, a Japanese story of one-sentence paragraphs of 12 to 56
 * characters held too little prose to read as an article (fixture japanese-short-paragraphs).
 */
const IDEOGRAPHIC_WEIGHT = 3;
/** A line of prose holds at least this many characters of a spaced script, or their weight. */
const MIN_PROSE_LINE = 70;
/**
 * A whole sentence in Chinese or Japanese: a line that ends at a full-width sentence end (a closing
 * quote or bracket may follow) and holds at least MIN_IDEOGRAPHIC_SENTENCE Chinese characters or kana
 * (five words or more) is prose however short it is in characters. Chinese news is often told in
 * one-sentence paragraphs of 12 to 25 characters, under MIN_PROSE_LINE even weighted (fixture
 * chinese-short-paragraphs: twelve of them, none counted); a headline, menu entry or label ends in no
 * such stop, and the share and link tests of holdsProse still hold back a list of summaries.
 */
const MIN_IDEOGRAPHIC_SENTENCE = 10;
const IDEOGRAPHIC_SENTENCE_END = /[。！？][」』”’）〉》)\]]*$/;
/** Hangul and Thai lines (their own spacing) need this many characters. */
const MIN_DENSE_LINE = 30;

/** The length of a text as the prose measure counts it: Chinese characters and kana weigh IDEOGRAPHIC_WEIGHT. */
function proseLength(text: string): number {
  return text.length + (IDEOGRAPHIC_WEIGHT - 1) * ideographs(text);
}

function ideographs(text: string): number {
  return (text.match(IDEOGRAPHIC) ?? []).length;
}
/**
 * A sentence ends inside the line (". Next") or at its end, in the scripts we meet: Myanmar's ။, Khmer's
 * ។, Urdu's ۔ (fixture urdu-read-more: no line of its story counted as prose), Armenian's ։, Ethiopic's
 * ።, Tibetan's ། and the Devanagari double danda too.
 */
const SENTENCE_END = /[.!?…。！？؟।॥။។۔։።།][\s"'”’»)\]]*(?:\s|$)|[。！？]/;
/**
 * Thai and Lao end a sentence with a space, not a mark: a line mostly in them is prose when it is long
 * and parted by spaces into three runs or more (a headline is shorter, a menu entry one run).
 */
const MIN_UNMARKED_LINE = 100;

/** What a clean body holds, measured per line (a block's own text). */
export interface ProseMeasure {
  /** Lines that are prose: long enough, ending a sentence, not mostly link text, not headings. */
  paragraphs: number;
  /** Characters in those lines (proseLength: Chinese and Japanese weighted). */
  proseChars: number;
  /** Characters in all lines (weighted alike). */
  totalChars: number;
  /** Characters inside links, in all lines (weighted alike). */
  linkChars: number;
  /**
   * Characters of code blocks (`<pre>` lines that are not prose) standing after a prose line and
   * before a later one: the examples of a technical post, explained by the paragraphs around them.
   */
  codeChars: number;
}

interface Line {
  chars: number;
  /** Characters inside links, as written (isProseLine compares them with the line's own). */
  linkChars: number;
  /** The same, weighted as proseLength weighs them (for the measure's link share). */
  linkWeight: number;
  text: string;
  heading: boolean;
  /** A `<pre>` block's line: code, unless it reads as prose. */
  code: boolean;
}

/** Measures the prose of a clean article body (read-only, one walk). */
export function measureProse(body: Element): ProseMeasure {
  const measure: ProseMeasure = { paragraphs: 0, proseChars: 0, totalChars: 0, linkChars: 0, codeChars: 0 };
  // Code seen since the last prose line, after a first one: it counts once prose follows it.
  let seenProse = false;
  let pendingCode = 0;
  const finish = (line: Line): void => {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const chars = proseLength(text);
    measure.totalChars += chars;
    measure.linkChars += Math.min(chars, line.linkWeight);
    if (!line.heading && isProseLine(text, line.linkChars)) {
      measure.paragraphs++;
      measure.proseChars += chars;
      measure.codeChars += pendingCode;
      pendingCode = 0;
      seenProse = true;
    } else if (line.code && seenProse) {
      pendingCode += chars;
    }
  };
  const visit = (element: Element, line: Line, inLink: boolean): void => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        line.text += value;
        if (inLink) {
          const words = value.replace(/\s+/g, ' ').trim();
          line.linkChars += words.length;
          line.linkWeight += proseLength(words);
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (BLOCKS.has(tag)) {
          const inner: Line = { chars: 0, linkChars: 0, linkWeight: 0, text: '', heading: HEADINGS.has(tag), code: tag === 'PRE' };
          // The text before the block and after it are lines of their own, as blockText shows them.
          finish(line);
          line.text = '';
          line.linkChars = 0;
          line.linkWeight = 0;
          visit(el, inner, inLink);
          finish(inner);
        } else if (tag === 'BR') {
          finish(line);
          line.text = '';
          line.linkChars = 0;
          line.linkWeight = 0;
        } else {
          visit(el, line, inLink || tag === 'A');
        }
      }
    }
  };
  const top: Line = { chars: 0, linkChars: 0, linkWeight: 0, text: '', heading: false, code: false };
  visit(body, top, false);
  finish(top);
  return measure;
}

/** Whether one line (whitespace collapsed) is prose: long enough for its script, a sentence end, not mostly link text. */
export function isProseLine(text: string, linkChars: number): boolean {
  // Hangul and Thai keep their own minimum; Chinese and Japanese are weighed (IDEOGRAPHIC_WEIGHT).
  const hangulOrThai = (text.match(DENSE_SCRIPT) ?? []).length - ideographs(text);
  const long = hangulOrThai > text.length / 3 ? text.length >= MIN_DENSE_LINE : proseLength(text) >= MIN_PROSE_LINE || isIdeographicSentence(text);
  if (!long) return false;
  if (linkChars > text.length / 2) return false;
  if (SENTENCE_END.test(text)) return true;
  return text.length >= MIN_UNMARKED_LINE && (text.match(THAI_LAO) ?? []).length > text.length / 3 && text.split(' ').length >= 3;
}

/** A line that is one whole Chinese or Japanese sentence of MIN_IDEOGRAPHIC_SENTENCE characters or more. */
function isIdeographicSentence(text: string): boolean {
  return IDEOGRAPHIC_SENTENCE_END.test(text) && ideographs(text) >= MIN_IDEOGRAPHIC_SENTENCE;
}

/**
 * True when the body reads as an article: at least two prose paragraphs, or one long one, adding up
 * to a short news brief, and prose is most of the text (a teaser list's summaries are prose too, but
 * they share the page with as much headline and link text). Code between prose paragraphs is left
 * out of the share, up to as much code as there is prose (codeChars).
 */
export function holdsProse(m: ProseMeasure, t: Readonly<ProseThresholds> = PROSE_THRESHOLDS): boolean {
  if (m.totalChars === 0) return false;
  const enough = m.proseChars >= (m.paragraphs >= 2 ? Math.min(t.minProseChars, t.minSingleChars) : t.minSingleChars);
  // A short technical post explains its code between paragraphs: counted in full, its prose was 50 % of
  // the text (fixture short-code-post). Bounded by the prose itself, so code with a sentence or two
  // around it (a reference page, an API listing) still falls short; rows of an older bench run lack it.
  const explained = Math.min(m.codeChars ?? 0, m.proseChars);
  return enough && m.proseChars >= (m.totalChars - explained) * t.minProseShare && m.linkChars <= m.totalChars * t.maxLinkShare;
}
