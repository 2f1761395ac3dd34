// A list of teaser cards that Readability kept after the story's end: three or more blocks side by side
// (or a list of two items that are each a bare headline link: a broadcaster's "Watch: …" links), each
// one link to another story of the same site (its headline on a line of its own, often its picture, a
// short summary and a date), with no story text after them. A shop's blog section under the
// post ("Blog." and a carousel of posts, WCXB 4524; fixture journal-carousel), a list of the site's
// other guides, "Editors' Recommendations:" under a review (trafilatura 0273): the page gave them no
// heading or class that the harvest before Readability knows, and Readability took them in as the
// story's siblings. They go, with the short heading above them, and their links are listed under
// Related. extract.ts runs this on articles only: a listing's cards are what the page is about.
//
// The cards may stand in rows of two or three (a magazine's "post-list" rows under the story, WCXB 0331),
// carry a section's label above the headline (a category link, trafilatura 0137), or, when the headline
// is a heading of its own, an excerpt of up to a thousand characters; and they may be the last
// siblings of the story's own paragraphs instead of a block of their own (trailingRun).
//
// What keeps a story's own list: the cards must come after the story's last paragraph and be shorter
// than the story before it (a round-up whose items are linked teasers is the story); each card leads to
// one page of the site (a listicle's entries lead to shops elsewhere), and its headline is a line of
// its own, not a link opening a line of text (a list of references or publications, WCXB 4025) or a
// link in a paragraph.
import type { RelatedLink, Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { cleanRelatedUrl, linksOf } from '../related-card';
import { firstByTag, listOf } from '../tag-lists';
import { walkElements } from './walk';
import type { StorySource } from './story-pages';

/** A list has at least this many cards, and they are at least this share of its blocks with text. */
const MIN_CARDS = 3;
/**
 * A list (`<ul>`, `<ol>`) whose items are each a headline link and nothing else needs only this many:
 * two "Watch: …" and "Read: …" links under a story, with no heading (a broadcaster's links block).
 */
const MIN_LINK_ITEMS = 2;
const LISTS = new Set(['UL', 'OL']);
const MIN_CARD_SHARE = 0.6;
/** A card's text (headline, summary, date, label) is at most this long; a card's headline at least this. */
const MAX_CARD_CHARS = 500;
/**
 * A card whose headline is a heading of its own (the link is the heading's whole text) may carry a
 * longer summary, up to this: a blog's excerpt under each teaser headline runs to a hundred words
 * (WCXB 0331, a travel magazine's "post-list" under the story). It still holds one paragraph at most.
 */
const MAX_HEADED_CARD_CHARS = 1000;
const MIN_HEADLINE_CHARS = 15;
/**
 * A card's other links may be labels above its headline: its section or kicker ("Business Travel",
 * "Batterieentwicklung"), each at most this long and at most half its headline.
 */
const MAX_LABEL_LINK_CHARS = 40;
/** A paragraph this long is story text (as in edge-menus.ts). */
const PROSE_CHARS = 80;
/** The story before the list has at least this many characters of paragraphs, and more than the list. */
const MIN_STORY_CHARS = 500;
/** A heading above the list, naming it ("Blog.", "More from us"), is at most this long. */
const MAX_HEADING_CHARS = 60;
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Host without "www.": two spellings of one site compare equal. */
const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** Whether two hosts are one site: the same, or one a subdomain of the other. */
const sameSite = (a: string, b: string): boolean => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);

/** Host and path without a trailing slash: the page's own address under another spelling. */
const placeOf = (url: string): string => {
  const u = new URL(url);
  return `${hostOf(url)}${u.pathname.replace(/\/+$/, '')}${u.search}`;
};

interface Card {
  element: Element;
  url: string;
  chars: number;
  /** The card is its headline link and nothing else. */
  bare: boolean;
}

/** Node.DOCUMENT_POSITION_FOLLOWING: the core reads no global of the page. */
const FOLLOWING = 4;

const INLINE = new Set(['A', 'SPAN', 'STRONG', 'EM', 'B', 'I', 'U', 'SMALL', 'MARK', 'CITE', 'Q']);

/**
 * Whether a link sits in running text inside the card: a summary that mentions a source ("According to
 * a <a>2024 study</a>, …"), whose block of text is much longer than the link.
 */
function inProse(a: Element, card: Element): boolean {
  let block = a.parentElement;
  while (block && block !== card && INLINE.has(block.tagName)) block = block.parentElement;
  if (!block || block === card) return false;
  const chars = flat(block.textContent).length;
  return chars >= PROSE_CHARS && chars > flat(a.textContent).length * 2;
}

const BLOCKS = ['div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figure', 'img', 'picture'];

/**
 * Whether a headline link stands as a line of its own in its card (in a heading, or a block of its
 * own), or is the whole card: a link that opens a line of running text is a reference in a list of
 * sources or publications ("<li><a>Report title</a> (ERR-273, May 2020). Three factors…", WCXB 4025),
 * or a link in a paragraph.
 */
function isOwnLine(a: Element, card: Element): boolean {
  if (firstByTag(a, BLOCKS)) return true;
  let block = a.parentElement;
  while (block && block !== card && INLINE.has(block.tagName)) block = block.parentElement;
  if (!block) return false;
  if (block === card && INLINE.has(card.tagName)) return false;
  return flat(block.textContent) === flat(a.textContent) || (block === card && card.tagName === 'A');
}

/** Whether a headline link is the whole text of a heading inside the card. */
function isHeadingLine(a: Element, card: Element): boolean {
  for (let el: Element | null = a; el && el !== card; el = el.parentElement) {
    if (HEADINGS.has(el.tagName)) return flat(el.textContent) === flat(a.textContent);
  }
  return false;
}

/**
 * One card: its headline links to another page of the site, every other link of the card goes there
 * too, is mentioned in its summary or labels it from above, and it holds no paragraph of story length.
 */
function cardOf(block: Element, base: string, own: ReadonlySet<string>, hosts: readonly string[], text = flat(block.textContent)): Card | null {
  if (text.length > MAX_HEADED_CARD_CHARS) return null;
  const anchors = block.tagName === 'A' ? [block] : listOf(block.getElementsByTagName('a'));
  const links: Array<{ a: Element; url: string; chars: number }> = [];
  for (const a of anchors) {
    const href = a.getAttribute('href');
    const url = href && !href.startsWith('#') ? cleanRelatedUrl(href, base) : null;
    if (url) links.push({ a, url, chars: flat(a.textContent).length });
  }
  const headline = links.reduce<(typeof links)[number] | null>((best, link) => (!best || link.chars > best.chars ? link : best), null);
  if (!headline || headline.chars < MIN_HEADLINE_CHARS || own.has(placeOf(headline.url)) || !isOwnLine(headline.a, block)) return null;
  if (text.length > MAX_CARD_CHARS && !(isHeadingLine(headline.a, block) && block.getElementsByTagName('p').length <= 1)) return null;
  const host = hostOf(headline.url);
  if (!hosts.some((h) => sameSite(h, host))) return null;
  // A label stands above the headline (a kicker, a section); a link after it leads on ("Shop tyres now").
  const isLabel = (link: (typeof links)[number]): boolean =>
    link.chars > 0 && link.chars <= MAX_LABEL_LINK_CHARS && link.chars * 2 <= headline.chars && sameSite(hostOf(link.url), host)
    && (link.a.compareDocumentPosition(headline.a) & FOLLOWING) !== 0;
  if (links.some((link) => link.url !== headline.url && !inProse(link.a, block) && !isLabel(link))) return null;
  return { element: block, url: headline.url, chars: text.length, bare: text.length === headline.chars };
}

/** Whether a block that is not a card could stand in a row of cards: a card's size, one paragraph at most. */
const cardSized = (block: Element, text: string): boolean => text.length <= MAX_HEADED_CARD_CHARS && block.getElementsByTagName('p').length <= 1;

/**
 * The cards among a block's children, how many of its children hold text, and whether each of those
 * that is not a card is card-sized (cardSized).
 */
function cardsIn(list: Element, base: string, own: ReadonlySet<string>, hosts: readonly string[], rows = true): { cards: Card[]; blocks: number; sized: boolean } {
  const cards: Card[] = [];
  let blocks = 0;
  let rowsSeen = false;
  let sized = true;
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
    // Each child's text is flattened once here and handed on: the walk asks this of every block.
    const text = flat(child.textContent);
    if (!text) continue;
    const card = cardOf(child, base, own, hosts, text);
    if (card) {
      blocks++;
      cards.push(card);
      continue;
    }
    // A row of cards: a page that sets its teasers in rows of two or three (a "post-list" each), of
    // which Readability kept a few, gives one list in several wrappers. A row counts with its cards
    // when at least half its blocks are cards and the others are card-sized (a card whose headline
    // link lost its text); one level deep: a row of rows is no longer a teaser list.
    const row = rows && !LISTS.has(list.tagName) && child.childElementCount > 1 ? cardsIn(child, base, own, hosts, false) : null;
    if (row && row.sized && row.cards.length > 0 && row.cards.length * 2 >= row.blocks) {
      blocks += row.blocks;
      cards.push(...row.cards);
      rowsSeen = true;
    } else {
      blocks++;
      if (!cardSized(child, text)) sized = false;
    }
  }
  // Rows beside a block of story text are the story's part, not a list: the story and its teasers
  // under one wrapper must not pass for one list, which would hide the story from the check below.
  return rowsSeen && !sized ? { cards: [], blocks, sized } : { cards, blocks, sized };
}

/** The cards of a block's children, or null when they are not a list of teasers. */
function cardsOf(list: Element, base: string, own: ReadonlySet<string>, hosts: readonly string[]): Card[] | null {
  const { cards, blocks } = cardsIn(list, base, own, hosts);
  const least = LISTS.has(list.tagName) && cards.length === blocks && cards.every((c) => c.bare) ? MIN_LINK_ITEMS : MIN_CARDS;
  if (cards.length < least || cards.length < blocks * MIN_CARD_SHARE) return null;
  return new Set(cards.map((c) => c.url)).size === cards.length ? cards : null;
}

/**
 * The same list on the page itself, where Readability may have dropped some of its cards: the nearest
 * block holding the first and the last card's links, when its children are the same kind of cards.
 */
function listOnPage(page: Document | undefined, cards: readonly Card[], base: string, own: ReadonlySet<string>, hosts: readonly string[]): Element[] | null {
  const first = cards[0]?.url;
  const last = cards[cards.length - 1]?.url;
  if (!page?.body || !first || !last || first === last) return null;
  const anchors = listOf(page.body.getElementsByTagName('a'));
  // Readability made the article's links absolute; the page's are as it wrote them. A cheap look at
  // the path before resolving each one.
  const find = (url: string): Element | null => {
    const path = new URL(url).pathname;
    for (const a of anchors) {
      const href = a.getAttribute('href');
      if (href?.includes(path) && cleanRelatedUrl(href, base) === url) return a;
    }
    return null;
  };
  const a = find(first);
  const b = find(last);
  if (!a || !b) return null;
  let common: Element | null = a.parentElement;
  while (common && !common.contains(b)) common = common.parentElement;
  // The block that holds them both side by side: its children are the cards, or their wrappers.
  while (common && common !== page.body) {
    const found = cardsOf(common, base, own, hosts);
    if (found && found.length >= cards.length) return found.map((card) => card.element);
    if (common.childElementCount > 1) return null;
    common = common.parentElement;
  }
  return null;
}

/**
 * The cards that end a block side by side with the story's own blocks before them (a wedding guide's
 * "Collect them all!" cards after its checklist, each between rules, WCXB 4588): its last children with
 * text, at least MIN_CARDS of them, each a card, to distinct pages. Null when there is no such run, or
 * when every child is a card (the block is then a list, cardsOf).
 */
function trailingRun(block: Element, base: string, own: ReadonlySet<string>, hosts: readonly string[]): Card[] | null {
  const run: Card[] = [];
  let child = block.lastElementChild;
  for (; child; child = child.previousElementSibling) {
    const text = flat(child.textContent);
    if (!text) continue;
    const card = cardOf(child, base, own, hosts, text);
    if (!card) break;
    run.unshift(card);
  }
  if (!child || run.length < MIN_CARDS) return null;
  return new Set(run.map((c) => c.url)).size === run.length ? run : null;
}

/** The short heading just above a block (skipping blocks without text), else null. */
function headingAbove(top: Element): Element | null {
  let before = top.previousElementSibling;
  while (before && !flat(before.textContent)) before = before.previousElementSibling;
  const label = before ? flat(before.textContent) : '';
  return before && (HEADINGS.has(before.tagName) || before.querySelector('h2, h3, h4, h5, h6')) && label.length <= MAX_HEADING_CHARS
    && before.getElementsByTagName('p').length === 0 ? before : null;
}

/** The list and the wrappers around it that hold nothing else with text, and the heading just above. */
function blockAround(list: Element, article: Element): Element[] {
  let top = list;
  for (let up = top.parentElement; up && up !== article; up = up.parentElement) {
    let alone = true;
    for (let c = up.firstElementChild; c && alone; c = c.nextElementSibling) if (c !== top && flat(c.textContent)) alone = false;
    if (!alone) break;
    top = up;
  }
  const heading = headingAbove(top);
  return heading ? [heading, top] : [top];
}

/**
 * Removes the teaser lists after the story's end from the article in place; returns the records and
 * the lists' links, read from the page's own copy of each list when `page` has it (Readability may
 * have dropped a card), described as the related harvest describes cards.
 */
export function removeTrailingTeasers(article: Element, source: StorySource, page?: Document): { removed: Removal[]; links: RelatedLink[] } {
  const base = source.base ?? source.url;
  const own = new Set<string>();
  const hosts: string[] = [];
  for (const address of [source.url, source.site, base]) {
    try {
      own.add(placeOf(address));
      hosts.push(hostOf(address));
    } catch {
      // Not an address (a file path without a scheme): nothing to compare with.
    }
  }
  // Paragraphs of story length and teaser lists, in document order; a list's own paragraphs are its summaries.
  const order: Array<{ list: Element; cards: Card[]; run?: boolean } | { prose: number }> = [];
  // The cards of a trailing run (trailingRun), by its first card: met there in the walk.
  const runs = new Map<Element, Card[]>();
  const inRun = new Set<Element>();
  const noteRun = (element: Element): void => {
    const run = element.childElementCount > MIN_CARDS ? trailingRun(element, base, own, hosts) : null;
    if (!run?.[0]) return;
    runs.set(run[0].element, run);
    for (const card of run) inRun.add(card.element);
  };
  // The walk visits the article's descendants; its own children may end in a run too.
  noteRun(article);
  walkElements(article, (element) => {
    if (inRun.has(element)) {
      const run = runs.get(element);
      if (run) order.push({ list: element, cards: run, run: true });
      return 'skip';
    }
    // Two children may be two rows of cards (cardsIn), or a list of two links.
    if (element.childElementCount >= MIN_LINK_ITEMS && !INLINE.has(element.tagName) && element.tagName !== 'P') {
      const cards = cardsOf(element, base, own, hosts);
      if (cards) {
        order.push({ list: element, cards });
        return 'skip';
      }
      noteRun(element);
    }
    if (element.tagName === 'P') {
      const chars = flat(element.textContent).length;
      if (chars >= PROSE_CHARS) order.push({ prose: chars });
      return 'skip';
    }
    return undefined;
  });
  // The trailing lists: those after the last paragraph of story length.
  let end = order.length;
  while (end > 0 && 'list' in (order[end - 1] ?? {})) end--;
  const story = order.slice(0, end).reduce((n, item) => n + ('prose' in item ? item.prose : 0), 0);
  const lists = order.slice(end).filter((item): item is { list: Element; cards: Card[]; run?: boolean } => 'list' in item);
  const listChars = lists.reduce((n, item) => n + item.cards.reduce((m, c) => m + c.chars, 0), 0);
  if (!lists.length || story < MIN_STORY_CHARS || listChars >= story) return { removed: [], links: [] };
  const removed: Removal[] = [];
  const links: RelatedLink[] = [];
  const rule = STEP_RULES.teaserList;
  for (const { list, cards, run } of lists) {
    const elements = run ? cards.map((card) => card.element) : [list];
    links.push(...linksOf(listOnPage(page, cards, base, own, hosts) ?? elements, base, () => false));
    const heading = run ? headingAbove(list) : null;
    for (const element of run ? (heading ? [heading, ...elements] : elements) : blockAround(list, article)) {
      removed.push(recordRemoval(element, rule, rule.match));
      element.remove();
    }
  }
  return { removed, links };
}
