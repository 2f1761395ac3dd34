// What the detector reads from the page (detect.ts): the scan's counts and a few bounded strings and
// numbers, and nothing else. The features are computed from these facts wherever the page is judged:
// in a browser that is the background, off the page's main thread. Code that runs in the page runs
// cold, in the content script's fresh isolated world, on every page load: moving the feature
// arithmetic, the JSON-LD parse and the regular expressions out of it saved about 0.5 ms of the
// page's main thread and 3.5 KB of script (issue 11; an earlier ablation had promised 1.3 ms; traced
// with ../shared/tools/perf-detector.mjs).
import type { PageScan } from './detect-scan.js';
import { CJK, HAN_KANA, HANGUL } from './scripts.js';

// Work bounds: the detector never reads more than this of a kind.
const MAX_METAS = 300;
/** A JSON-LD block longer than this is left out (unread). */
const MAX_JSONLD_CHARS = 300_000;
/** The <meta> keys whose content is read (lower case). */
const READ_CONTENT = ['og:type', 'og:url'];
/** How much of a button's text is read for a shop phrase. */
const MAX_BUTTON_CHARS = 80;
/** How much of each element's own text near the headline is read for a date or a byline. */
const MAX_NEARBY_CHARS = 160;

/** What a page shows around its headline, as text, read in the page (detect-headline.ts tests it). */
export interface HeadlineFacts {
  /** The own text of each element next to the headline that has any, cut at MAX_NEARBY_CHARS, as written. */
  nearby: string[];
  /** A byline element or a <time datetime> among those elements. */
  bylineNear: boolean;
  timeNear: boolean;
}

/** The page's facts: plain data, sent as it is from the page to the background. */
export interface PageFacts {
  /** The scan's counts by tag name, attribute-rule feature and kind (detect-scan.ts). */
  counts: Record<string, number>;
  /**
   * Per sampled paragraph that is not hidden: [length of its trimmed text (textWeight), the number of its parent
   * element] (paragraphs of one parent share it; -1: no parent).
   */
  paragraphs: [number, number][];
  /** Per sampled button: its text, else its value, cut at MAX_BUTTON_CHARS. */
  buttons: string[];
  /** The text of each sampled JSON-LD block of at most MAX_JSONLD_CHARS. */
  jsonLd: string[];
  /** schema.org type names of the microdata itemtypes. */
  itemTypes: string[];
  /**
   * Per <meta> (the first MAX_METAS): [its key (property, else name, else itemprop), its content or
   * null]; the content only for og:type and og:url, the only ones read (a description would only
   * fill the message).
   */
  metas: [string, string | null][];
  /** The first <link rel=canonical>'s href. */
  canonical: string | null;
  /** What stands next to the first <h1>; absent when the page has none. */
  headline?: HeadlineFacts;
}

/** An element's own text (its text children, not its descendants'), cut at MAX_NEARBY_CHARS. */
function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node && text.length < MAX_NEARBY_CHARS; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
  }
  return text.slice(0, MAX_NEARBY_CHARS);
}

/**
 * A paragraph's length in Latin letters' worth: a Chinese or Japanese character counts three, a Hangul
 * syllable two. A word of English takes about six characters with its space, a word of Chinese one or
 * two, a Korean word three syllables and a space: a story's 60-character Chinese paragraph is a
 * sentence or two, and measured in characters it read as a caption (fixtures chinese-short-paragraphs,
 * chinese-fullwidth-colon).
 */
export function textWeight(text: string): number {
  if (text.search(CJK) < 0) return text.length;
  return text.length + 2 * (text.match(HAN_KANA)?.length ?? 0) + (text.match(HANGUL)?.length ?? 0);
}

/** A sampled paragraph of fewer characters is not counted as running text (detect.ts). */
export const RUNNING_TEXT_MIN = 40;

/**
 * Whether a sampled paragraph may hold running text: not hidden. Paragraphs inside a list item count
 * too: a blog whose theme prints the post in an `<li class="post">` had no text at all (trafilatura
 * 0041), and a teaser list's blurbs, which that test was for, each sit under their own parent, which
 * paragraph-cluster and main-block-share already tell apart from a story's one block. Left out, they
 * cost the detector 2 pages of WCXB and 0.3 of trafilatura on average over ten fold seeds.
 */
function mayBeRunningText(p: Element): boolean {
  return !p.hasAttribute('hidden');
}

/** The text length of a sampled paragraph that counts as running text, else 0 (the bench's feature probe). */
export function runningTextLength(p: Element): number {
  if (!mayBeRunningText(p)) return 0;
  const length = textWeight((p.textContent ?? '').trim());
  return length < RUNNING_TEXT_MIN ? 0 : length;
}

function paragraphFacts(scan: PageScan): [number, number][] {
  const out: [number, number][] = [];
  const parents = new Map<Element, number>();
  for (const p of scan.paragraphs) {
    if (!mayBeRunningText(p)) continue;
    const parent = p.parentElement;
    let id = -1;
    if (parent) {
      id = parents.get(parent) ?? parents.size;
      parents.set(parent, id);
    }
    out.push([textWeight((p.textContent ?? '').trim()), id]);
  }
  return out;
}

function metaFacts(doc: Document): [string, string | null][] {
  const out: [string, string | null][] = [];
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < MAX_METAS; i++) {
    const meta = metas[i] as Element;
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '';
    const read = READ_CONTENT.includes(key.toLowerCase());
    out.push([key, read ? meta.getAttribute('content') : null]);
  }
  return out;
}

/** The facts of a scanned page (bounded, read-only). */
export function readFacts(doc: Document, scan: PageScan): PageFacts {
  const counts: Record<string, number> = {};
  for (const [key, n] of scan.counts) counts[key] = n;
  const facts: PageFacts = {
    counts,
    paragraphs: paragraphFacts(scan),
    buttons: scan.buttons.map((b) => (b.textContent || b.getAttribute('value') || '').slice(0, MAX_BUTTON_CHARS)),
    jsonLd: scan.jsonLd.map((script) => script.textContent ?? '').filter((text) => text.length <= MAX_JSONLD_CHARS),
    itemTypes: scan.itemTypes,
    metas: metaFacts(doc),
    canonical: scan.canonical,
  };
  if (scan.h1) {
    facts.headline = {
      nearby: scan.nearHeadline.map(ownText).filter((text) => text !== ''),
      bylineNear: scan.bylineNearHeadline,
      timeNear: scan.timeNearHeadline,
    };
  }
  return facts;
}
