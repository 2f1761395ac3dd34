// DOM and text helpers of the related-link harvester (src/core/related.ts). jsdom's live collections
// and selector engine are slow on big pages, so these walk the tree themselves, with caps.
import { AD_LABELS, SPONSORED_LABELS } from './rules/related-phrases';
import { RELATED_LIMITS } from './rules/related-selectors';
import { foldDottedI, LEADING_MARKS, unbracket } from './text';
import { UNSPACED } from './scripts';

/** Collapses whitespace runs and trims. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Lower-cased, collapsed text without decorative punctuation at the ends: how phrases are compared. */
export function phraseKey(text: string): string {
  return unbracket(foldDottedI(norm(text).toLowerCase()).replace(LEADING_MARKS, '').replace(/^[\s\-–—:|›»>→：]+|[\s\-–—:|›»>→.…：。՝៖፦]+$/g, ''));
}

/** The text equals a phrase or starts with it as whole words ("More from Reuters" matches "more from"). */
export function matchesPhrase(text: string, phrases: readonly string[]): boolean {
  const key = phraseKey(text);
  if (!key || key.length > 60) return false;
  // In Chinese, Japanese, Korean and the scripts written without spaces between words (Thai) the words
  // that narrow a phrase come before it: "연합뉴스 관련기사" (the agency's related stories), "地域の関連記事",
  // "อ่านข่าวที่เกี่ยวข้อง" (read the related news).
  return phrases.some((p) => key === p || key.startsWith(p + ' ') || key.startsWith(p + ':') || (/^[^\x00-\x7f]/.test(p) && (key.startsWith(p) || (UNSPACED.test(p) && key.endsWith(p)))));
}

// Words of class, id, aria-label, data-* values and custom tag names. Each distinct string is split
// once; the words are not kept per element (a WeakMap entry for every element of the page cost more
// than reading the few elements asked twice again).
const splitCache = new Map<string, string[]>();
const MAX_SPLIT_CACHE = 4096;

/** Words of class, id, aria-label, data-* values and custom tag names. */
export function words(el: Element): string[] {
  if (!el.hasAttributes() && !el.tagName.includes('-')) return [];
  // Custom element names count as tokens: <related-stories>, <story-card-time> (fixture custom-elements).
  // One pass over the attribute names: asking for absent attributes one by one costs more under jsdom.
  let cls: string | null = null;
  let id: string | null = null;
  let label: string | null = null;
  const data: string[] = [];
  for (const name of el.getAttributeNames()) {
    if (name === 'class') cls = el.getAttribute(name);
    else if (name === 'id') id = el.getAttribute(name);
    else if (name === 'aria-label') label = el.getAttribute(name);
    else if (name.startsWith('data-')) {
      const value = el.getAttribute(name);
      if (value && value.length <= 60) data.push(value);
    }
  }
  const raw = [cls, id, label, el.tagName.includes('-') ? el.tagName : '', ...data].join(' ');
  // Pages repeat the same class strings on many elements: split each distinct string once.
  let ws = splitCache.get(raw);
  if (!ws) {
    // A word after "no" is switched off, not named: "entry-content no-share" is a body without a share bar.
    ws = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w, i, all) => w && all[i - 1] !== 'no');
    if (splitCache.size >= MAX_SPLIT_CACHE) splitCache.clear();
    splitCache.set(raw, ws);
  }
  return ws;
}

// Token tables compiled once: single words into a Set, "a-b" tokens into " a b " needles.
const matchers = new Map<readonly string[], (ws: string[]) => boolean>();

/** Whether the words contain one of the tokens ("a-b" tokens as consecutive words). */
export function hasToken(ws: string[], tokens: readonly string[]): boolean {
  // Most elements carry no words at all.
  if (ws.length === 0) return false;
  let match = matchers.get(tokens);
  if (!match) {
    const singles = new Set(tokens.filter((t) => !t.includes('-')));
    const needles = tokens.filter((t) => t.includes('-')).map((t) => ` ${t.replace(/-/g, ' ')} `);
    match = (w) => {
      if (w.some((x) => singles.has(x))) return true;
      const joined = needles.length ? ` ${w.join(' ')} ` : '';
      return needles.some((n) => joined.includes(n));
    };
    matchers.set(tokens, match);
  }
  return match(ws);
}

// jsdom's live collections (children, getElementsByTagName) answer every index through a named-property
// lookup, which made a 16,000-element page take seconds: walk the tree instead, with a cap on hits.
/** Up to `max` descendants of `root` that pass `test`, in document order. */
export function findAll(root: Element, test: (e: Element) => boolean, max: number): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) if (test(n as Element)) out.push(n as Element);
  return out;
}

/** An anchor with an href. */
export const isLink = (e: Element): boolean => e.tagName === 'A' && e.hasAttribute('href');

/** Up to `max` anchors with an href in an element (the element itself when it is one). */
export function anchorsIn(el: Element, max: number = RELATED_LIMITS.maxLinksPerContainer): Element[] {
  return isLink(el) ? [el] : findAll(el, isLink, max);
}

/** Whether the element is or holds an anchor with an href. */
export const hasAnchor = (el: Element): boolean => anchorsIn(el, 1).length > 0;

// Element.closest goes through jsdom's selector engine, which is slow when called per element.
/** The element or its nearest ancestor whose tag is in `tags`. */
export function closestTag(el: Element | null, tags: ReadonlySet<string>): Element | null {
  for (let cur = el; cur; cur = cur.parentElement) if (tags.has(cur.tagName)) return cur;
  return null;
}

/** A set of upper-case tag names for closestTag. */
export const tagSet = (...tags: string[]): ReadonlySet<string> => new Set(tags);
export const A = tagSet('A');
export const P = tagSet('P');
export const BLOCK_TAGS = tagSet('P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER');

/** Up to `max` descendants of an element, in document order. */
export function descendants(el: Element, max: number): Element[] {
  const out: Element[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 1);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out.push(n as Element);
  return out;
}

/** A paid-placement label ("Sponsored", "Ads by …"), or with `orAd` also a bare ad label ("Anzeige"). */
export function isSponsoredLabel(text: string, orAd = false): boolean {
  const key = phraseKey(text);
  return SPONSORED_LABELS.includes(key) || (orAd && AD_LABELS.includes(key)) || /^(ads|promoted|sponsored|paid content|recommended) by\b|^by (taboola|outbrain)\b/.test(key);
}
