// Makes the removal records restorable: each removed block gets its markup (sanitized only when it is
// shown: removed-markup.ts), and its place in the article, an anchor before or after one of
// the article's blocks (article-blocks.ts). Places come from the sequence numbers that clone-marks.ts
// put on the clone: a removed block sits before the kept block with the next number at or after its
// own, or after the last kept block when nothing of the article followed it. Blocks of the page that
// Readability dropped around a removed one (a sidebar) do not count: the place is the nearest kept block.
import type { Removal } from './types';
import { articleBlocks, blockLabel } from './article-blocks';
import { ANCHOR_ATTR, DROPPED_WITH_CONTENT, FORBIDDEN_ATTRS } from './sanitize';
import { STYLE_MARK } from './image-guard';
import { removedBlockOf } from './removal-record';
import { seqOf, unhide } from './clone-marks';
import { absolutizeElement } from './clean/absolute-urls';
import { fixLazyImage } from './clean/lazy-images';
import { walkElements } from './clean/walk';
import { MAX_REMOVAL_HTML, MAX_REMOVED_HTML } from './restore-limits';
import { byAttribute } from './tag-lists';

interface Place {
  removal: Removal;
  mark: string;
  side: 'before' | 'after';
  inside: boolean;
  order: number;
}

/** The places chosen before sanitizing, to read back from the sanitized body. */
export interface Places {
  nonce: string;
  list: Place[];
}

/** A block of the article with the sequence number it had on the page. */
export interface Candidate {
  element: Element;
  seq: number;
}

/** The smallest sequence number in a block, else that of its nearest numbered ancestor under root. */
function blockSeq(block: Element, root: Element): number | null {
  let best = seqOf(block);
  walkElements(block, (element) => {
    const seq = seqOf(element);
    if (seq !== null && (best === null || seq < best)) best = seq;
  });
  for (let up = block.parentElement; best === null && up && up !== root; up = up.parentElement) best = seqOf(up);
  return best;
}

/** The first index whose seq is at least `position` (candidates sorted by seq). */
export function firstAtOrAfter(candidates: readonly Candidate[], position: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((candidates[mid]?.seq ?? Infinity) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The article's blocks that carry a sequence number, sorted by it. */
export function placeCandidates(article: Element): Candidate[] {
  const candidates: Candidate[] = [];
  for (const element of articleBlocks(article)) {
    const seq = blockSeq(element, article);
    if (seq !== null) candidates.push({ element, seq });
  }
  return candidates.sort((a, b) => a.seq - b.seq);
}

/** Chooses each removed block's place and marks the chosen blocks of the (unsanitized) article. */
export function markPlaces(article: Element, removed: readonly Removal[]): Places {
  const nonce = Math.random().toString(36).slice(2);
  const candidates = placeCandidates(article);
  const marks = new Map<Element, string>();
  const list: Place[] = [];
  // Page order: by place, then as the steps recorded them (the outer block of a section comes first).
  const placed = removed.flatMap((removal) => {
    const block = removedBlockOf(removal);
    return block ? [{ removal, position: block.position }] : [];
  });
  const ordered = placed.map((p, i) => ({ ...p, i })).sort((a, b) => a.position - b.position || a.i - b.i);
  for (const [order, { removal, position }] of ordered.entries()) {
    if (candidates.length === 0) break;
    const at = firstAtOrAfter(candidates, position);
    const side = at < candidates.length ? 'before' : 'after';
    const target = candidates[side === 'before' ? at : candidates.length - 1];
    if (!target) continue;
    let mark = marks.get(target.element);
    if (mark === undefined) {
      mark = `${nonce}-${marks.size}`;
      marks.set(target.element, mark);
      target.element.setAttribute(ANCHOR_ATTR, mark);
    }
    list.push({ removal, mark, side, inside: at > 0 && at < candidates.length, order });
  }
  return { nonce, list };
}

/** The index among `blocks` of a marked element: itself, else the first block inside it, else the block around it. */
function blockIndex(blocks: readonly Element[], element: Element): number {
  const own = blocks.indexOf(element);
  if (own >= 0) return own;
  const inside = blocks.findIndex((block) => element.contains(block));
  if (inside >= 0) return inside;
  return blocks.findIndex((block) => block.contains(element));
}

/** Turns the marks still on the sanitized body into anchors (call while the marks are there). */
export function readPlaces(body: Element, places: Places): void {
  if (places.list.length === 0) return;
  const blocks = articleBlocks(body);
  const found = new Map<string, number>();
  for (const element of byAttribute(body, [ANCHOR_ATTR])) {
    const mark = element.getAttribute(ANCHOR_ATTR) ?? '';
    if (!mark.startsWith(`${places.nonce}-`)) continue;
    const index = blockIndex(blocks, element);
    if (index >= 0) found.set(mark, index);
  }
  for (const place of places.list) {
    const index = found.get(place.mark);
    const block = index === undefined ? undefined : blocks[index];
    if (index === undefined || !block) continue;
    place.removal.anchor = { block: index, side: place.side, text: blockLabel(block), inside: place.inside, order: place.order };
  }
}

/**
 * A lower bound of a block's markup size, from a walk that stops past the cap: its text and, for each
 * element, the least its tags take ("<p></p>"). Above the cap the block cannot be restorable.
 */
function leastSize(element: Element): number {
  let size = (element.textContent ?? '').length + 7;
  if (size > MAX_REMOVAL_HTML) return size;
  walkElements(element, () => {
    size += 7;
    return size > MAX_REMOVAL_HTML ? 'stop' : undefined;
  });
  return size;
}

/** Whether the sanitizer would drop this attribute whatever its value: it need not travel. */
function dropsAttribute(name: string): boolean {
  if (name === STYLE_MARK) return false;
  return name.startsWith('data-') || name.startsWith('on') || FORBIDDEN_ATTRS.includes(name);
}

/** Elements that show something without any text. */
const SHOWN_WITHOUT_TEXT = new Set(['img', 'picture', 'video', 'audio', 'hr']);

/**
 * The markup of a removed block, with absolute URLs and real lazy images, and without what the
 * sanitizer drops anyway (scripts, styles, class and style attributes…), so the caps hold the part that
 * can be shown; null when nothing of it can be shown: no text and no picture (a hidden submit button,
 * a search form, an empty ad slot). It is not sanitized here: that is paid only for a block that is
 * shown (removed-markup.ts).
 */
function blockMarkup(element: Element, base: string): string | null {
  const holder = element.ownerDocument.createElement('div');
  holder.append(element);
  unhide(element);
  const dropped: Element[] = [];
  let picture = false;
  // One walk: URLs made absolute, lazy images made real, dropped attributes gone, element by element.
  walkElements(holder, (el) => {
    if (DROPPED_WITH_CONTENT.has(el.localName)) {
      dropped.push(el);
      return 'skip';
    }
    absolutizeElement(el, base);
    if (SHOWN_WITHOUT_TEXT.has(el.localName)) picture = true;
    if (el.localName === 'img' || el.localName === 'source') fixLazyImage(el);
    for (const name of el.getAttributeNames()) if (dropsAttribute(name)) el.removeAttribute(name);
    return undefined;
  });
  for (const el of dropped) el.remove();
  if (!picture && !/\S/.test(holder.textContent ?? '')) return null;
  return holder.innerHTML;
}

/**
 * Gives every removal made with recordRemoval its markup, or says why it has none. Small blocks come
 * first, so a page's big chrome (a header's mega menu) cannot crowd out its ad labels and promos; and
 * no more markup is serialised than the caps can take (this runs on every extraction). A block that
 * plainly shows nothing (no text, no picture) is `empty` at once; one whose markup sanitizes to nothing
 * all the same is `unsafe`, found out when it is shown.
 */
export function attachMarkup(removed: readonly Removal[], base: string): void {
  const sized = removed.flatMap((removal) => {
    const block = removedBlockOf(removal);
    return block ? [{ removal, element: block.element, size: leastSize(block.element) }] : [];
  });
  sized.sort((a, b) => a.size - b.size);
  let total = 0;
  for (const { removal, element, size } of sized) {
    if (size > MAX_REMOVAL_HTML || total + size > MAX_REMOVED_HTML) {
      removal.unrestorable = 'too-large';
      continue;
    }
    const markup = blockMarkup(element, base);
    if (markup === null) removal.unrestorable = 'empty';
    else if (markup.length > MAX_REMOVAL_HTML || total + markup.length > MAX_REMOVED_HTML) removal.unrestorable = 'too-large';
    else {
      removal.markup = markup;
      total += markup.length;
    }
  }
}
