// The detector's single bounded pass over a page (see detect.ts): tag counts, attribute-rule hits
// from the rule table, capped samples of paragraphs, buttons and JSON-LD blocks, and the headline's
// <h1> with the elements around it. This walk serves jsdom (CLI, bench); browsers get the same scan
// from queries, detect-scan-queries.ts.
import { hasWord, isRuleAttribute, matchAttribute } from './detect-attribute-rules.js';

// The headline's neighbourhood, in elements of document order: a kicker or date line may come just
// before the <h1>, the byline and date usually come within a few dozen elements after it.
export const BEFORE_HEADLINE = 8;
export const AFTER_HEADLINE = 30;

// Work bounds: the pass never looks at more than this many of a kind (scanPageByQueries keeps to them too).
export const MAX_ELEMENTS = 20_000;
export const MAX_PARAGRAPHS = 300;
export const MAX_BR_PARENTS = 50;
export const MAX_BUTTONS = 150;
export const MAX_JSONLD_SCRIPTS = 12;
export const MAX_ITEMTYPES = 60;
/** The headline is looked for among the page's first this many <h1>s. */
export const MAX_HEADLINES = 8;
/** Only an element's first this many attributes are read. */
export const MAX_ATTRIBUTES = 16;

/** What the single pass collected: counts by tag name and by attribute-rule feature, and capped samples. */
export interface PageScan {
  counts: Map<string, number>;
  paragraphs: Element[];
  buttons: Element[];
  jsonLd: Element[];
  itemTypes: string[];
  /** The headline's <h1> (headlineOf), and the first <link rel=canonical>'s href. */
  h1: Element | null;
  canonical: string | null;
  /**
   * The elements just before and after the headline's <h1>, where a story shows its byline and date,
   * and whether a byline element or a <time datetime> is among them (detect-headline.ts reads their text).
   */
  nearHeadline: Element[];
  bylineNearHeadline: boolean;
  timeNearHeadline: boolean;
}

// Tags whose count is a feature (or part of one).
export const COUNTED_TAGS = new Set(['article', 'a', 'pre', 'code', 'button']);

/** The schema.org type names of one itemtype attribute ("https://schema.org/Article" -> "Article"). */
export const itemTypeNames = (value: string): string[] => value.split(/\s+/).map((type) => type.split('/').pop() ?? '');

/** Whether a <link>'s rel names it canonical (a token, in any case): no regular expression, as in the rule tests. */
export const isCanonicalRel = (rel: string): boolean => hasWord(rel.toLowerCase(), 'canonical');

/** An <h1> longer than this is a wrapper, not a headline: its text is not compared with the title. */
const MAX_HEADLINE_CHARS = 600;
/** A later <h1> is the headline when the title holds it (or it the title) for at least this share of the title. */
const MIN_TITLE_SHARE = 0.4;

/**
 * The text with each run of white space as one space, trimmed, in lower case. Only read on a page with
 * two <h1>s or more: on an ordinary page the always-on script runs no regular expression, and the first
 * one in a fresh content-script world is not free.
 */
const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The page's headline among its first <h1>s (`h1s`, in document order): the one its <title> names.
 * Many pages put the site's logo, or a heading only screen readers hear ("Zoll", "KBS WORLD",
 * "Bundesministerium für …"), in an earlier <h1> than the story's; "Story - Site" holds both, so the
 * one that covers more of the title wins, and it must cover a good share of it. The first <h1>
 * otherwise, and always when there is only one (its text is then not even read).
 */
export function headlineOf(h1s: readonly Element[], title: string): Element | null {
  const first = h1s[0] ?? null;
  if (h1s.length < 2) return first;
  const named = squeeze(title);
  if (named === '') return first;
  let best = first;
  let covered = 0;
  for (const h1 of h1s) {
    const raw = h1.textContent ?? '';
    if (raw.length > MAX_HEADLINE_CHARS) continue;
    const text = squeeze(raw);
    const shared = text === '' ? 0 : named.includes(text) ? text.length : text.includes(named) ? named.length : 0;
    if (shared > covered) {
      best = h1;
      covered = shared;
    }
  }
  return covered >= named.length * MIN_TITLE_SHARE ? best : first;
}

/** headlineOf over the first <h1>s of the document's body: the headline for the cleaning steps (extract.ts, declared-lead.ts). */
export function pageHeadline(document: Document, title: string = document.title): Element | null {
  const list = document.body?.getElementsByTagName('h1');
  if (!list?.length) return null;
  const h1s: Element[] = [];
  for (let i = 0; i < list.length && i < MAX_HEADLINES; i++) h1s.push(list[i] as Element);
  return headlineOf(h1s, title);
}

type Headline = Pick<PageScan, 'h1' | 'nearHeadline' | 'bylineNearHeadline' | 'timeNearHeadline'>;

/** A linked heading or a card of at least this many characters is another story's headline (isTeaserHeadline). */
const TEASER_HEADLINE_CHARS = 20;

/**
 * Whether `el` is the headline of another story, with TEASER_HEADLINE_CHARS or more of text: an
 * <h2>–<h6> whose first link holds four fifths of its text, or a link around a block or a picture
 * (a card). On a section front, a river of latest news or a data page the <h1> is the section's name
 * ("World", "Latest News") and the first teaser's byline and time follow within a few elements: they
 * are the teaser's, not the <h1>'s (probe ring "fronts": three fronts passed as articles on those
 * alone). A story's dek, kicker or subheads are not links, a link in its prose wraps no block, and a
 * byline heading that links its author is short.
 */
function isTeaserHeadline(el: Element): boolean {
  const tag = el.localName;
  // h2 to h6 (no other tag sorts between "h1" and "h7").
  const heading = tag > 'h1' && tag < 'h7';
  if (!heading && tag !== 'a') return false;
  const length = (el.textContent ?? '').trim().length;
  if (length < TEASER_HEADLINE_CHARS) return false;
  if (!heading) return el.querySelector(CARD_PARTS) !== null;
  return (el.getElementsByTagName('a')[0]?.textContent ?? '').trim().length * 5 >= length * 4;
}

/** What a link wraps only when it is a card (a teaser's picture, headline or summary), never in running text. */
const CARD_PARTS = 'div,p,img,picture,figure,h2,h3,h4,h5,h6';

/**
 * The card of a teaser headline that ends the headline's neighbourhood: its nearest <li> or <article>
 * ancestor, else its parent (null when that holds the <h1>). A card often prints its date or kicker
 * before its title (a podcast show page's first episode, "Mar 14, 2026" above the episode's <h3>,
 * probe ring "traps"): that date is the teaser's, not the headline's.
 */
function teaserCard(teaser: Element, h1: Element): Element | null {
  const card = teaser.parentElement;
  for (let el = card; el && !el.contains(h1); el = el.parentElement) if (el.localName === 'li' || el.localName === 'article') return el;
  return card?.contains(h1) ? null : card;
}

/**
 * The headline's neighbourhood: the BEFORE_HEADLINE - 1 elements before `h1` and the AFTER_HEADLINE
 * after it in document order, not past `last` (the last element the scan's bound admits, null when
 * the page is within it) nor past another story's headline (isTeaserHeadline), from a TreeWalker at
 * the <h1>, so only those few are touched, and not from a form or a table on; a teaser's
 * card gives none of its elements (teaserCard); and whether
 * a byline element (of `bylines`) or a <time datetime> is among the BEFORE_HEADLINE before it, the
 * <h1> itself or the AFTER_HEADLINE after it.
 */
export function headlineAround(doc: Document, h1: Element | null, last: Element | null, bylines: ReadonlySet<Element>): Headline {
  if (!h1) return { h1: null, nearHeadline: [], bylineNearHeadline: false, timeNearHeadline: false };
  const isTime = (el: Element): boolean => el.localName === 'time' && el.hasAttribute('datetime');
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  const before: Element[] = [];
  walker.currentNode = h1;
  for (let el = walker.previousNode() as Element | null; el && before.length < BEFORE_HEADLINE; el = walker.previousNode() as Element | null) before.push(el);
  let after: Element[] = [];
  walker.currentNode = h1;
  if (h1 !== last) {
    for (let el = walker.nextNode() as Element | null; el && after.length < AFTER_HEADLINE; el = walker.nextNode() as Element | null) {
      // A form or a table is a data or tool page's body (a weather page's location search and forecast
      // tables): what it dates below is an observation, not the page, where a story prints its date
      // and byline before any table or form of its body (probe ring "traps", a forecast page judged an
      // article on the "Updated" time of its current conditions, 28 elements below the <h1>).
      if (el.localName === 'form' || el.localName === 'table') break;
      if (isTeaserHeadline(el)) {
        const card = teaserCard(el, h1);
        if (card) after = after.filter((seen) => !card.contains(seen));
        break;
      }
      after.push(el);
      if (el === last) break;
    }
  }
  const around = [...before, h1, ...after];
  return {
    h1,
    nearHeadline: [...before.slice(0, BEFORE_HEADLINE - 1).reverse(), ...after],
    bylineNearHeadline: around.some((el) => bylines.has(el)),
    timeNearHeadline: around.some(isTime),
  };
}

const keep = (list: Element[], el: Element, max: number): void => {
  if (list.length < max) list.push(el);
};

/**
 * One pass over the first MAX_ELEMENTS elements in document order: tag counts, attribute-rule
 * hits, and capped samples. A selector per feature would walk the page again each time (and
 * substring selectors are slow in jsdom, where the bench and the CLI run).
 */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    counts: new Map(), paragraphs: [], buttons: [], jsonLd: [], itemTypes: [], h1: null, canonical: null,
    nearHeadline: [], bylineNearHeadline: false, timeNearHeadline: false,
  };
  // The headline's candidates and the byline elements; its neighbourhood is read after the walk.
  const h1s: Element[] = [];
  const bylines = new Set<Element>();
  let last: Element | null = null;
  const bump = (key: string): void => void scan.counts.set(key, (scan.counts.get(key) ?? 0) + 1);
  const hit = new Set<string>();
  let nav: Element | null = null;
  const brParents = new Set<Element>();
  // A TreeWalker in document order: jsdom answers every index of a live collection slowly, and each
  // child/sibling pointer read from script crosses its wrapper layer (walk.ts).
  const root = doc.documentElement;
  const walker = root ? doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */) : null;
  let visited = 0;
  for (let el: Element | null = root; el && visited < MAX_ELEMENTS; el = walker?.nextNode() as Element | null, visited++) {
    const tag = el.localName;
    if (visited === MAX_ELEMENTS - 1) last = el;
    if (COUNTED_TAGS.has(tag)) bump(tag);
    if (nav && !nav.contains(el)) nav = null;
    if (tag === 'p') keep(scan.paragraphs, el, MAX_PARAGRAPHS);
    else if (tag === 'br') {
      // Text written as <div>line<br><br>line</div> counts as paragraphs, as in isProbablyReaderable
      // (fixture br-separated); a wrapper that also holds <p>s is not one.
      const parent = el.parentElement;
      if (parent?.localName === 'div' && !brParents.has(parent) && brParents.size < MAX_BR_PARENTS) {
        brParents.add(parent);
        if (!parent.getElementsByTagName('p').length) keep(scan.paragraphs, parent, MAX_PARAGRAPHS);
      }
    } else if (tag === 'h2' || tag === 'h3' || tag === 'h4') {
      bump('heading');
    } else if (tag === 'a') {
      if (nav) bump('nav-link');
    } else if (tag === 'button') keep(scan.buttons, el, MAX_BUTTONS);
    else if (tag === 'input') {
      const type = el.getAttribute('type');
      if (type === 'submit') keep(scan.buttons, el, MAX_BUTTONS);
      else if (type === 'password') bump('password');
    } else if (tag === 'time' && el.hasAttribute('datetime')) bump('time-datetime');
    else if (tag === 'script' && el.getAttribute('type') === 'application/ld+json') keep(scan.jsonLd, el, MAX_JSONLD_SCRIPTS);
    else if (tag === 'h1') keep(h1s, el, MAX_HEADLINES);
    else if (tag === 'link' && !scan.canonical && isCanonicalRel(el.getAttribute('rel') ?? '')) scan.canonical = el.getAttribute('href');
    if (!nav && (tag === 'nav' || tag === 'aside')) nav = el;
    if (!el.hasAttributes()) continue;
    // Names first, values only where a rule looks: reading every attribute value (inline styles,
    // data: URIs) was the detector's main cost in Chromium on big pages.
    const names = el.getAttributeNames();
    hit.clear();
    for (let j = 0; j < names.length && j < MAX_ATTRIBUTES; j++) {
      const name = names[j] ?? '';
      const ruled = isRuleAttribute(name);
      if (!ruled && name !== 'role' && name !== 'itemtype') continue;
      const value = el.getAttribute(name) ?? '';
      if (name === 'role' && value === 'navigation' && !nav) nav = el;
      if (name === 'itemtype' && scan.itemTypes.length < MAX_ITEMTYPES) scan.itemTypes.push(...itemTypeNames(value));
      if (ruled) matchAttribute(el, name, value, hit);
    }
    for (const feature of hit) bump(feature);
    if (hit.has('byline')) bylines.add(el);
  }
  return { ...scan, ...headlineAround(doc, headlineOf(h1s, doc.title), last, bylines) };
}
