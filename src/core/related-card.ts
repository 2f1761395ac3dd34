// Turns the anchors of a related block into RelatedLink cards: URL cleaning and filtering, the card
// around each link, and its title, source, time, summary and image.
import type { RelatedLink } from './types';
import { UNSPACED } from './scripts';
import { NON_TITLE_PREFIXES, NON_TITLE_TEXTS, RELATED_HEADINGS } from './rules/related-phrases';
import {
  CARD_PART_TOKENS, EXCLUDED_HOSTS, MEDIA_FILE, NON_ARTICLE_PATH_SEGMENTS, RELATED_LIMITS, SPONSORED_TOKENS, TRACKING_PARAMS, TRACKING_PREFIXES,
} from './rules/related-selectors';
import {
  anchorsIn, BLOCK_TAGS, closestTag, descendants, hasToken, isSponsoredLabel, matchesPhrase, norm, P, phraseKey, words,
} from './related-dom';
import { readableText } from './readable-text';
import { isLeaf } from './clean/walk';
import { queryPairs } from './query-pairs';
import { RELATIVE_TIME } from './rules/relative-time';

const SECTION_SEGMENTS = ['section', 'sections', 'rubrik', 'rubrique', 'rubriques', 'ressort', 'seccion', 'secciones', 'sezione'];

const UNREAD_PARENT = /^(script|style|noscript|template|title|desc)$/i;

const DATE_ONLY = /^(?:\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}|(?:\d{1,2} )?[a-zé]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [a-zé]{3,9}\.? \d{4})$/i;


/**
 * A path that carries another address: an ad network's click redirect, the target either in base64
 * ("aHR0c" is "http" in base64: `/zctc/669/aHR0cHM6Ly93…`) or percent-encoded (`/r/https%3A%2F%2F…`).
 */
const ENCODED_TARGET = /aHR0c[DHM]|https?%3A%2F%2F/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
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
  for (const [name] of queryPairs(u.searchParams)) {
    const lower = name.toLowerCase();
    if (TRACKING_PARAMS.includes(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p))) u.searchParams.delete(name);
  }
  return u.toString();
}

/** The cleaned URL of an anchor that may point to an article, or null (tag/author pages, ads, fronts). */
export function articleUrl(a: Element, base: string): string | null {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#')) return null;
  const u = cleanRelatedUrl(href, base);
  if (!u) return null;
  const parsed = new URL(u);
  const hostPath = parsed.host + parsed.pathname;
  if (EXCLUDED_HOSTS.some((h) => (h.includes('/') ? hostPath.includes(h) : parsed.host === h || parsed.host.endsWith('.' + h)))) return null;
  const segs = parsed.pathname.split('/').filter(Boolean).map((s) => s.toLowerCase());
  if (!segs.length || segs.some((s) => NON_ARTICLE_PATH_SEGMENTS.includes(s))) return null;
  // A section's front ("/sections/health-shots/", a card's kicker link): not a story, though a story's
  // address may run on below a section's name.
  if (segs.length <= 2 && SECTION_SEGMENTS.includes(segs[0] ?? '')) return null;
  if (MEDIA_FILE.test(parsed.pathname)) return null;
  if (ENCODED_TARGET.test(parsed.pathname)) return null;
  // A wiki's link to edit a page or a section ("index.php?title=…&action=edit&section=5"): never a story.
  if (/^(?:edit|submit|history)$/.test(parsed.searchParams.get('action') ?? '')) return null;
  return u;
}

/** Characters of text outside its links that make a paragraph running prose. */
const PROSE_OTHER_CHARS = 40;

/**
 * A link inside running prose (a paragraph much longer than the link, with words of its own around
 * its links), not a card headline. A label and links between <br>s ("<p><strong>DON'T MISS:</strong><br>
 * <a>…</a><br><a>…</a></p>") is a list in one paragraph: its length is other links (probe ring
 * tabloids, express-like; fixture related-br-links-paragraph).
 */
function isInProse(a: Element): boolean {
  const p = closestTag(a, P);
  if (!p) return false;
  const pText = norm(p.textContent).length;
  if (pText < 80 || pText <= norm(a.textContent).length + 40) return false;
  const linked = anchorsIn(p, 20).reduce((n, link) => n + norm(link.textContent).length, 0);
  return pText - linked >= PROSE_OTHER_CHARS;
}

/** The links of a related block, one per URL, described from their cards; sponsored cards skipped. */
export function linksOf(block: Element[], base: string, inZone: (el: Element) => boolean): RelatedLink[] {
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
    if (hasToken(words(card), SPONSORED_TOKENS)) return;
    // A paid link to another host says so itself (rel="sponsored": an affiliate's "Check Amazon", an ad
    // network's click), or its label names the advertiser after the word ("Ad · SolarNest"). A site may
    // mark its own cards so (WCXB 0034): those stay.
    if (/(?:^|\s)sponsored(?:\s|$)/i.test(a.getAttribute('rel') ?? '') && hostOf(u) !== hostOf(base)) return;
    const inside = insideOf(card);
    if (inside.elements.some((e) => isLeaf(e) && isSponsoredLabel((e.textContent ?? '').split(/\s[·•|]\s/)[0] ?? '', true))) return;
    const link = describeCard(card, inside, entries.filter((e) => e.u === u).map((e) => e.a), u, base);
    if (link) out.push(link);
  });
  return out;
}

/**
 * A card's first 200 elements, walked once for all the parts looked for in it (a time, a source, a
 * title, a summary, an "ago" line, a sponsor's label), with each element's words read when first asked.
 */
interface CardInside {
  elements: Element[];
  words: Array<string[] | undefined>;
}

function insideOf(card: Element): CardInside {
  return { elements: descendants(card, 200), words: [] };
}

/** The first element of the card whose words name a part (tokens), outside and around the parts found already (skip). */
function part(inside: CardInside, tokens: readonly string[], skip: (Element | null)[]): Element | null {
  for (let i = 0; i < inside.elements.length; i++) {
    const el = inside.elements[i] as Element;
    if (skip.some((s) => s && (s === el || s.contains(el) || el.contains(s)))) continue;
    const ws = inside.words[i] ?? (inside.words[i] = words(el));
    if (hasToken(ws, tokens) && norm(el.textContent)) return el;
  }
  return null;
}

/**
 * A link's text, or, when it wraps several blocks ("<p>Title</p><p>Teaser…</p>"), the first block of
 * three words or more: textContent would glue them into "TitleTeaser…".
 */
function linkText(a: Element): string {
  return declaredHeadline(a, blocksText(a));
}

/**
 * The headline a link declares in its title attribute, when the text read for it holds that and more:
 * a kicker glued on by markup alone ("AgrartechnikDie stille Krise…", a badge before it: probe ring
 * majors-world); the text read otherwise.
 */
function declaredHeadline(a: Element | undefined, text: string): string {
  const declared = norm(a?.getAttribute('title'));
  return declared.length >= MIN_DECLARED_TITLE_CHARS && text.length > declared.length && text.includes(declared) ? declared : text;
}

/** A link's title attribute this long is a headline, not a tooltip word ("Share", "Next"). */
const MIN_DECLARED_TITLE_CHARS = 15;

function blocksText(a: Element): string {
  const groups: { owner: Element; text: string }[] = [];
  const walker = a.ownerDocument.createTreeWalker(a, 4);
  for (let n = walker.nextNode(), i = 0; n && i < 200; n = walker.nextNode(), i++) {
    if (n.parentElement && UNREAD_PARENT.test(n.parentElement.tagName)) continue;
    const t = norm(n.textContent);
    const block = closestTag(n.parentElement, BLOCK_TAGS);
    const owner = block && a.contains(block) ? block : a;
    const last = groups[groups.length - 1];
    if (!t) continue;
    if (last && last.owner === owner) last.text = `${last.text} ${t}`;
    else groups.push({ owner, text: t });
  }
  if (groups.length < 2) return readableText(a);
  // A card's line of source and time ("Al Jazeera · 5 hours ago", "العربية منذ 16 دقيقة") is three
  // words too: it is never the headline.
  return (groups.find((g) => !isTimeLine(g.text) && (g.text.split(' ').length >= 3 || g.text.length >= 15)) ?? groups[0])?.text ?? '';
}

/** A card's short line that tells when it ran, its source's name or a label beside it at most. */
const MAX_TIME_LINE = 40;

function isTimeLine(text: string): boolean {
  return text.length <= MAX_TIME_LINE && RELATIVE_TIME.test(text);
}

/**
 * Not a headline: a "see all" button, a bare date, an ad label, or a one- or two-word tag or name
 * ("Mental Health", "Jill Popelka": WCXB pages). Chinese, Japanese and Korean titles need six characters.
 */
function isNonTitle(text: string): boolean {
  const key = phraseKey(text);
  const short = UNSPACED.test(key) ? key.length < 6 : key.split(' ').length < 3;
  return short || isNeverTitle(key);
}

/** Labels, buttons, dates and ad marks: never a headline, however the card looks. */
export function isNeverTitle(key: string): boolean {
  return NON_TITLE_TEXTS.includes(key) || NON_TITLE_PREFIXES.some((p) => key === p || key.startsWith(`${p} `)) || DATE_ONLY.test(key) || isSponsoredLabel(key, true);
}

/** A short text that could still be a headline: a word or two with letters, not a label or date. */
function isShortHeadline(text: string): boolean {
  const key = phraseKey(text);
  return key.length >= 4 && /\p{L}/u.test(key) && !isNeverTitle(key);
}

/** Class words and texts of a card's reading time or a video's length: a duration, not when the story ran. */
const DURATION_TOKENS = ['read', 'reading', 'readtime', 'duration', 'length', 'runtime'];
const DURATION_TEXT = /(?:^|\s)(?:min(?:ute)?s?\.? read|read|reading time|lesezeit|lesedauer|de lecture|de lectura|di lettura|leestijd)(?:\s|$)/i;

/** The card's time: its <time> (not a duration, datetime="PT9M"), else an element classed as a time that is not a reading time ("9 mins" in a "read-time" span). */
function cardTime(card: Element, inside: CardInside): Element | null {
  const time = card.querySelector('time');
  if (time && !/^P/i.test(time.getAttribute('datetime') ?? '')) return time;
  const classed = part(inside, CARD_PART_TOKENS.time, [time]);
  if (!classed || hasToken(words(classed), DURATION_TOKENS) || DURATION_TEXT.test(norm(classed.textContent))) return null;
  return classed;
}

function describeCard(card: Element, inside: CardInside, anchors: Element[], u: string, base: string): RelatedLink | null {
  const timeEl = cardTime(card, inside);
  const sourceEl = card.querySelector('cite') ?? part(inside, CARD_PART_TOKENS.source, [timeEl]);
  const heads = Array.from(card.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))
    .filter((h) => norm(h.textContent) && !matchesPhrase(h.textContent ?? '', RELATED_HEADINGS));
  const titled = part(inside, CARD_PART_TOKENS.title, [timeEl, sourceEl]);
  if (titled && !matchesPhrase(titled.textContent ?? '', RELATED_HEADINGS)) heads.push(titled);
  const linkedHeads = heads.filter((h) => anchors.some((a) => a.contains(h) || h.contains(a)));
  // A kicker in a heading element above the title ("<h4>Bier</h4><span class=title>Heineken eröffnet…"):
  // the element named title wins over a heading of a word or two.
  const linked = linkedHeads.length > 1 && titled && linkedHeads.includes(titled) && isNonTitle(norm(linkedHeads[0]?.textContent)) ? titled : linkedHeads[0];
  const linkTexts = anchors.map(linkText).filter((t) => t.length <= 200 && !isNonTitle(t));
  const longest = linkTexts.sort((x, y) => y.length - x.length)[0];
  const a0 = anchors[0] as Element;
  const headingEl = linked ?? (longest ? undefined : heads[0]);
  // Last resorts for a link that wraps a whole card without a headline element: its attributes, then its first text leaf.
  const headingLink = headingEl && anchors.find((a) => a.contains(headingEl) || headingEl.contains(a));
  const wholeTitle = declaredHeadline(headingLink, readableText(headingEl)) || longest || norm(a0.getAttribute('title') ?? a0.getAttribute('aria-label'))
    || norm(a0.querySelector('img')?.getAttribute('alt')) || norm(descendants(a0, 50).find((e) => isLeaf(e) && norm(e.textContent).length >= 10)?.textContent);
  if (!wholeTitle) return null;
  const agoEl = timeEl ? null : inside.elements.find((e) => isLeaf(e) && norm(e.textContent).length <= 30 && RELATIVE_TIME.test(e.textContent ?? ''));
  // A leaf that holds the source and the time ("g1 · há 35 minutos") gives the time alone.
  const ago = norm(agoEl?.textContent);
  const time = norm(timeEl?.textContent) || norm(timeEl?.getAttribute('datetime')) || (RELATIVE_TIME.exec(ago)?.[0] ?? ago);
  // One link wrapping the date and the headline ("Jan 31 High Line Park…"): the date is the card's time, not its title's.
  const title = withoutEdge(wholeTitle, norm(timeEl?.textContent) || norm(agoEl?.textContent)).replace(TAG_SUFFIX, '').replace(GLUED_DURATION, '');
  const titleEl = headingEl ?? anchors.find((a) => norm(a.textContent) === wholeTitle) ?? null;
  const summaryEl = part(inside, CARD_PART_TOKENS.summary, [titleEl, timeEl, sourceEl, agoEl ?? null])
    ?? Array.from(card.querySelectorAll('p')).find((p) => !p.contains(titleEl) && norm(p.textContent).length >= 40 && norm(p.textContent) !== title);
  const summary = norm(summaryEl?.textContent);
  // A one- or two-word headline ("Brexit explained") counts when the card proves it is a story card:
  // a linked heading element with a time or a summary. Alone, such words are tags or names.
  const provenCard = linked !== undefined && headingEl === linked && Boolean(time || summary);
  if (isNonTitle(title) && !(provenCard && isShortHeadline(title))) return null;
  const link: RelatedLink = { url: u, title };
  const source = norm(sourceEl?.textContent).replace(/^[-–—·|•]\s*|^by\s+/i, '');
  if (source && source !== title) link.source = source;
  if (time && time !== title) link.time = time;
  if (summary && summary !== title) link.summary = summary;
  const image = imageOf(card, base);
  if (image) link.image = image;
  return link;
}

/**
 * A tabloid's tag in capitals after a headline, in brackets: "… as farm costs soar [WARNING]",
 * "[INSIGHT]", "[ANALYSIS]" (probe ring tabloids, express-like; fixture related-br-links-paragraph).
 */
const TAG_SUFFIX = /\s\[[A-Z][A-Z ]{2,15}\]$/;

/**
 * A video's length glued to its title by markup alone, "2:31Spokane airport unveils…" (a playlist's
 * duration span beside its title span; probe ring formats): only right before a capital letter, as
 * "9:30 a.m. meeting" is a title's own words.
 */
const GLUED_DURATION = /^\d{1,2}:\d{2}(?::\d{2})?(?=\p{Lu})/u;

/** The text without a part that starts or ends it (a card's date), unless nothing would be left. */
function withoutEdge(text: string, edge: string): string {
  if (!edge || edge === text) return text;
  const rest = text.startsWith(edge) ? text.slice(edge.length) : text.endsWith(edge) ? text.slice(0, -edge.length) : text;
  const trimmed = rest.replace(/^[\s|·•,–—-]+|[\s|·•,–—-]+$/g, '');
  return trimmed || text;
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
