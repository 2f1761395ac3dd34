// Nothing silently lost: after extraction, the paragraphs of real prose on the page, near or inside
// the story, that the article does not show and that no rule removed on purpose (those are listed
// under Removed). Only two places count: between the story's shown blocks, and a run of two or more
// just after them (a story split in two). On WCXB's article pages the lines before the story
// (standfirsts, promo boxes, newsletter pleas) and single lines after it (bios, CTAs) were mostly not
// main content, so they are left out. Read from the live document, never changed: its lines (not-shown-lines.ts) are
// compared with the article's text and with the text the rules left on the working clone; the story's
// place on the page (not-shown-place.ts) decides which left-out lines are near enough to count, and
// the context rules (rules/not-shown-context.ts) drop captions, teasers, bios and the like. A false
// notice on a clean page costs more trust than a missed one, so every test here leans to silence.
import type { NotShownBlock, Removal } from './types';
import { classWords } from './clean/compile-rules';
import { collapseText, pageLines } from './not-shown-lines';
import type { PageLine } from './not-shown-lines';
import { placeStory } from './not-shown-place';
import type { StoryPlace } from './not-shown-place';
import { notShownHtml } from './not-shown-html';
import { LIST_TAGS, NOT_PROSE_ROLES, NOT_PROSE_TAGS, NOT_PROSE_WORDS } from './rules/not-shown-context';
import { orderedSearch } from './ordered-search';

/** Lines shorter than this are neither compared nor used as anchors. */
const MIN_COMPARED_CHARS = 20;
/** A shown line this long places the story (shorter ones may be a repeated label). */
const MIN_PLACING_CHARS = 40;
/** Texts are compared by their start or their end, this long: an inline piece a rule cut out of a paragraph does not hide it. */
const SAMPLE_CHARS = 50;
/** Text the page still shows between the story's end and a left-out paragraph after it (an ad label, a "continued" line). */
const MAX_AFTER_GAP = 200;
/** Left-out blocks after the story count only as a run of at least this many: a single one is a bio, a plea, a pitch. */
const MIN_AFTER_RUN = 2;
/** At most this many blocks and this much HTML travel with the article. */
export const MAX_NOT_SHOWN_BLOCKS = 30;
export const MAX_NOT_SHOWN_HTML = 48 * 1024;

export interface NotShownInput {
  /** What the clean view shows: the article's text, title and byline. */
  shown: string;
  /** survivedText() of the working clone: what no rule removed. */
  survived: string;
  /** Every removal record of the extraction: blocks the later steps removed are listed there already. */
  removed: readonly Removal[];
  /** The article's byline: a paragraph that opens with the author's name is a bio. */
  byline: string | null;
  /** The base URL links are made absolute against. */
  base: string;
  win: Window & typeof globalThis;
  isVisible?: (element: Element) => boolean;
}

/** The part of `text` (its start or its end) that `holds` finds in the text it searches, or null. */
function foundSample(holds: (sample: string) => boolean, text: string): string | null {
  if (text.length <= SAMPLE_CHARS + 10) return holds(text) ? text : null;
  const start = text.slice(0, SAMPLE_CHARS);
  if (holds(start)) return start;
  const end = text.slice(-SAMPLE_CHARS);
  return holds(end) ? end : null;
}

/** Whether a removal record (its first 120 characters) names this line's block. */
function removedByStep(text: string, removed: readonly string[]): boolean {
  return removed.some((start) => text.startsWith(start) || start.startsWith(text.slice(0, 60)));
}

/** Whether an element, by its tag, role or class and id words, is a place whose sentences are not the story's. */
function notProsePlace(element: Element, allowLists: boolean): boolean {
  const name = element.localName;
  if (NOT_PROSE_TAGS.has(name) || (!allowLists && LIST_TAGS.has(name))) return true;
  if (!element.hasAttributes()) return false;
  const role = element.getAttribute('role');
  if (role && NOT_PROSE_ROLES.has(role)) return true;
  for (const value of [element.getAttribute('class'), element.id]) {
    if (value && classWords(value).some((words) => words.some((word) => NOT_PROSE_WORDS.has(word)))) return true;
  }
  return false;
}

/** Whether anything from the line's block up to (not including) the element that also holds `anchor` is a not-prose place. */
function inNotProsePlace(block: Element, anchor: Element, allowLists: boolean): boolean {
  for (let e: Element | null = block; e && !e.contains(anchor); e = e.parentElement) {
    if (notProsePlace(e, allowLists)) return true;
  }
  return false;
}

/**
 * A line that is all the text of a small box with a picture: a caption, or an author's bio beside a
 * portrait (fixture div-soup-hashed). Looked for up to three levels up, below the story's container.
 */
function besidePicture(line: PageLine, container: Element): boolean {
  let e: Element | null = line.block;
  for (let level = 0; e && level < 4 && !e.contains(container); level++, e = e.parentElement) {
    if ((e.textContent ?? '').replace(/\s+/g, ' ').trim().length > line.text.length + 40) return false;
    if (e.querySelector('img, picture, video')) return true;
  }
  return false;
}

/** The words of a byline ("By Tomasz Reyes, business reporter"): lower case, two letters or more. */
function nameWords(byline: string | null): Set<string> {
  return new Set((byline ?? '').toLowerCase().match(/[\p{L}][\p{L}'’-]+/gu) ?? []);
}

/** A line that opens with the author's name ("Tomasz Reyes is a business reporter…"): a bio, not the story. */
function opensWithAuthor(text: string, author: Set<string>): boolean {
  if (author.size === 0) return false;
  const first = text.toLowerCase().match(/[\p{L}][\p{L}'’-]+/gu)?.slice(0, 2) ?? [];
  return first.length === 2 && first.every((word) => author.has(word));
}

interface Classified {
  line: PageLine;
  /** The part of the line the article shows (null: not shown). */
  shown: string | null;
  survived: boolean;
  candidate: boolean;
}

/** Which zone of the story a left-out line belongs to, or null when it is not near enough to count. */
function zoneOf(item: Classified, story: StoryPlace): NotShownBlock['zone'] | null {
  const { block, order } = item.line;
  if (order > story.first && order < story.last && story.container.contains(block)) {
    return inNotProsePlace(block, story.container, true) ? null : 'inside';
  }
  if (order > story.last) {
    const region = story.container.parentElement ?? story.container;
    return region.contains(block) && !inNotProsePlace(block, story.container, false) ? 'after' : null;
  }
  return null;
}

/**
 * Keeps only the left-out lines that follow the story closely: the text the page still shows
 * between them, that is neither the article's nor accepted, must stay short, and a heading of the
 * page's own ends the story there (what follows it is another section: comments, a bio, more
 * stories). Accepted lines beyond that point are dropped.
 */
function closeRun(items: readonly Classified[], accepted: Set<Classified>, from: number): void {
  let gap = 0;
  let broken = false;
  for (let i = from; i < items.length; i++) {
    const item = items[i];
    if (!item) break;
    if (broken) {
      accepted.delete(item);
    } else if (item.shown !== null || accepted.has(item)) {
      gap = 0;
    } else if (item.survived) {
      gap += item.line.text.length;
      broken = item.line.heading || gap > MAX_AFTER_GAP;
    }
  }
}

/** The text no rule removed: the working clone's, read after the rules and before Readability rewrites it. */
export function survivedText(clone: Document): string {
  return collapseText(clone.body?.textContent ?? '');
}

/** The page's paragraphs of real prose near the story that the article leaves out, in page order ([] when none; never throws). */
export function findNotShown(document: Document, input: NotShownInput): NotShownBlock[] {
  try {
    return collect(document, input);
  } catch {
    // The check is a courtesy on top of the article: it never costs the reader the article itself.
    return [];
  }
}

function collect(document: Document, input: NotShownInput): NotShownBlock[] {
  const root = document.body;
  if (!root) return [];
  const { lines, mixed } = pageLines(root);
  const inShown = orderedSearch(collapseText(input.shown));
  const inSurvived = orderedSearch(input.survived);
  const removedStarts = input.removed.map((r) => collapseText(r.text)).filter((t) => t.length >= MIN_COMPARED_CHARS);
  const items: Classified[] = [];
  const shownLines = new Set(input.shown.split('\n').map(collapseText));
  for (const line of lines) {
    if (line.text.length < MIN_COMPARED_CHARS) {
      // A short line (a subheading, a label) is shown when the article has it as a line of its own;
      // otherwise it counts as page text between the story and what follows it.
      const shown = shownLines.has(line.text) ? line.text : null;
      items.push({ line, shown, survived: shown !== null || inSurvived(line.text), candidate: false });
      continue;
    }
    const shown = foundSample(inShown, line.text);
    const survived = shown !== null || foundSample(inSurvived, line.text) !== null;
    const candidate = shown === null && survived && line.prose && !removedByStep(line.text, removedStarts);
    items.push({ line, shown, survived, candidate });
  }
  const kept = items.filter((i) => i.shown !== null && !i.line.heading && i.line.text.length >= MIN_PLACING_CHARS).map((i) => i.line);
  const story = placeStory(kept, root);
  if (!story) return [];
  const accepted = new Set<Classified>();
  const zones = new Map<Classified, NotShownBlock['zone']>();
  const seen = new Set<string>();
  const author = nameWords(input.byline);
  for (const item of items) {
    if (!item.candidate || seen.has(item.line.text)) continue;
    const zone = zoneOf(item, story);
    if (!zone || besidePicture(item.line, story.container) || opensWithAuthor(item.line.text, author)) continue;
    seen.add(item.line.text);
    accepted.add(item);
    zones.set(item, zone);
  }
  const lastIndex = items.findIndex((i) => i.line.order === story.last);
  closeRun(items, accepted, lastIndex + 1);
  const after = [...accepted].filter((item) => zones.get(item) === 'after');
  if (after.length < MIN_AFTER_RUN) for (const item of after) accepted.delete(item);
  return toBlocks(items, accepted, zones, mixed, input);
}

/** The accepted lines as plain data, in page order, with their anchors; visible ones only, within the caps. */
function toBlocks(items: readonly Classified[], accepted: Set<Classified>, zones: Map<Classified, NotShownBlock['zone']>, mixed: Set<Element>, input: NotShownInput): NotShownBlock[] {
  const blocks: NotShownBlock[] = [];
  let total = 0;
  let after: string | null = null;
  for (const [index, item] of items.entries()) {
    if (item.shown !== null && !item.line.heading && item.line.text.length >= MIN_PLACING_CHARS) after = item.shown;
    const zone = zones.get(item);
    if (!zone || !accepted.has(item) || !visible(item.line.block, input.isVisible)) continue;
    const { block, nodes, text } = item.line;
    const html = notShownHtml(block, mixed.has(block) ? nodes : null, text, input.base, input.win);
    if (blocks.length >= MAX_NOT_SHOWN_BLOCKS || total + html.length > MAX_NOT_SHOWN_HTML) break;
    total += html.length;
    blocks.push({ html, text, zone, anchor: { after, before: nextShown(items, index) } });
  }
  return blocks;
}

function nextShown(items: readonly Classified[], from: number): string | null {
  for (let i = from + 1; i < items.length; i++) {
    const item = items[i];
    if (item && item.shown !== null && !item.line.heading && item.line.text.length >= MIN_PLACING_CHARS) return item.shown;
  }
  return null;
}

function visible(element: Element, isVisible: ((element: Element) => boolean) | undefined): boolean {
  if (!isVisible) return true;
  try {
    return isVisible(element);
  } catch {
    // A predicate that cannot judge says nothing is lost: silence over a false notice.
    return false;
  }
}
