// The opening of a story that Readability left out while it kept the rest. A buying guide or an
// explainer often prints its first paragraphs in a box of their own (`div.summary > div.articletext`,
// an "intro" block) above the sections that hold the bulk of the text; Readability scores the bulk's
// container highest, and the intro, a sibling of one of its ancestors, gets no share of it. The reader
// then starts mid-story, at the first section heading (WCXB 4677, 4835, 0133, 0113).
//
// Where the story starts is what the page declares: its headline, the <h1> that its title names.
// The paragraphs between that headline and the first one Readability kept come back when they hold at
// least one real paragraph, no more than Readability kept (more is story-coverage.ts's case: the pick
// replaces it), most of the paragraphs after them are in Readability's text (it kept the rest of this
// story, not another part of the page), and the stretch reads as prose: sentences, few links, no
// other headline. Only its prose comes back, with the subheadings above it (and a list of the story's
// bullets whole, "Key Points" over it): the lines that stand
// between a headline and its story and are not sentences are its chrome (a byline, a date, share
// buttons, an audio player's labels, a form), and a picture there is the lead picture, which
// lead-figure.ts places, its caption with it.
//
// Read twice, as template-sections.ts is: the paragraphs' text before Readability rewrites the clone
// (to decide), and a fresh preparation only when the opening is taken (to copy it).
import { BLOCKS, isProseLine, measureProse, PROSE_THRESHOLDS } from '../prose';
import { MIN_PARAGRAPH, SAMPLE_CHARS } from './story-coverage';
import { childrenOf, firstByTag, listOf } from '../tag-lists';
import { orderedSearch } from '../ordered-search';
/** How many paragraphs after the headline are read: the opening is near it. */
const MAX_PARAGRAPHS = 60;
/** The opening comes back when its paragraphs hold at least this many characters: one real paragraph. */
export const OPENING_MIN_CHARS = 150;
/** The copied stretch must be this much prose, by the prose measure's characters. */
const OPENING_PROSE_SHARE = 0.5;
/** A headline shorter than this ("News", a site's name) tells nothing about the title. */
const MIN_HEADLINE = 8;
const PARAGRAPHS = new Set(['p', 'li', 'td', 'pre']);
/** Tags of pictures and players: with the short text around them (a caption, a credit), they stay out. */
const MEDIA = ['img', 'picture', 'figure', 'video', 'audio', 'iframe', 'svg'];
/** How far up from a paragraph a caption's picture is looked for. */
const CAPTION_LEVELS = 3;

/** Where the headline is: its tag, and its index among the document's elements of that tag. */
export interface Headline {
  tag: 'h1' | 'h2';
  index: number;
}

/** The tags a headline is looked for in, in turn, each with the least share of the title it must hold. */
const HEADLINE_TAGS: ReadonlyArray<readonly ['h1' | 'h2', number]> = [
  ['h1', 0.5],
  ['h2', 0.6],
];

/** What the step needs of the page, read before Readability rewrites it. */
export interface OpeningSnapshot {
  headline: Headline;
  /** The substantial paragraphs after it, in document order (at most MAX_PARAGRAPHS), whitespace collapsed. */
  paragraphs: string[];
}

/** Which of the snapshot's paragraphs open the story ahead of the first one Readability kept. */
export interface OpeningGap {
  /** Index of the first paragraph Readability kept: the ones before it come back. */
  kept: number;
  /** Their characters. */
  chars: number;
}

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Controls whose text Readability drops with them (a ticker chip's "+" watchlist button in a paragraph). */
const CONTROLS = ['button', 'select', 'textarea'];

/** A paragraph's text as Readability will keep it: its controls' labels left out, whitespace collapsed. */
function paragraphText(paragraph: Element): string {
  if (!firstByTag(paragraph, CONTROLS)) return flat(paragraph.textContent);
  const copy = paragraph.cloneNode(true) as Element;
  for (const tag of CONTROLS) for (const control of [...copy.getElementsByTagName(tag)]) control.remove();
  return flat(copy.textContent);
}

/**
 * The story's headline: the first <h1> that holds the page's title, or most of it (not a logo's <h1>
 * with the site's name, which "Story | Site" holds too); on a page whose <h1> is its logo, the first
 * <h2> that holds more of it.
 */
function findHeadline(doc: Document, titles: readonly (string | null)[]): Headline | null {
  const wanted = titles.map((title) => flat(title).toLowerCase()).filter((title) => title.length >= MIN_HEADLINE);
  if (!wanted.length) return null;
  for (const [tag, share] of HEADLINE_TAGS) {
    const headlines = doc.getElementsByTagName(tag);
    for (let index = 0; index < headlines.length; index++) {
      const text = flat(headlines[index]!.textContent).toLowerCase();
      if (text.length >= MIN_HEADLINE && wanted.some((title) => text.includes(title) || (title.includes(text) && text.length >= share * title.length))) return { tag, index };
    }
  }
  return null;
}

/**
 * Whether the block is a picture's caption: a block around it that holds a picture holds little
 * other text (a credit at most). `lengths` keeps the text lengths of the blocks around, which the
 * paragraphs of one container share.
 */
function isCaption(line: Element, lengths: Map<Element, number> = new Map()): boolean {
  const textLength = (element: Element): number => {
    let length = lengths.get(element);
    if (length === undefined) lengths.set(element, (length = flat(element.textContent).length));
    return length;
  };
  const own = textLength(line);
  let block: Element | null = line;
  for (let level = 0; block && level < CAPTION_LEVELS; level++, block = block.parentElement) {
    if (level > 0 && textLength(block) - own >= MIN_PARAGRAPH) return false;
    if (firstByTag(block, MEDIA)) return true;
  }
  return false;
}

/** The substantial paragraphs that follow the element in document order (not inside it), pictures' captions aside, at most MAX_PARAGRAPHS. */
function paragraphsAfter(headline: Element): Element[] {
  const found: Element[] = [];
  const lengths = new Map<Element, number>();
  // Past the headline's own subtree: from the next node after it.
  let next: Node | null = headline;
  while (next && !next.nextSibling) next = next.parentNode;
  next = next?.nextSibling ?? null;
  if (!next) return found;
  const walker = headline.ownerDocument.createTreeWalker(headline.ownerDocument, 1);
  walker.currentNode = next;
  for (let current: Node | null = next; current && found.length < MAX_PARAGRAPHS; current = walker.nextNode()) {
    if (current.nodeType !== 1) continue;
    const element = current as Element;
    if (PARAGRAPHS.has(element.localName) && paragraphText(element).length >= MIN_PARAGRAPH && !isCaption(element, lengths)) found.push(element);
  }
  return found;
}

/** The headline and the paragraphs after it, as the page stands before Readability runs; null without a headline. */
export function snapshotOpening(doc: Document, titles: readonly (string | null)[]): OpeningSnapshot | null {
  const headline = findHeadline(doc, titles);
  const element = headline ? doc.getElementsByTagName(headline.tag)[headline.index] : undefined;
  if (!headline || !element) return null;
  return { headline, paragraphs: paragraphsAfter(element).map(paragraphText) };
}

/**
 * The paragraphs after the headline and before the first one Readability kept, when they hold
 * OPENING_MIN_CHARS or more, no more than the kept text, and Readability's text holds most of the
 * paragraphs read after them; null otherwise.
 */
export function openingGap(snapshot: OpeningSnapshot, keptText: string): OpeningGap | null {
  const holds = orderedSearch(keptText);
  const found = (text: string): boolean => holds(text.slice(0, SAMPLE_CHARS));
  const { paragraphs } = snapshot;
  const kept = paragraphs.findIndex(found);
  if (kept <= 0) return null;
  let chars = 0;
  for (let i = 0; i < kept; i++) chars += paragraphs[i]!.length;
  if (chars < OPENING_MIN_CHARS || chars > keptText.length) return null;
  const after = paragraphs.length - kept;
  const keptAfter = paragraphs.slice(kept).filter(found).length;
  return keptAfter * 2 > after ? { kept, chars } : null;
}

/**
 * The stretch of a fresh preparation from the first paragraph after the headline to the block that
 * holds the last paragraph before the first kept one, copied into `into`'s document, its trailing blocks that
 * Readability kept too left out; null when it is not story prose (links, labels, another headline) or
 * the page reads otherwise than the snapshot.
 */
export function openingCopy(fresh: Document, snapshot: OpeningSnapshot, gap: OpeningGap, keptText: string, into: Document): DocumentFragment | null {
  const headline = fresh.getElementsByTagName(snapshot.headline.tag)[snapshot.headline.index];
  if (!headline) return null;
  const paragraphs = paragraphsAfter(headline);
  const start = paragraphs[0];
  const end = paragraphs[gap.kept];
  if (!start || !end || start.contains(end) || paragraphText(end) !== snapshot.paragraphs[gap.kept]) return null;
  const last = paragraphs[gap.kept - 1]!;
  // The child of the two paragraphs' nearest common ancestor that holds the kept one, and the one that
  // holds the last paragraph put back: the copy ends with the latter, so what stands between the
  // opening and the kept part and holds no paragraph (a "Quick look" list of in-page links, a
  // newsletter box) stays out.
  let branch: Node = end;
  while (branch.parentNode && !branch.parentNode.contains(start)) branch = branch.parentNode;
  let tail: Node = last;
  while (tail.parentNode && tail.parentNode !== branch.parentNode) tail = tail.parentNode;
  const range = fresh.createRange();
  range.setStartBefore(listStart(start));
  if (tail === branch) range.setEndAfter(last);
  else range.setEndAfter(tail);
  const holder = fresh.createElement('div');
  holder.appendChild(range.cloneContents());
  if (holder.getElementsByTagName('h1').length) return null;
  dropPictures(holder);
  keepProseLines(holder);
  dropTrailingHeadings(holder);
  // What Readability kept at its top (a section heading, a picture's caption) is not copied twice.
  for (let last = holder.lastChild; last; last = holder.lastChild) {
    const text = flat(last.textContent);
    if (last.nodeType === 1 ? !text || !keptText.includes(text) : text) break;
    last.remove();
  }
  const measure = measureProse(holder);
  if (measure.proseChars < OPENING_MIN_CHARS || measure.proseChars < OPENING_PROSE_SHARE * measure.totalChars) return null;
  if (measure.linkChars > PROSE_THRESHOLDS.maxLinkShare * measure.totalChars) return null;
  const fragment = into.createDocumentFragment();
  for (let child = holder.firstChild; child; child = child.nextSibling) fragment.appendChild(into.importNode(child, true));
  return fragment;
}

const SUBHEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const LISTS = new Set(['UL', 'OL']);
/** A heading over a summary list is a label: at most this long. */
const MAX_LIST_HEADING = 60;

/**
 * Where the copy starts when its first paragraph is a list's item: at the list, or at the heading
 * right above it ("Key Points" over the story's summary bullets), so the list comes back whole.
 */
function listStart(start: Element): Element {
  const list = start.tagName === 'LI' ? start.parentElement : null;
  if (!list || !LISTS.has(list.tagName) || list.firstElementChild !== start) return start;
  const heading = list.previousElementSibling;
  return heading && SUBHEADINGS.has(heading.tagName) && flat(heading.textContent).length <= MAX_LIST_HEADING ? heading : list;
}

/**
 * Whether a list reads as the story's bullets: at least two items, half of them or more prose lines
 * (a "Key Points" list, whose shortest bullet is still the story's), not a list of links.
 */
function isProseList(list: Element): boolean {
  const items = childrenOf(list);
  if (items.length < 2 || items.some((item) => item.tagName !== 'LI' || holdsBlocks(item))) return false;
  return items.filter((item) => proseLine([item])).length * 2 >= items.length;
}

/** Removes pictures and players, and their captions. */
function dropPictures(holder: Element): void {
  const captions = Array.from(holder.querySelectorAll('*')).filter((element) => BLOCKS.has(element.tagName) && !holdsBlocks(element) && flat(element.textContent) && isCaption(element));
  for (const caption of captions) caption.remove();
  for (const tag of MEDIA) for (const media of listOf(holder.getElementsByTagName(tag))) media.remove();
}

/** Characters of a node's text inside links. */
function linkChars(node: Node): number {
  if (node.nodeType !== 1) return 0;
  const element = node as Element;
  if (element.localName === 'a') return flat(element.textContent).length;
  let chars = 0;
  for (const link of listOf(element.getElementsByTagName('a'))) chars += flat(link.textContent).length;
  return chars;
}

/** Whether a line made of these nodes is a sentence or more (prose.ts's line test). */
function proseLine(nodes: readonly Node[]): boolean {
  const text = flat(nodes.map((node) => node.textContent ?? '').join(''));
  return isProseLine(text, nodes.reduce((sum, node) => sum + linkChars(node), 0));
}

/** Whether an element holds a block of its own (then it is not one line). */
function holdsBlocks(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (BLOCKS.has(child.tagName)) return true;
  return false;
}

/**
 * Keeps only the lines of prose under the element, and its subheadings (a navigation goes whole): a line is a block without
 * blocks inside, or a run of inline content beside blocks. Blocks left without text go too.
 */
function keepProseLines(element: Element): void {
  let run: Node[] = [];
  const flush = (): void => {
    if (run.some((node) => flat(node.textContent)) && !proseLine(run)) for (const node of run) node.parentNode?.removeChild(node);
    run = [];
  };
  for (const child of Array.from(element.childNodes)) {
    // A navigation between the dek and the body (a series' parts, "This story is part of …") is no
    // part of the story's opening, however well its lines read.
    if (child.nodeType === 1 && ((child as Element).tagName === 'NAV' || (child as Element).getAttribute('role') === 'navigation')) {
      flush();
      element.removeChild(child);
      continue;
    }
    if (child.nodeType !== 1 || !BLOCKS.has((child as Element).tagName)) {
      run.push(child);
      continue;
    }
    flush();
    const block = child as Element;
    if (SUBHEADINGS.has(block.tagName)) continue;
    if (LISTS.has(block.tagName) && isProseList(block)) continue;
    if (holdsBlocks(block)) {
      keepProseLines(block);
      if (!flat(block.textContent)) block.remove();
    } else if (!proseLine([block])) block.remove();
  }
  flush();
}

/** Removes the subheadings that no prose follows in the copy. */
function dropTrailingHeadings(holder: Element): void {
  const headings = Array.from(holder.querySelectorAll('h2, h3, h4, h5, h6'));
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i]!;
    let after = '';
    for (let node: Node | null = heading; node && node !== holder; node = node.parentNode) {
      for (let next = node.nextSibling; next; next = next.nextSibling) after += next.textContent ?? '';
      if (flat(after)) break;
    }
    if (flat(after)) break;
    heading.remove();
  }
}
