// The detector's page scan for real browsers: the same PageScan as scanPage (detect-scan.ts), from
// selector queries and native collections instead of a walk over every element.
//
// Why two ways to the same result. In a browser, every element a script touches gets a JS wrapper,
// and the first element of each interface (div, span, li, svg…) builds that interface's prototypes in
// the content script's fresh isolated world: walking a 60-element page cost ~1.5 ms of main-thread
// time in Chromium, a 12,000-element page 40 ms (../shared/tools/perf-detector.mjs). Queries match
// inside the browser and hand back only the few candidates worth a look. jsdom is the other way
// round: its selector engine takes tens of ms per query on a whole page while the walk takes one, so
// Node (CLI, bench) keeps the walk. test/core/detect-scan.test.ts proves the two scans agree.
//
// The queries are deliberately broader than the tests (CSS matches some attribute values without
// regard to case, and `~=` knows fewer spaces than `\s`); the candidates then pass the walk's exact tests.
import {
  COUNTED_TAGS,
  MAX_ATTRIBUTES,
  MAX_BR_PARENTS,
  MAX_BUTTONS,
  MAX_ELEMENTS,
  MAX_HEADLINES,
  MAX_ITEMTYPES,
  MAX_JSONLD_SCRIPTS,
  MAX_PARAGRAPHS,
  headlineAround,
  headlineOf,
  isCanonicalRel,
  itemTypeNames,
} from './detect-scan.js';
import { isRuleAttribute, matchAttribute, ruleCandidates } from './detect-attribute-rules.js';
import { eachInBound } from './detect-scan-bound.js';
import type { PageScan } from './detect-scan.js';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the core reads no global of the page. */
const FOLLOWING = 4;

/** The value of `name` when it is among the element's first MAX_ATTRIBUTES attributes (as the walk reads them), else null. */
function readableAttribute(el: Element, name: string): string | null {
  const names = el.getAttributeNames();
  for (let j = 0; j < names.length && j < MAX_ATTRIBUTES; j++) if (names[j] === name) return el.getAttribute(name);
  return null;
}

/**
 * How many items of a document-order list lie within the scan's bound: all of them when the page
 * has at most MAX_ELEMENTS elements, else those up to `last`, the last element the bound admits
 * (found by bisection, so only a few items are touched).
 */
function boundedLength(list: ArrayLike<Element>, last: Element | null): number {
  if (last === null) return list.length;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const el = list[mid];
    if (el && (el === last || (el.compareDocumentPosition(last) & FOLLOWING) !== 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` with each element of a document-order list that lies within the bound. */
function eachBounded(list: NodeListOf<Element>, last: Element | null, visit: (el: Element) => void): void {
  const n = boundedLength(list, last);
  for (let i = 0; i < n; i++) visit(list[i] as Element);
}

/** Up to `max` elements of `selector` within the bound that pass `test`, in document order. */
function sample(doc: Document, selector: string, last: Element | null, max: number, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const list = doc.querySelectorAll(selector);
  const n = boundedLength(list, last);
  for (let i = 0; i < n && out.length < max; i++) {
    const el = list[i];
    if (el && test(el)) out.push(el);
  }
  return out;
}

/** The text-paragraph sample: <p>s, and <div>s that write text as line<br><br>line, in document order. */
function paragraphs(doc: Document, last: Element | null): Element[] {
  const out: Element[] = [];
  const brParents = new Set<Element>();
  const list = doc.querySelectorAll('p, div > br');
  const n = boundedLength(list, last);
  for (let i = 0; i < n && out.length < MAX_PARAGRAPHS; i++) {
    const el = list[i];
    if (!el) continue;
    if (el.localName === 'p') {
      out.push(el);
      continue;
    }
    const parent = el.parentElement;
    if (parent && !brParents.has(parent) && brParents.size < MAX_BR_PARENTS) {
      brParents.add(parent);
      if (!parent.getElementsByTagName('p').length) out.push(parent);
    }
  }
  return out;
}

/** Links below a <nav>, an <aside> or a role="navigation" element; each outermost region counts its own. */
function navLinks(doc: Document, last: Element | null): number {
  const regions = doc.querySelectorAll('nav, aside, [role="navigation"]');
  const n = boundedLength(regions, last);
  let count = 0;
  let outer: Element | null = null;
  for (let i = 0; i < n; i++) {
    const el = regions[i];
    if (!el || (outer && outer.contains(el))) continue;
    if (el.localName !== 'nav' && el.localName !== 'aside' && readableAttribute(el, 'role') !== 'navigation') continue;
    outer = el;
    count += boundedLength(el.getElementsByTagName('a'), last);
  }
  return count;
}

/**
 * Per feature, the elements within the bound that one of its attribute rules matches; `bylines` gets
 * the byline elements. The candidates' list is the scan's most expensive query: on a page well over
 * the bound (`beyond` elements after `last`) it is asked of the parts of the tree within the bound
 * (detect-scan-bound.ts). An element that more than one of the candidates' selectors find counts once.
 */
function countRuleHits(doc: Document, last: Element | null, beyond: number, counts: Map<string, number>, bylines: Set<Element>): void {
  const hit = new Set<string>();
  const seen = new Set<Element>();
  const tally = (el: Element): void => {
    if (seen.has(el)) return;
    seen.add(el);
    hit.clear();
    const names = el.getAttributeNames();
    for (let j = 0; j < names.length && j < MAX_ATTRIBUTES; j++) {
      const name = names[j] ?? '';
      if (isRuleAttribute(name)) matchAttribute(el, name, el.getAttribute(name) ?? '', hit);
    }
    for (const feature of hit) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    if (hit.has('byline')) bylines.add(el);
  };
  const [list = '', ...apart] = ruleCandidates();
  for (const selector of apart) eachBounded(doc.querySelectorAll(selector), last, tally);
  if (!last || !eachInBound(last, beyond, list, tally)) eachBounded(doc.querySelectorAll(list), last, tally);
}

/** The first canonical <link>'s href within the bound, read as the walk reads it (an empty or missing href lets a later one speak). */
function canonical(doc: Document, last: Element | null): string | null {
  const list = doc.querySelectorAll('link[rel*="canonical" i]');
  const n = boundedLength(list, last);
  let href: string | null = null;
  for (let i = 0; i < n && !href; i++) {
    const el = list[i] as Element;
    if (isCanonicalRel(el.getAttribute('rel') ?? '')) href = el.getAttribute('href');
  }
  return href;
}

/** The first MAX_HEADLINES <h1>s within the bound: the headline's candidates (headlineOf). */
function headlines(doc: Document, last: Element | null): Element[] {
  const list = doc.getElementsByTagName('h1');
  const n = Math.min(boundedLength(list, last), MAX_HEADLINES);
  const out: Element[] = [];
  for (let i = 0; i < n; i++) out.push(list[i] as Element);
  return out;
}

function itemTypes(doc: Document, last: Element | null): string[] {
  const out: string[] = [];
  const list = doc.querySelectorAll('[itemtype]');
  const n = boundedLength(list, last);
  for (let i = 0; i < n && out.length < MAX_ITEMTYPES; i++) {
    const value = readableAttribute(list[i] as Element, 'itemtype');
    if (value !== null) out.push(...itemTypeNames(value));
  }
  return out;
}

/** scanPage's result (detect-scan.ts) for the first MAX_ELEMENTS elements, found by queries: for browsers. */
export function scanPageByQueries(doc: Document): PageScan {
  const all = doc.getElementsByTagName('*');
  const last = all.length > MAX_ELEMENTS ? (all[MAX_ELEMENTS - 1] ?? null) : null;
  const counts = new Map<string, number>();
  const count = (key: string, n: number): void => void (n > 0 && counts.set(key, n));
  for (const tag of COUNTED_TAGS) count(tag, boundedLength(doc.getElementsByTagName(tag), last));
  // One tag collection each: a list of three selectors is tried on every element (1-2 ms on 50,000).
  count('heading', ['h2', 'h3', 'h4'].reduce((sum, tag) => sum + boundedLength(doc.getElementsByTagName(tag), last), 0));
  count('nav-link', navLinks(doc, last));
  count('time-datetime', boundedLength(doc.querySelectorAll('time[datetime]'), last));
  // CSS compares type="…" without regard to case in HTML documents; the walk's tests are exact.
  count('password', sample(doc, 'input[type="password" i]', last, Infinity, (el) => el.getAttribute('type') === 'password').length);
  const bylines = new Set<Element>();
  countRuleHits(doc, last, all.length - MAX_ELEMENTS, counts, bylines);
  return {
    counts,
    paragraphs: paragraphs(doc, last),
    buttons: sample(doc, 'button, input[type="submit" i]', last, MAX_BUTTONS, (el) => el.localName === 'button' || el.getAttribute('type') === 'submit'),
    jsonLd: sample(doc, 'script[type="application/ld+json" i]', last, MAX_JSONLD_SCRIPTS, (el) => el.getAttribute('type') === 'application/ld+json'),
    itemTypes: itemTypes(doc, last),
    canonical: canonical(doc, last),
    ...headlineAround(doc, headlineOf(headlines(doc, last), doc.title), last, bylines),
  };
}
