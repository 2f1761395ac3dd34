// The detector's single bounded pass over a page (see detect.ts): tag counts, attribute-rule hits
// from the rule table, and capped samples of paragraphs, buttons and JSON-LD blocks.
import { ATTRIBUTE_RULES } from './rules/detect-signals.js';

// The headline's neighbourhood, in elements of document order: a kicker or date line may come just
// before the <h1>, the byline and date usually come within a few dozen elements after it.
const BEFORE_HEADLINE = 8;
const AFTER_HEADLINE = 30;

// Work bounds: the pass never looks at more than this many of a kind.
const MAX_ELEMENTS = 20_000;
const MAX_PARAGRAPHS = 300;
const MAX_BR_PARENTS = 50;
const MAX_BUTTONS = 150;
const MAX_JSONLD_SCRIPTS = 12;
const MAX_ITEMTYPES = 60;

/** What the single pass collected: counts by tag name and by attribute-rule feature, and capped samples. */
export interface PageScan {
  counts: Map<string, number>;
  paragraphs: Element[];
  buttons: Element[];
  jsonLd: Element[];
  itemTypes: string[];
  /** The first <h1>, and the first <link rel=canonical>'s href. */
  h1: Element | null;
  canonical: string | null;
  /**
   * The elements just before and after the first <h1>, where a story shows its byline and date, and
   * whether a byline element or a <time datetime> is among them (detect-headline.ts reads their text).
   */
  nearHeadline: Element[];
  bylineNearHeadline: boolean;
  timeNearHeadline: boolean;
}

type AttributeTest = { attr: string; pattern: RegExp };
type AttributeRule = { feature: string; pattern: RegExp; also: AttributeTest[] };


/** The regular-expression source of one attribute-selector test (op '' is a bare [attr]). */
function testSource(op: string, value: string): string {
  const v = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return op === '' ? '' : op === '=' ? `^${v}$` : op === '^=' ? `^${v}` : op === '~=' ? `(?:^|\\s)${v}(?:\\s|$)` : v;
}

// The rule table's selectors, parsed once and indexed by their first attribute; the one-attribute
// selectors of a feature merge into one regular expression (one test per attribute value).
const RULES_BY_ATTRIBUTE = new Map<string, AttributeRule[]>();
const addRule = (attr: string, rule: AttributeRule): void => void RULES_BY_ATTRIBUTE.set(attr, [...(RULES_BY_ATTRIBUTE.get(attr) ?? []), rule]);
for (const [feature, selectors] of Object.entries(ATTRIBUTE_RULES)) {
  const simple = new Map<string, string[]>();
  for (const selector of selectors) {
    const [first, ...also] = [...selector.matchAll(/\[([\w-]+)(?:([~^*]?=)"([^"]*)")?\]/g)].map((m) => ({ attr: m[1] ?? '', source: testSource(m[2] ?? '', m[3] ?? '') }));
    if (!first) continue;
    if (also.length === 0) simple.set(first.attr, [...(simple.get(first.attr) ?? []), first.source]);
    else addRule(first.attr, { feature, pattern: new RegExp(first.source), also: also.map((t) => ({ attr: t.attr, pattern: new RegExp(t.source) })) });
  }
  for (const [attr, sources] of simple) addRule(attr, { feature, pattern: new RegExp(sources.join('|')), also: [] });
}

/** rel="canonical" among a <link>'s space-separated rel tokens. */
const CANONICAL_REL = /(?:^|\s)canonical(?:\s|$)/i;

// Tags whose count is a feature (or part of one).
const COUNTED_TAGS = new Set(['article', 'a', 'pre', 'code', 'button']);

const keep = (list: Element[], el: Element, max: number): void => {
  if (list.length < max) list.push(el);
};

/** The element after `el` in document order within root, or null at the end. */
function nextInOrder(el: Element, root: Element): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
    const sibling = up.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

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
  // Before the <h1> is found: the last BEFORE_HEADLINE elements, and where the last byline and <time> were.
  const recent: Element[] = [];
  let headlineAt = -1;
  let lastBylineAt = -Infinity;
  let lastTimeAt = -Infinity;
  const bump = (key: string): void => void scan.counts.set(key, (scan.counts.get(key) ?? 0) + 1);
  const hit = new Set<string>();
  let nav: Element | null = null;
  const brParents = new Set<Element>();
  // Child/sibling pointers in document order: jsdom answers every index of a live collection slowly.
  const root = doc.documentElement;
  let visited = 0;
  for (let el: Element | null = root; el && visited < MAX_ELEMENTS; el = nextInOrder(el, root), visited++) {
    const tag = el.localName;
    if (COUNTED_TAGS.has(tag)) bump(tag);
    if (headlineAt < 0) {
      if (recent.push(el) > BEFORE_HEADLINE) recent.shift();
    } else if (visited <= headlineAt + AFTER_HEADLINE) scan.nearHeadline.push(el);
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
    } else if (tag === 'time' && el.hasAttribute('datetime')) {
      bump('time-datetime');
      lastTimeAt = visited;
      if (headlineAt >= 0 && visited <= headlineAt + AFTER_HEADLINE) scan.timeNearHeadline = true;
    }
    else if (tag === 'script' && el.getAttribute('type') === 'application/ld+json') keep(scan.jsonLd, el, MAX_JSONLD_SCRIPTS);
    else if (tag === 'h1' && !scan.h1) {
      scan.h1 = el;
      headlineAt = visited;
      scan.nearHeadline.push(...recent.slice(0, -1));
      scan.bylineNearHeadline = visited - lastBylineAt <= BEFORE_HEADLINE;
      scan.timeNearHeadline = visited - lastTimeAt <= BEFORE_HEADLINE;
    }
    else if (tag === 'link' && !scan.canonical && CANONICAL_REL.test(el.getAttribute('rel') ?? '')) scan.canonical = el.getAttribute('href');
    if (!nav && (tag === 'nav' || tag === 'aside')) nav = el;
    if (!el.hasAttributes()) continue;
    // Names first, values only where a rule looks: reading every attribute value (inline styles,
    // data: URIs) was the detector's main cost in Chromium on big pages.
    const names = el.getAttributeNames();
    hit.clear();
    for (let j = 0; j < names.length && j < 16; j++) {
      const name = names[j] ?? '';
      const rules = RULES_BY_ATTRIBUTE.get(name);
      if (!rules && name !== 'role' && name !== 'itemtype') continue;
      const value = el.getAttribute(name) ?? '';
      if (name === 'role' && value === 'navigation' && !nav) nav = el;
      if (name === 'itemtype' && scan.itemTypes.length < MAX_ITEMTYPES) {
        for (const type of value.split(/\s+/)) scan.itemTypes.push(type.split('/').pop() ?? '');
      }
      for (const rule of rules ?? []) {
        if (hit.has(rule.feature)) continue;
        if (!rule.pattern.test(value)) continue;
        const also = rule.also.every((t) => {
          const v = el.getAttribute(t.attr);
          return v !== null && t.pattern.test(v);
        });
        if (also) hit.add(rule.feature);
      }
    }
    for (const feature of hit) bump(feature);
    if (hit.has('byline')) {
      lastBylineAt = visited;
      if (headlineAt >= 0 && visited <= headlineAt + AFTER_HEADLINE) scan.bylineNearHeadline = true;
    }
  }
  return scan;
}
