// Where on the page the article's story stands, judged by the lines the article shows: the tightest
// element that holds nearly all of them (the story's container in the live page) and the span of
// page order between the first and the last. A not-shown line counts only near that story: inside
// the span and the container, or just after the span beside the container (a story split in two).
import type { PageLine } from './not-shown-lines';

/** The container must hold this share of the shown prose characters. */
const CONTAINER_SHARE = 0.85;

export interface StoryPlace {
  container: Element;
  /** Page order of the first and last shown line inside the container. */
  first: number;
  last: number;
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

/** Finds the story on the page from the lines the article shows; null when it shows none of them. */
export function placeStory(kept: readonly PageLine[], root: Element): StoryPlace | null {
  if (kept.length === 0) return null;
  const container = containerOf(kept, root);
  const inside = kept.filter((line) => container.contains(line.block));
  const first = inside[0]?.order;
  const last = inside[inside.length - 1]?.order;
  if (first === undefined || last === undefined) return null;
  return { container, first, last };
}
