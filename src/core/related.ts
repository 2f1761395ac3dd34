// Harvests the page's related-article links before cleaning removes their blocks.
// Blocks are found three ways: a heading phrase ("Related Articles", "Mehr zum Thema"…), container
// attributes (class/id/aria-label/data-*), and, failing both, a card list right after the story.
// Paid widgets, most-read rails, page chrome, tag/author pages and in-body links are never harvested.
import type { RelatedLink } from './types';
import {
  AD_LABELS, NON_TITLE_PREFIXES, NON_TITLE_TEXTS, RELATED_EXCEPTION_WORDS, RELATED_HEADINGS, RELATED_HEADING_EXCEPTIONS, RELATED_LINE_PREFIXES, SPONSORED_LABELS, TRENDING_HEADINGS,
} from './rules/related-phrases';
import {
  CARD_PART_TOKENS, CHROME_SELECTOR, CHROME_TOKENS, EXCLUDED_HOSTS, NON_ARTICLE_PATH_SEGMENTS, RELATED_LIMITS,
  RELATED_TOKENS, SPONSORED_TOKENS, TRACKING_PARAMS, TRACKING_PREFIXES, TRENDING_TOKENS,
} from './rules/related-selectors';

export interface HarvestResult {
  links: RelatedLink[];
  /** The related blocks (heading included), outermost only, in document order. */
  containers: Element[];
}

/** Finds related/recommended/"read next" blocks, returning their links and elements; never throws. */
export function harvestRelated(doc: Document, url: string): HarvestResult {
  try {
    return harvest(doc, url);
  } catch {
    return { links: [], containers: [] };
  }
}

/** Absolute http(s) URL without fragment and tracking parameters, or null when unusable. */
export function cleanRelatedUrl(href: string, base: string): string | null {
  let u: URL;
  try {
    u = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  // forEach, not the iterator: in Firefox content scripts URLSearchParams iterators are not iterable.
  const names: string[] = [];
  u.searchParams.forEach((_value, key) => names.push(key));
  for (const name of names) {
    const lower = name.toLowerCase();
    if (TRACKING_PARAMS.includes(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p))) u.searchParams.delete(name);
  }
  return u.toString();
}

type Block = Element[];
const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADING_TOKENS = ['heading', 'header', 'label', 'kicker', ...CARD_PART_TOKENS.title];
const DATE_ONLY = /^(?:\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}|(?:\d{1,2} )?[a-zé]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [a-zé]{3,9}\.? \d{4})$/i;
const AGO = /\b(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\b|\bvor\s+\d+\s+\w+|\bhace\s+\d+\s+\w+|\bil y a\s+\d+\s+\w+|\d+\s*(?:分钟|小时|天)前/i;

function phraseKey(text: string): string {
  return norm(text).toLowerCase().replace(/^[\s\-–—:|›»>→]+|[\s\-–—:|›»>→.…]+$/g, '');
}

function matchesPhrase(text: string, phrases: readonly string[]): boolean {
  const key = phraseKey(text);
  if (!key || key.length > 60) return false;
  return phrases.some((p) => key === p || key.startsWith(p + ' ') || key.startsWith(p + ':') || (/^[^\x00-\x7f]/.test(p) && key.startsWith(p)));
}

// Words of class, id, aria-label, data-* values and custom tag names, cached: several rules ask per element.
const wordCache = new WeakMap<Element, string[]>();
function words(el: Element): string[] {
  const cached = wordCache.get(el);
  if (cached) return cached;
  if (!el.hasAttributes() && !el.tagName.includes('-')) return [];
  // Custom element names count as tokens: <related-stories>, <story-card-time> (fixture custom-elements).
  const parts = [el.getAttribute('class'), el.id, el.getAttribute('aria-label'), el.tagName.includes('-') ? el.tagName : ''];
  for (const name of el.getAttributeNames()) {
    const value = name.startsWith('data-') ? el.getAttribute(name) : null;
    if (value && value.length <= 60) parts.push(value);
  }
  const ws = parts.join(' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  wordCache.set(el, ws);
  return ws;
}

// Token tables compiled once: single words into a Set, "a-b" tokens into " a b " needles.
const matchers = new Map<readonly string[], (ws: string[]) => boolean>();
function hasToken(ws: string[], tokens: readonly string[]): boolean {
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
function findAll(root: Element, test: (e: Element) => boolean, max: number): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) if (test(n as Element)) out.push(n as Element);
  return out;
}

const isLink = (e: Element): boolean => e.tagName === 'A' && e.hasAttribute('href');

/** Up to `max` anchors with an href in an element (the element itself when it is one). */
function anchorsIn(el: Element, max: number = RELATED_LIMITS.maxLinksPerContainer): Element[] {
  return isLink(el) ? [el] : findAll(el, isLink, max);
}

const hasAnchor = (el: Element): boolean => anchorsIn(el, 1).length > 0;

/** The element or its nearest ancestor whose tag is in `tags`: Element.closest through jsdom's selector engine is slow. */
function closestTag(el: Element | null, tags: ReadonlySet<string>): Element | null {
  for (let cur = el; cur; cur = cur.parentElement) if (tags.has(cur.tagName)) return cur;
  return null;
}
const tagSet = (...tags: string[]): ReadonlySet<string> => new Set(tags);
const A = tagSet('A');
const P = tagSet('P');
const NOT_HEADING = tagSet('A', 'BUTTON', 'P', 'LI', 'LABEL', 'OPTION');
const NOT_BOLD_HEADING = tagSet('A', 'BUTTON');
const BLOCK_TAGS = tagSet('P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER');

function childrenOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

function isStructural(el: Element): boolean {
  return el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'MAIN';
}

/** Three or more long, link-free paragraphs side by side: story text, not a list of cards. */
function hasStoryRun(el: Element): boolean {
  const perParent = new Map<Element | null, number>();
  // Prose may carry inline links; a card summary or link list is mostly link text (WCXB page 4589).
  for (const p of findAll(el, isProse, RELATED_LIMITS.maxParagraphScan)) {
    const n = (perParent.get(p.parentElement) ?? 0) + 1;
    if (n >= 3) return true;
    perParent.set(p.parentElement, n);
  }
  let own = 0;
  for (let node = el.firstChild; node && own <= 500; node = node.nextSibling) if (node.nodeType === 3) own += norm(node.textContent).length;
  return own > 500;
}

/** A paragraph of 80+ characters that is mostly not link text. */
function isProse(p: Element): boolean {
  if (p.tagName !== 'P') return false;
  const len = (p.textContent ?? '').trim().length;
  return len >= 80 && !closestTag(p, A) && anchorsIn(p, 20).reduce((n, a) => n + (a.textContent ?? '').length, 0) <= len / 2;
}

/** Short, or at least 30% link text: a list of links, not a section of the story (WCXB 0046). */
function isLinkDense(el: Element): boolean {
  const len = norm(el.textContent).length;
  return len <= 200 || anchorsIn(el).reduce((n, a) => n + norm(a.textContent).length, 0) >= len * 0.3;
}

function inChrome(el: Element): boolean {
  const chrome = el.closest(CHROME_SELECTOR);
  if (chrome && !chrome.parentElement?.closest('article, main, [role="main"]')) return true;
  let cur: Element | null = el;
  for (let i = 0; cur && i < 5 && !isStructural(cur); i++, cur = cur.parentElement) {
    if (hasToken(words(cur), CHROME_TOKENS)) return true;
  }
  return false;
}

function isSponsoredLabel(text: string, orAd = false): boolean {
  const key = phraseKey(text);
  return SPONSORED_LABELS.includes(key) || (orAd && AD_LABELS.includes(key)) || /^(ads|promoted|sponsored|paid content|recommended) by\b|^by (taboola|outbrain)\b/.test(key);
}

/** The block a heading names: its wrapper when that holds only the list, else the sibling run after it. */
function blockForHeading(h: Element, maxUp = 5): Block {
  let head = h;
  for (let i = 0; i < maxUp; i++) {
    const parent = head.parentElement;
    if (!parent || isStructural(parent)) return [];
    const outside = findAll(parent, (a) => isLink(a) && !head.contains(a), 1).length > 0;
    if (!outside) {
      head = parent;
      continue;
    }
    // The page's <h1> or ten long paragraphs mean the wrapper is the story (a listicle), not a link list.
    const selfContained = parent.tagName !== 'ARTICLE' && !hasStoryRun(parent) && !findAll(parent, (e) => e.tagName === 'H1', 1).length
      && findAll(parent, isProse, 10).length < 10 && childrenOf(parent).every(
      (c) => c === head || hasAnchor(c) || norm(c.textContent).length <= 80,
    );
    if (selfContained) return [parent];
    const run: Element[] = [];
    for (let s = head.nextElementSibling; s; s = s.nextElementSibling) {
      if (HEADING_TAGS.has(s.tagName) || hasStoryRun(s) || !isLinkDense(s)) break;
      if (!hasAnchor(s)) {
        if (norm(s.textContent)) break;
        continue;
      }
      run.push(s);
    }
    return run.length ? [head, ...run] : [];
  }
  return [];
}

function isBoldLine(el: Element): boolean {
  if (el.tagName !== 'B' && el.tagName !== 'STRONG') return false;
  const text = norm(el.textContent);
  let block = el.parentElement;
  while (block && ['FONT', 'SPAN', 'EM', 'I', 'U'].includes(block.tagName)) block = block.parentElement;
  if (!block) return false;
  // "<strong>À lire aussi :</strong> <a>…</a>" is a label too (fixture french-publicite).
  return norm(block.textContent).startsWith(text) && (norm(block.textContent) === text || text.endsWith(':') || el.nextElementSibling?.tagName === 'BR' || el.parentElement?.nextElementSibling?.tagName === 'BR');
}

function headingCandidate(el: Element, ws: string[]): string | null {
  if (el.childElementCount > 3) return null;
  // A bold line standing alone in its block is a heading in old table layouts (fixture table-layout).
  const bold = isBoldLine(el);
  const isHeading = bold || HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading';
  if (!isHeading && !hasToken(ws, HEADING_TOKENS)) return null;
  if (closestTag(el, bold ? NOT_BOLD_HEADING : NOT_HEADING)) return null;
  const text = norm(el.textContent);
  return text.length > 0 && text.length <= 60 ? text : null;
}

function isExceptionHeading(heading: string): boolean {
  return matchesPhrase(heading, RELATED_HEADING_EXCEPTIONS) || phraseKey(heading).split(' ').some((w) => RELATED_EXCEPTION_WORDS.includes(w));
}

/** "READ MORE: <a>Headline</a>" as a paragraph of its own: a one-link related line in the story. */
function isPrefixedLinkLine(el: Element): boolean {
  if ((el.tagName !== 'P' && el.tagName !== 'LI') || el.childElementCount > 2) return false;
  // Cheap look at the first two nodes before reading the whole text: the label must open the line.
  const opening = `${el.firstChild?.textContent ?? ''}${el.firstChild?.nextSibling?.textContent ?? ''}`;
  if (!opening.slice(0, 60).includes(':') && !/^\s*$/.test(el.firstChild?.textContent ?? 'x')) return false;
  const text = norm(el.textContent);
  const colon = text.indexOf(':');
  const label = text.slice(0, colon);
  if (colon < 3 || colon > 40 || text.length > 250) return false;
  if (!matchesPhrase(label, RELATED_HEADINGS) && !RELATED_LINE_PREFIXES.includes(phraseKey(label))) return false;
  const links = anchorsIn(el, 2);
  return links.length === 1 && norm(links[0]?.textContent) === norm(text.slice(colon + 1));
}

function harvest(doc: Document, pageUrl: string): HarvestResult {
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = (baseHref && cleanRelatedUrl(baseHref, pageUrl)) || pageUrl;
  const self = cleanRelatedUrl(pageUrl, pageUrl);
  const related: Block[] = [];
  const zones: Element[] = [];
  // A tree walker, not an indexed live collection: jsdom's collection indexing is slow on big pages.
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1);
  for (let n = walker.nextNode(), i = 0; n && i < RELATED_LIMITS.maxAttributeScan; n = walker.nextNode(), i++) {
    const el = n as Element;
    if (el.tagName === 'A' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    const ws = words(el);
    const heading = headingCandidate(el, ws);
    if (heading && (matchesPhrase(heading, TRENDING_HEADINGS) || isSponsoredLabel(heading))) {
      const b = blockForHeading(el);
      zones.push(...b);
    } else if (hasToken(ws, SPONSORED_TOKENS) || hasToken(ws, TRENDING_TOKENS)) {
      if (!isStructural(el) && !hasStoryRun(el)) zones.push(el);
    } else if (heading && matchesPhrase(heading, RELATED_HEADINGS) && !isExceptionHeading(heading)) {
      // An inline "Recommended:" label names its own line only, not the section around it (WCXB 0030).
      const b = blockForHeading(el, isBoldLine(el) && heading.endsWith(':') ? 2 : 5);
      if (b.length) related.push(b);
    } else if (isPrefixedLinkLine(el)) {
      related.push([el]);
    } else if ((hasToken(ws, RELATED_TOKENS) || matchesPhrase(el.getAttribute('aria-label') ?? '', RELATED_HEADINGS)) &&
      !isStructural(el) && !closestTag(el, P) && hasAnchor(el) && !hasStoryRun(el)) {
      related.push([el]);
    }
    if (related.length > RELATED_LIMITS.maxContainers * 4) break;
  }
  const inZone = (el: Element): boolean => zones.some((z) => z.contains(el));
  const blocked = (b: Block): boolean => {
    const first = b[0];
    if (!first || inChrome(first) || inZone(first)) return true;
    return descendants(first, 300).some((e) => e.childElementCount === 0 && isSponsoredLabel(e.textContent ?? '') && /by\b/i.test(e.textContent ?? ''));
  };
  // Outer blocks precede their descendants in document order, so the first block that covers another wins.
  const ordered = related.filter((b) => !blocked(b)).sort((x, y) => (x[0] === y[0] ? 0 : x[0] && y[0] && x[0].compareDocumentPosition(y[0]) & 4 ? -1 : 1));
  let blocks: Block[] = [];
  for (const b of ordered) if (b[0] && !blocks.some((o) => o.some((e) => e.contains(b[0] ?? null)))) blocks.push(b);
  blocks = blocks.slice(0, RELATED_LIMITS.maxContainers);
  if (!blocks.length) {
    const list = cardListAfterStory(doc, base, (el) => inChrome(el) || inZone(el));
    if (list) blocks = [[list]];
  }
  const links: RelatedLink[] = [];
  const seen = new Set<string>(self ? [self] : []);
  for (const b of blocks) {
    for (const link of linksOf(b, base, inZone)) {
      if (seen.has(link.url) || links.length >= RELATED_LIMITS.maxLinks) continue;
      seen.add(link.url);
      links.push(link);
    }
  }
  return { links, containers: blocks.flat() };
}

function articleUrl(a: Element, base: string): string | null {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#')) return null;
  const u = cleanRelatedUrl(href, base);
  if (!u) return null;
  const parsed = new URL(u);
  const hostPath = parsed.host + parsed.pathname;
  if (EXCLUDED_HOSTS.some((h) => (h.includes('/') ? hostPath.includes(h) : parsed.host === h || parsed.host.endsWith('.' + h)))) return null;
  const segs = parsed.pathname.split('/').filter(Boolean).map((s) => s.toLowerCase());
  if (!segs.length || segs.some((s) => NON_ARTICLE_PATH_SEGMENTS.includes(s))) return null;
  return u;
}

/** A link inside running prose (a paragraph much longer than the link), not a card headline. */
function isInProse(a: Element): boolean {
  const p = closestTag(a, P);
  if (!p) return false;
  const pText = norm(p.textContent).length;
  return pText >= 80 && pText > norm(a.textContent).length + 40;
}

function linksOf(block: Block, base: string, inZone: (el: Element) => boolean): RelatedLink[] {
  const entries: { a: Element; u: string; root: Element }[] = [];
  for (const root of block) {
    const anchors = anchorsIn(root);
    for (const a of anchors.slice(0, RELATED_LIMITS.maxLinksPerContainer)) {
      const u = articleUrl(a, base);
      if (u && !isInProse(a) && !inZone(a)) entries.push({ a, u, root });
    }
  }
  const out: RelatedLink[] = [];
  const done = new Set<string>();
  entries.forEach(({ a, u, root }, k) => {
    if (done.has(u)) return;
    done.add(u);
    // A card is the largest ancestor holding no other URL; subtrees are contiguous in document order,
    // so checking the nearest different-URL anchor on each side is enough.
    const prev = entries.slice(0, k).reverse().find((e) => e.u !== u)?.a;
    const next = entries.slice(k + 1).find((e) => e.u !== u)?.a;
    let card = a;
    for (let p = a.parentElement; p && card !== root && root.contains(p) && !(prev && p.contains(prev)) && !(next && p.contains(next)); p = p.parentElement) card = p;
    if (hasToken(words(card), SPONSORED_TOKENS) || descendants(card, 200).some(
      (e) => e.childElementCount === 0 && isSponsoredLabel(e.textContent ?? '', true))) return;
    const link = describeCard(card, entries.filter((e) => e.u === u).map((e) => e.a), u, base);
    if (link) out.push(link);
  });
  return out;
}

/** Up to `max` descendants of an element, in document order. */
function descendants(el: Element, max: number): Element[] {
  const out: Element[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 1);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out.push(n as Element);
  return out;
}

function part(card: Element, tokens: readonly string[], skip: (Element | null)[]): Element | null {
  for (const el of descendants(card, 200)) {
    if (skip.some((s) => s && (s === el || s.contains(el) || el.contains(s)))) continue;
    if (hasToken(words(el), tokens) && norm(el.textContent)) return el;
  }
  return null;
}

/**
 * A link's text, or, when it wraps several blocks ("<p>Title</p><p>Teaser…</p>"), the first block of
 * three words or more: textContent would glue them into "TitleTeaser…".
 */
function linkText(a: Element): string {
  const groups: { owner: Element; text: string }[] = [];
  const walker = a.ownerDocument.createTreeWalker(a, 4);
  for (let n = walker.nextNode(), i = 0; n && i < 200; n = walker.nextNode(), i++) {
    const t = norm(n.textContent);
    const block = closestTag(n.parentElement, BLOCK_TAGS);
    const owner = block && a.contains(block) ? block : a;
    const last = groups[groups.length - 1];
    if (!t) continue;
    if (last && last.owner === owner) last.text = `${last.text} ${t}`;
    else groups.push({ owner, text: t });
  }
  if (groups.length < 2) return norm(a.textContent);
  return (groups.find((g) => g.text.split(' ').length >= 3 || g.text.length >= 15) ?? groups[0])?.text ?? '';
}

/**
 * Not a headline: a "see all" button, a bare date, an ad label, or a one- or two-word tag or name
 * ("Mental Health", "Jill Popelka": WCXB pages). Chinese, Japanese and Korean titles need six characters.
 */
function isNonTitle(text: string): boolean {
  const key = phraseKey(text);
  const short = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(key) ? key.length < 6 : key.split(' ').length < 3;
  return short || NON_TITLE_TEXTS.includes(key) || NON_TITLE_PREFIXES.some((p) => key === p || key.startsWith(`${p} `)) || DATE_ONLY.test(key) || isSponsoredLabel(key, true);
}

function describeCard(card: Element, anchors: Element[], u: string, base: string): RelatedLink | null {
  const timeEl = card.querySelector('time') ?? part(card, CARD_PART_TOKENS.time, []);
  const sourceEl = card.querySelector('cite') ?? part(card, CARD_PART_TOKENS.source, [timeEl]);
  const heads = Array.from(card.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))
    .filter((h) => norm(h.textContent) && !matchesPhrase(h.textContent ?? '', RELATED_HEADINGS));
  const titled = part(card, CARD_PART_TOKENS.title, [timeEl, sourceEl]);
  if (titled && !matchesPhrase(titled.textContent ?? '', RELATED_HEADINGS)) heads.push(titled);
  const linked = heads.find((h) => anchors.some((a) => a.contains(h) || h.contains(a)));
  const linkTexts = anchors.map(linkText).filter((t) => t.length <= 200 && !isNonTitle(t));
  const longest = linkTexts.sort((x, y) => y.length - x.length)[0];
  const a0 = anchors[0] as Element;
  const headingEl = linked ?? (longest ? undefined : heads[0]);
  // Last resorts for a link that wraps a whole card without a headline element: its attributes, then its first text leaf.
  const title = norm(headingEl?.textContent) || longest || norm(a0.getAttribute('title') ?? a0.getAttribute('aria-label'))
    || norm(a0.querySelector('img')?.getAttribute('alt')) || norm(descendants(a0, 50).find((e) => !e.childElementCount && norm(e.textContent).length >= 10)?.textContent);
  if (!title || isNonTitle(title)) return null;
  const link: RelatedLink = { url: u, title };
  const source = norm(sourceEl?.textContent).replace(/^[-–—·|•]\s*|^by\s+/i, '');
  if (source && source !== title) link.source = source;
  const agoEl = timeEl ? null : descendants(card, 200).find((e) => e.childElementCount === 0 && norm(e.textContent).length <= 30 && AGO.test(e.textContent ?? ''));
  const time = norm(timeEl?.textContent) || norm(timeEl?.getAttribute('datetime')) || norm(agoEl?.textContent);
  if (time && time !== title) link.time = time;
  const titleEl = headingEl ?? anchors.find((a) => norm(a.textContent) === title) ?? null;
  const summaryEl = part(card, CARD_PART_TOKENS.summary, [titleEl, timeEl, sourceEl, agoEl ?? null])
    ?? Array.from(card.querySelectorAll('p')).find((p) => !p.contains(titleEl) && norm(p.textContent).length >= 40 && norm(p.textContent) !== title);
  const summary = norm(summaryEl?.textContent);
  if (summary && summary !== title) link.summary = summary;
  const image = imageOf(card, base);
  if (image) link.image = image;
  return link;
}

function imageOf(card: Element, base: string): string | null {
  // Publisher logos and icons (16px favicons in the seed-aggregator cards) are not article images.
  const img = Array.from(card.querySelectorAll('img')).find((i) => !(Number(i.getAttribute('width') || 999) < 60 || Number(i.getAttribute('height') || 999) < 60 || /logo|favicon|avatar|icon/i.test(i.getAttribute('src') ?? '')));
  const candidates: (string | null | undefined)[] = [];
  if (img) {
    for (const attr of ['data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'data-lazy-srcset', 'srcset', 'src']) {
      candidates.push(img.getAttribute(attr)?.trim().split(/\s+/)[0]?.replace(/,$/, ''));
    }
  }
  candidates.push(card.querySelector('picture source[srcset]')?.getAttribute('srcset')?.trim().split(/\s+/)[0]);
  const ns = card.querySelector('noscript');
  if (ns) candidates.push(ns.querySelector('img')?.getAttribute('src') ?? ns.textContent?.match(/src=["']([^"']+)["']/)?.[1]);
  for (const c of candidates) {
    if (!c || c.startsWith('data:') || /(^|[/_-])(blank|placeholder|spacer|pixel|1x1)\b/i.test(c)) continue;
    try {
      const abs = new URL(c, base);
      if (abs.protocol === 'http:' || abs.protocol === 'https:') return abs.toString();
    } catch {
      // an unparsable src: try the next candidate
    }
  }
  return null;
}

/** A list of three or more one-link headline cards just after the story's last paragraph. */
function cardListAfterStory(doc: Document, base: string, excluded: (el: Element) => boolean): Element | null {
  const counts = new Map<Element, number>();
  for (const p of doc.body ? findAll(doc.body, (e) => e.tagName === 'P', RELATED_LIMITS.maxParagraphScan * 5) : []) {
    if (p.parentElement && (p.textContent ?? '').trim().length >= 80) counts.set(p.parentElement, (counts.get(p.parentElement) ?? 0) + 1);
  }
  let story: Element | null = null;
  for (const [el, n] of counts) if (n >= 3 && (!story || n > (counts.get(story) ?? 0))) story = el;
  if (!story) return null;
  // Only lists that hang off the story's own wrappers count: a sidebar or footer far away does not.
  const near = new Set<Element>();
  let top: Element = story;
  for (let cur: Element | null = story.parentElement, i = 0; cur && i < 3 && cur.tagName !== 'BODY' && cur.tagName !== 'HTML'; cur = cur.parentElement, i++) {
    near.add(cur);
    top = cur;
  }
  // Start after the story's subtree: its own descendants are never the list.
  let start: Element | null = story;
  while (start && start !== top && !start.nextElementSibling) start = start.parentElement;
  if (!start || start === top || !start.nextElementSibling) return null;
  const walker = doc.createTreeWalker(top, 1);
  walker.currentNode = start.nextElementSibling;
  for (let n: Node | null = walker.currentNode, i = 0; n && i < 3000; n = walker.nextNode(), i++) {
    const el = n as Element;
    const p = el.parentElement;
    if (el.childElementCount < 3 || !p || (!near.has(p) && !(p.parentElement && near.has(p.parentElement)))) continue;
    const items = childrenOf(el);
    // Cheap shape test first: most children share one tag name, as repeated cards do.
    if (items.filter((c) => c.tagName === items[0]?.tagName).length < items.length * 0.6 || !hasAnchor(el)) continue;
    const good = items.filter((c) => {
      const anchors = anchorsIn(c, 5);
      const urls = new Set(anchors.map((a) => articleUrl(a, base)).filter(Boolean));
      const text = norm(anchors[0]?.textContent);
      return urls.size === 1 && text.length >= 20 && text.split(' ').length >= 3;
    });
    if (good.length >= 3 && good.length >= items.length * 0.6 && !excluded(el) && !closestTag(el, P)) return el;
  }
  return null;
}
