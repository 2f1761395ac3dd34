// Where on the page the article's story stands, judged by the lines the article shows: the tightest
// element that holds nearly all of them (the story's container in the live page), the span of page
// order between the first and the last, and the headline above it. A not-shown line counts only
// near that story: inside the span and the container, just after the span beside the container
// (a story split in two), or between the headline and the span (a standfirst).
import type { PageLine } from './not-shown-lines';

/** The container must hold this share of the shown prose characters. */
const CONTAINER_SHARE = 0.85;

export interface StoryPlace {
  container: Element;
  /** Page order of the first and last shown line inside the container. */
  first: number;
  last: number;
  /** Page order of the headline (a heading with the article's title) before `first`, or null. */
  headline: number | null;
  /** The headline's element, or null. */
  headlineBlock: Element | null;
}

/** The tightest element holding CONTAINER_SHARE of the kept lines' characters (kept: non-empty). */
function containerOf(kept: readonly PageLine[], root: Element): Element {
  const weights = new Map<Element, number>();
  let total = 0;
  for (const line of kept) {
    total += line.text.length;
    for (let e: Element | null = line.block; e; e = e.parentElement) {
      weights.set(e, (weights.get(e) ?? 0) + line.text.length);
      if (e === root) break;
    }
  }
  let current = root;
  for (;;) {
    let next: Element | null = null;
    for (let child = current.firstElementChild; child; child = child.nextElementSibling) {
      if ((weights.get(child) ?? 0) >= total * CONTAINER_SHARE) next = child;
    }
    if (!next) return current;
    current = next;
  }
}

/** Lower-cased, whitespace collapsed, without the punctuation a title may differ by. */
function titleKey(text: string): string {
  return text.toLowerCase().replace(/[\s"'“”‘’«».:!?–—-]+/g, ' ').trim();
}

/** Finds the story on the page from the lines the article shows; null when it shows none of them. */
export function placeStory(lines: readonly PageLine[], kept: readonly PageLine[], root: Element, title: string): StoryPlace | null {
  if (kept.length === 0) return null;
  const container = containerOf(kept, root);
  const inside = kept.filter((line) => container.contains(line.block));
  const first = inside[0]?.order;
  const last = inside[inside.length - 1]?.order;
  if (first === undefined || last === undefined) return null;
  const wanted = titleKey(title);
  let headline: number | null = null;
  let headlineBlock: Element | null = null;
  if (wanted.length >= 8) {
    for (const line of lines) {
      if (line.order >= first) break;
      if (line.heading && titleKey(line.text) === wanted) {
        headline = line.order;
        headlineBlock = line.block;
      }
    }
  }
  return { container, first, last, headline, headlineBlock };
}
