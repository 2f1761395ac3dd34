// Where Readability's result sits inside our own container pick (fallback-container.ts), paragraph by
// paragraph: which of the pick's paragraphs Readability kept, and how much prose of the pick lies
// before its first kept paragraph, between kept ones, or after its last. Readability takes one
// candidate and its siblings; a story split into sibling sections (AsciiDoc's sect1 > sectionbody,
// a page builder's rows) then loses its opening sections or a middle one (WCXB 0389 kept only the
// closing thanks). Text missing after Readability's last paragraph is usually a comment thread or a
// teaser rail, and stays out. extract.ts's chooseBody reads this. Fixture sectioned-story.
//
// Readability rewrites the clone it parses, so the pick is read before it runs (snapshotPick): its
// paragraphs' text and its prose. Preparing the page a second time to read the pick after, on every
// page where the pick might be worth it, cost 10 % of the bench's total time.
import { measureProse } from '../prose';
import { byTag } from '../tag-lists';
import { sectionLayout } from './template-sections';
import type { Paragraph, SectionLayout } from './template-sections';
import { orderedSearch } from '../ordered-search';

/** A paragraph of fewer characters tells nothing about where the story is. */
export const MIN_PARAGRAPH = 40;
/** A paragraph is found in a text by its first this many characters. */
export const SAMPLE_CHARS = 80;
const PARAGRAPHS = ['p', 'li', 'td', 'pre'];

/** What the coverage needs of the pick, read before Readability runs. */
export interface PickSnapshot {
  /** The pick's whole text, whitespace collapsed: Readability's paragraphs are looked for in it. */
  text: string;
  /** The pick's substantial paragraphs' text, whitespace collapsed, in document order. */
  paragraphs: string[];
  /** Its prose characters (prose.ts measureProse). */
  prose: number;
  /** Its paragraphs' places in rows of sections built alike (template-sections.ts). */
  layout: SectionLayout;
}

export interface Coverage {
  /** The share of Readability's substantial paragraphs found in the pick (1 when it has none). */
  keptInPick: number;
  /** Characters of the pick's substantial paragraphs that Readability left out before its first kept one or between kept ones. */
  missedBeforeOrBetween: number;
}

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads the pick's paragraphs and prose (before Readability rewrites the document) as the fallback
 * would show it: without `leftOut` (fallback-container.ts containerChrome), which is taken out of the
 * tree for the reading and put back where it was.
 */
export function snapshotPick(pick: Element, leftOut: readonly Element[] = []): PickSnapshot {
  const places = leftOut.map((element) => ({ element, parent: element.parentNode, next: element.nextSibling }));
  for (const { element } of places) element.remove();
  try {
    const paragraphs: string[] = [];
    const elements: Paragraph[] = [];
    for (const p of byTag(pick, PARAGRAPHS)) {
      const text = flat(p.textContent);
      if (text.length < MIN_PARAGRAPH) continue;
      paragraphs.push(text);
      elements.push({ element: p, length: text.length });
    }
    // Readability's paragraphs may have been <div>s or bare text in the page: look for them in the whole text.
    return { text: flat(pick.textContent), paragraphs, prose: measureProse(pick).proseChars, layout: sectionLayout(pick, elements) };
  } finally {
    // Last first: an element's next sibling, when it was left out too, is back before it.
    for (let i = places.length - 1; i >= 0; i--) {
      const place = places[i];
      if (place?.parent) place.parent.insertBefore(place.element, place.next);
    }
  }
}

/**
 * How many of the element's first `limit` substantial paragraphs there are (`seen`), and how many of
 * them the text holds (`found`), each looked for by its first SAMPLE_CHARS characters.
 */
export function paragraphsFoundIn(text: string, element: Element, limit = Number.POSITIVE_INFINITY): { seen: number; found: number } {
  let seen = 0;
  let found = 0;
  const holds = orderedSearch(text);
  for (const p of byTag(element, PARAGRAPHS)) {
    if (seen >= limit) break;
    const sample = flat(p.textContent);
    if (sample.length < MIN_PARAGRAPH) continue;
    seen++;
    if (holds(sample.slice(0, SAMPLE_CHARS))) found++;
  }
  return { seen, found };
}

/** How Readability's result `kept` lies within the pick. */
export function storyCoverage(pick: PickSnapshot, kept: Element): Coverage {
  const { seen: substantial, found } = paragraphsFoundIn(pick.text, kept);
  const holds = orderedSearch(flat(kept.textContent));
  let missed = 0;
  let pending = 0;
  let seen = false;
  for (const text of pick.paragraphs) {
    if (holds(text.slice(0, SAMPLE_CHARS))) {
      // Missed text between two kept paragraphs counts; what follows the last one does not.
      missed += pending;
      pending = 0;
      seen = true;
    } else if (seen) pending += text.length;
    else missed += text.length;
  }
  return { keptInPick: substantial ? found / substantial : 1, missedBeforeOrBetween: missed };
}
