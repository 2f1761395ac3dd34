// Harvests the page's related-article links before cleaning removes their blocks.
// Blocks are found three ways: a heading phrase ("Related Articles", "Mehr zum Thema"…), container
// attributes (class/id/aria-label/data-*), and, failing both, a card list right after the story.
// Paid widgets, most-read rails, page chrome, tag/author pages and in-body links are never harvested.
// Cards are described in related-card.ts; DOM helpers live in related-dom.ts.
import type { RelatedLink } from './types';
import {
  RELATED_EXCEPTION_WORDS, RELATED_HEADINGS, RELATED_HEADING_EXCEPTIONS, RELATED_HEADING_FORMS, RELATED_LINE_PREFIXES, SITE_RAIL_HEADINGS,
  TRENDING_HEADINGS, WEAK_RELATED_HEADINGS,
} from './rules/related-phrases';
import {
  CARD_PART_TOKENS, CHROME_SELECTOR, CHROME_TOKENS, PLAYER_TOKENS, RELATED_LIMITS, RELATED_TOKENS, SPONSORED_TOKENS, TRENDING_TOKENS,
} from './rules/related-selectors';
import { articleUrl, cleanRelatedUrl, isNeverTitle, linksOf } from './related-card';
import { UNSPACED } from './scripts';
import { queryPairs } from './query-pairs';
import { hasMoreChildren, isLeaf, nextNode } from './clean/walk';
import { baseHref } from './clean/absolute-urls';
import { isArticleScope, otherMicrodataStories } from './clean/main-content';
import { repairLinks } from './clean/mojibake';
import {
  A, anchorsIn, closestTag, descendants, findAll, hasAnchor, hasToken, isLink, isSponsoredLabel, matchesPhrase, norm, P,
  phraseKey, tagSet, words,
} from './related-dom';
import { childrenOf, listOf } from './tag-lists';

export { cleanRelatedUrl };

export interface HarvestResult {
  links: RelatedLink[];
  /** The related blocks (heading included), outermost only, in document order. */
  containers: Element[];
}

/**
 * Finds related/recommended/"read next" blocks, returning their links and elements; never throws.
 * A list whose own texts prove their page twice encoded ("itâ€™s", clean/mojibake.ts) is listed with
 * its words put back, unless `repair` is false (extractArticle repairs the list itself, once, knowing
 * whether the article proved it too).
 */
export function harvestRelated(doc: Document, url: string, repair = true): HarvestResult {
  try {
    const result = harvest(doc, url);
    return repair ? { ...result, links: repairLinks(result.links, false) } : result;
  } catch {
    return { links: [], containers: [] };
  }
}

/**
 * The one-link "read also" lines inside a story that only Readability made blocks of: a story written
 * as text between <br>s ("… ferry.<br><br>▶ 관련기사 : <a>…</a><br><br>Next …", Naver's Yonhap stories)
 * holds the line in one run of text, which the harvest before the parse cannot take apart; Readability
 * turns each run between two <br>s into a <p>. Read from the article, with the lines' links; never throws.
 */
export function readAlsoLines(article: Element, url: string, base: string): { lines: Element[]; links: RelatedLink[] } {
  try {
    const holders = lineHolders(article);
    const lines = listOf(article.getElementsByTagName('p')).filter((p) => isPrefixedLinkLine(p, holders) || isBoldLabelLine(p));
    const self = cleanRelatedUrl(url, url);
    const links = lines.length ? linksOf(lines, base, () => false).filter((link) => !self || !isSamePage(link.url, self)) : [];
    return { lines, links };
  } catch {
    return { lines: [], links: [] };
  }
}

type Block = Element[];

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const HEADING_TOKENS = ['heading', 'header', 'label', 'kicker', ...CARD_PART_TOKENS.title];

const NOT_HEADING = tagSet('A', 'BUTTON', 'P', 'LI', 'LABEL', 'OPTION');

const NOT_BOLD_HEADING = tagSet('A', 'BUTTON');

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

/** The chrome tokens other than a pager's: with one of them, a related-looking block is still chrome ("menu related-menu"). */
/**
 * Chrome words that a related block's own class may carry: it pages its cards ("td_block_related_posts
 * td_with_ajax_pagination") or calls itself the related navigation (the GOV.UK design system's
 * "gem-c-related-navigation" sidebar, "Related content").
 */
const NOT_PAGING_CHROME = CHROME_TOKENS.filter((token) => token !== 'pagination' && token !== 'pager' && token !== 'navigation' && token !== 'nav');

function inChrome(el: Element): boolean {
  const chrome = el.closest(CHROME_SELECTOR);
  if (chrome && !chrome.parentElement?.closest('article, main, [role="main"]')) return true;
  let cur: Element | null = el;
  for (let i = 0; cur && i < 5 && !isStructural(cur); i++, cur = cur.parentElement) {
    const ws = words(cur);
    // A related block that pages its own cards, or calls itself navigation, is no menu (above).
    if (hasToken(ws, CHROME_TOKENS) && !(hasToken(ws, RELATED_TOKENS) && !hasToken(ws, NOT_PAGING_CHROME))) return true;
  }
  return false;
}

/** The block a heading names: its wrapper when that holds only the list, else the sibling run after it. */
function blockForHeading(h: Element, maxUp = 5): Block {
  let head = h;
  for (let i = 0; i < maxUp; i++) {
    const parent = head.parentElement;
    if (!parent || isStructural(parent)) return [];
    // A "See all" link beside the heading makes their wrapper the heading's row, not the list's box
    // (a Wix blog's "Recent Posts" header over its cards).
    const links = findAll(parent, (a) => isLink(a) && !head.contains(a), 3);
    const outside = links.length > 0 && !(links.length < 3 && links.every((a) => isNeverTitle(phraseKey(norm(a.textContent)))));
    if (!outside) {
      head = parent;
      continue;
    }
    // The page's <h1> or ten long paragraphs mean the wrapper is the story (a listicle), not a link list;
    // so does text before the heading: a short photo post's body ends in its related list (fixture
    // photo-post-related), and the wrapper is then the story, not the list's box.
    const selfContained = opensWith(parent, head) && parent.tagName !== 'ARTICLE' && !hasStoryRun(parent) && !findAll(parent, (e) => e.tagName === 'H1', 1).length
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

/** Whether nothing with text comes before `head` among the wrapper's children. */
function opensWith(wrapper: Element, head: Element): boolean {
  for (let c = wrapper.firstElementChild; c && c !== head; c = c.nextElementSibling) if (norm(c.textContent)) return false;
  return true;
}

/** A label in a line of text is the line's own, not a block's: "<p><span>Related</span> reading …". */
const INLINE_LABEL_PARENT = new Set(['P', 'LI', 'A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'LABEL', 'BUTTON', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DT', 'DD', 'FIGCAPTION']);

function isBoldLine(el: Element): boolean {
  if (el.tagName !== 'B' && el.tagName !== 'STRONG') return false;
  const text = norm(el.textContent);
  let block = el.parentElement;
  while (block && ['FONT', 'SPAN', 'EM', 'I', 'U'].includes(block.tagName)) block = block.parentElement;
  if (!block) return false;
  // "<strong>À lire aussi :</strong> <a>…</a>" is a label too (fixture french-publicite), and a bold line
  // over the list it names ("<section><strong>بیشتر بخوانید</strong><ul>…</ul></section>").
  const next = el.nextElementSibling?.tagName;
  return norm(block.textContent).startsWith(text) && (norm(block.textContent) === text || text.endsWith(':') || next === 'BR' || next === 'UL' || next === 'OL' || el.parentElement?.nextElementSibling?.tagName === 'BR');
}

/**
 * A label of the block it opens, whatever its class is named in the site's language: an element of
 * text only, first in its parent, with the block's content after it ("<div class="kapcsolodo-cikk"><div
 * class="kapcsolodo-cim">Kapcsolódó</div><a>…</a></div>").
 */
function isLabelLeaf(el: Element): boolean {
  if (el.childElementCount !== 0 || el.previousElementSibling !== null) return false;
  if (el.nextElementSibling !== null) return !INLINE_LABEL_PARENT.has(el.parentElement?.tagName ?? '');
  // Alone in the box's own <header>, the box's links after that header: "<header><span>Más
  // información</span></header><article>…" (probe ring majors-world, elpais-like).
  const header = el.parentElement;
  return header?.tagName === 'HEADER' && header.previousElementSibling === null && header.nextElementSibling !== null;
}

/**
 * A paragraph that is a list's label: "<p>関連記事</p><ul><li><a>…" (probe ring majors-world,
 * japan-like), or a link box's: "<p>MORE FROM FORBES</p><a>…</a>" (probe ring tabloids, forbes-like;
 * fixture related-p-label-link-box). A paragraph is no heading otherwise; here its text is all it
 * holds and a list or a box of links follows.
 */
function isListLabel(el: Element): boolean {
  const next = el.nextElementSibling;
  return el.tagName === 'P' && isLabelLeaf(el) && next !== null && (next.tagName === 'UL' || next.tagName === 'OL' || isLinkBox(next))
    && !closestTag(el.parentElement, NOT_HEADING);
}

/** Characters of text outside its links a link box may hold: a card's byline or date. */
const LINK_BOX_OTHER_CHARS = 60;

/** A link, or a box whose text is mostly its links' (a card with a byline), not a paragraph of prose. */
function isLinkBox(el: Element): boolean {
  if (isLink(el)) return true;
  const anchors = anchorsIn(el, 10);
  const linked = anchors.reduce((n, a) => n + norm(a.textContent).length, 0);
  return anchors.length > 0 && norm(el.textContent).length - linked <= LINK_BOX_OTHER_CHARS;
}

function headingCandidate(el: Element, ws: string[]): string | null {
  // A bold line standing alone in its block is a heading in old table layouts (fixture table-layout).
  const bold = isBoldLine(el);
  const isHeading = bold || HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading';
  if (!isHeading && !hasToken(ws, HEADING_TOKENS) && !isLabelLeaf(el)) return null;
  if (hasMoreChildren(el, 3)) return null;
  if (closestTag(el, bold ? NOT_BOLD_HEADING : NOT_HEADING) && !isListLabel(el)) return null;
  const text = norm(el.textContent);
  return text.length > 0 && text.length <= 60 ? text : null;
}

function isExceptionHeading(heading: string): boolean {
  return matchesPhrase(heading, RELATED_HEADING_EXCEPTIONS) || phraseKey(heading).split(' ').some((w) => RELATED_EXCEPTION_WORDS.includes(w));
}

/** Blocks that may hold a one-link "read also" line: paragraphs, list items, subheadings, bare divs. */
const LINE_TAGS = tagSet('P', 'LI', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE');
/**
 * What separates the label from the headline: "LEA TAMBIÉN: …", "Lesen Sie auch » …", "MIRA | …",
 * a hyphen before a space ("यह भी पढ़ें- …", as Hindi portals write it), the full-width colon of
 * Chinese and Japanese text ("相关阅读：…"), or the closing bracket of a label
 * set in brackets ("[관련기사] …", "【延伸阅读】…", "［関連記事］…"); Armenian's "՝", Khmer's "៖" and
 * Ethiopic's "፦" end a label as a colon does (probe ring lang9).
 */
const LINE_SEPARATOR = /[:|»›→–—：\]】］〕」՝៖፦]|-(?=\s)/;
/** The opening brackets of a bracketed label: left out of the label read before its closing bracket. */
const LABEL_OPENING = /^[[【［〔「]\s*/;

/** How much of a line's opening text is read for its label: characters, and nodes visited. */
const OPENING_CHARS = 80;
const OPENING_NODES = 24;

/**
 * The text of the element's first few text nodes that hold more than white space (the indentation
 * between tags is left out): enough for a line's label, however big the element.
 */
function openingText(el: Element): string {
  let text = '';
  let visited = 0;
  for (let node: Node | null = el.firstChild; node && text.length < OPENING_CHARS && ++visited <= OPENING_NODES; node = nextNode(node, el, true)) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) text += node.nodeValue ?? '';
  }
  return text;
}

/**
 * The elements that could hold a one-link line: those with both a linked anchor and a text that has a
 * separator somewhere inside them, found in one walk of the page. Without both, a line's label test
 * below cannot pass, and most elements have neither; reading each one's opening text cost more.
 */
function lineHolders(root: Element): Set<Node> {
  const withSeparator = new Set<Node>();
  const withLink = new Set<Node>();
  const mark = (node: Node, into: Set<Node>): void => {
    for (let up: Node | null = node; up && !into.has(up); up = up.parentNode) into.add(up);
  };
  // SHOW_ELEMENT | SHOW_TEXT.
  const walker = root.ownerDocument.createTreeWalker(root, 5);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      if (LINE_SEPARATOR.test(n.nodeValue ?? '') && n.parentNode) mark(n.parentNode, withSeparator);
    } else if (isLink(n as Element)) {
      mark(n, withLink);
    }
  }
  const both = new Set<Node>();
  for (const node of withSeparator) if (withLink.has(node)) both.add(node);
  return both;
}

/**
 * A heading that names a list of related links: one of the phrases, or of the forms with a subject
 * inside, or "More <the page's section>" (`sections`, from sectionNames).
 */
function isRelatedHeading(heading: string, sections: readonly string[] = []): boolean {
  if (matchesPhrase(heading, RELATED_HEADINGS)) return true;
  const key = phraseKey(heading);
  return key.length <= 60 && (RELATED_HEADING_FORMS.some((form) => form.test(key)) || sections.some((name) => key === `more ${name}`));
}

/** A folder of an address that names a section: words joined by hyphens or underscores, no digits. */
const SECTION_FOLDER = /^\p{L}+(?:[-_]\p{L}+)*$/u;

/**
 * The page's own section or series names, as phrase keys: its declared section (article:section) and
 * the last folder of its address that is words ("/newsletters/morning-tech/2026/03/04/…" gives
 * "morning tech"). "More Morning Tech" heads that series' other issues (probe ring techsport,
 * politico-like; fixture related-more-section-name). Not the site's name: "More TechCrunch" heads the
 * site's events, podcasts and newsletters.
 */
function sectionNames(doc: Document, url: string): string[] {
  const names: string[] = [];
  for (const meta of listOf(doc.head?.getElementsByTagName('meta') ?? [])) {
    if ((meta.getAttribute('property') ?? meta.getAttribute('name')) === 'article:section') names.push(phraseKey(meta.getAttribute('content') ?? ''));
  }
  let folders: string[] = [];
  try {
    folders = new URL(url).pathname.split('/').filter(Boolean).slice(0, -1);
  } catch {
    // an unparsable address names no section
  }
  const folder = folders.reverse().find((f) => SECTION_FOLDER.test(f));
  if (folder) names.push(phraseKey(folder.replace(/[-_]/g, ' ')));
  return names.filter((name) => name.length >= 3 && name.length <= 40);
}

/** A label that opens a one-link related line: a related heading (its phrases or forms) or a line prefix. */
function isLineLabel(label: string): boolean {
  return isRelatedHeading(label) || RELATED_LINE_PREFIXES.includes(phraseKey(label));
}

/**
 * "READ MORE: <a>Headline</a>" as a block of its own: a one-link related line in the story, in any of
 * the label languages of related-phrases.ts ("LE PUEDE INTERESAR:", "MIRA:" in an <h3>, "Veja também:";
 * trafilatura dev pages 0000, 0008, 0030, 0279). The headline must be the whole rest of the line.
 */
function isPrefixedLinkLine(el: Element, holders: ReadonlySet<Node>): boolean {
  if (!LINE_TAGS.has(el.tagName) || !holders.has(el) || hasMoreChildren(el, 2)) return false;
  // A cheap look at the line's first words before reading its whole text (a <div> may hold the whole
  // story): the label and its separator must open the line.
  if (!LINE_SEPARATOR.test(openingText(el).slice(0, OPENING_CHARS))) return false;
  // A line in parentheses reads the same: "(Leer más: <a>…</a>)".
  const whole = norm(el.textContent);
  const text = /^\(.*\)$/.test(whole) ? norm(whole.slice(1, -1)) : whole;
  const cut = text.search(LINE_SEPARATOR);
  const label = text.slice(0, cut).replace(LABEL_OPENING, '');
  if (cut < 2 || cut > 45 || text.length > 250 || !label) return false;
  if (!isLineLabel(label)) return false;
  return restIsOneLink(el, text, cut);
}

/**
 * "<strong>Leggi anche</strong> <a>Headline</a>": the same line with its label set in bold and no
 * separator after it. The bold label opens the line, and its one link is the rest.
 */
function isBoldLabelLine(el: Element): boolean {
  const bold = el.firstElementChild;
  if (!bold || (bold.tagName !== 'STRONG' && bold.tagName !== 'B') || !LINE_TAGS.has(el.tagName) || hasMoreChildren(el, 2)) return false;
  for (let node = el.firstChild; node && node !== bold; node = node.nextSibling) if (norm(node.textContent)) return false;
  const label = norm(bold.textContent).replace(/\s*[:：]$/, '');
  if (!label || label.length > 45 || !isLineLabel(label)) return false;
  const links = anchorsIn(el, 2);
  const link = links[0];
  if (links.length !== 1 || !link || bold.contains(link)) return false;
  const text = norm(el.textContent);
  return norm(text.slice(norm(bold.textContent).length)) === norm(link.textContent);
}

/** Whether the element's text after its separator at `cut` is the whole text of its one link. */
function restIsOneLink(el: Element, text: string, cut: number): boolean {
  const links = anchorsIn(el, 2);
  return links.length === 1 && norm(links[0]?.textContent) === norm(text.slice(cut + 1));
}

/**
 * A label and the one link it names, in one bold line or heading ("<b>İLGİLİ HABER: <a>…</a></b>"): a
 * related line of its own, not a heading over a list below it. Taken for a heading, it climbed to the
 * story around it and took the story's paragraphs as a related block (fixture turkish-ilgili-haberler).
 */
function isLabelledLink(el: Element, text: string): boolean {
  const cut = text.search(LINE_SEPARATOR);
  return cut >= 0 && norm(text.slice(cut + 1)) !== '' && restIsOneLink(el, text, cut);
}

function harvest(doc: Document, pageUrl: string): HarvestResult {
  const pageBase = baseHref(doc);
  const base = (pageBase && cleanRelatedUrl(pageBase, pageUrl)) || pageUrl;
  const self = cleanRelatedUrl(pageUrl, pageUrl);
  const related: Block[] = [];
  // The one-link "read also" lines among the blocks: they do not stand for the story's list of cards.
  const lines = new Set<Element>();
  const zones: Element[] = [];
  const inZone = (el: Element): boolean => zones.some((z) => z.contains(el));
  const scopes: Element[] = [];
  // A tree walker, not an indexed live collection: jsdom's collection indexing is slow on big pages.
  const root = doc.body ?? doc.documentElement;
  const holders = lineHolders(root);
  const sections = sectionNames(doc, pageUrl);
  const story = storyParagraphs(doc);
  // The story's box, as focus-main.ts keeps it: the paragraphs' parent. A weak heading outside it and
  // not right after the story (a side column's "DON'T MISS" past the comments) heads the site's
  // promotion rail, not the story's links.
  const box = story?.parentElement && !isStructural(story.parentElement) ? story.parentElement : null;
  const besideStory = (el: Element, heading: string): boolean => story !== null && box !== null && !box.contains(el)
    && matchesPhrase(heading, WEAK_RELATED_HEADINGS) && !rightAfter(story, el, inZone);
  const walker = doc.createTreeWalker(root, 1);
  for (let n = walker.nextNode(), i = 0; n && i < RELATED_LIMITS.maxAttributeScan; n = walker.nextNode(), i++) {
    const el = n as Element;
    if (el.tagName === 'A' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    if (el.hasAttributes() && isArticleScope(el)) scopes.push(el);
    const ws = words(el);
    const heading = headingCandidate(el, ws);
    if (heading && (matchesPhrase(heading, TRENDING_HEADINGS) || isSponsoredLabel(heading) || SITE_RAIL_HEADINGS.includes(phraseKey(heading)) || besideStory(el, heading))) {
      const b = blockForHeading(el);
      zones.push(...b);
    } else if (hasToken(ws, SPONSORED_TOKENS) || hasToken(ws, TRENDING_TOKENS) || hasToken(ws, PLAYER_TOKENS)) {
      if (!isStructural(el) && !hasStoryRun(el)) zones.push(el);
    } else if (heading && isRelatedHeading(heading, sections) && !isExceptionHeading(heading) && !isLabelledLink(el, heading)) {
      // An inline "Recommended:" label names its own line only, not the section around it (WCXB 0030).
      const b = blockForHeading(el, isBoldLine(el) && heading.endsWith(':') ? 2 : 5);
      if (b.length) related.push(b);
    } else if (isPrefixedLinkLine(el, holders) || isBoldLabelLine(el)) {
      related.push([el]);
      lines.add(el);
    } else if ((hasToken(ws, RELATED_TOKENS) || (el.hasAttributes() && matchesPhrase(el.getAttribute('aria-label') ?? '', RELATED_HEADINGS))) &&
      !isStructural(el) && !closestTag(el, P) && hasAnchor(el) && !hasStoryRun(el)) {
      related.push([el]);
    }
    if (related.length > RELATED_LIMITS.maxContainers * 4) break;
  }
  // The next stories of a summary app's page, beside the one at its address: their links are theirs,
  // and their headlines are listed after the blocks'.
  const others = otherMicrodataStories(doc, scopes);
  zones.push(...others);
  const blocked = (b: Block): boolean => {
    const first = b[0];
    if (!first || inChrome(first) || inZone(first)) return true;
    return descendants(first, 300).some((e) => isLeaf(e) && isSponsoredLabel(e.textContent ?? '') && /by\b/i.test(e.textContent ?? ''));
  };
  // Outer blocks precede their descendants in document order, so the first block that covers another wins.
  const ordered = related.filter((b) => !blocked(b)).sort((x, y) => (x[0] === y[0] ? 0 : x[0] && y[0] && x[0].compareDocumentPosition(y[0]) & 4 ? -1 : 1));
  let blocks: Block[] = [];
  for (const b of ordered) if (b[0] && !blocks.some((o) => o.some((e) => e.contains(b[0] ?? null)))) blocks.push(b);
  blocks = blocks.slice(0, RELATED_LIMITS.maxContainers);
  // No list named as related: the cards right after the story, also when the story had "read also"
  // lines of its own (probe ring lang9: an Armenian story's one line hid its five cards).
  if (blocks.every((b) => b.length === 1 && b[0] && lines.has(b[0]))) {
    const list = story && cardListAfterStory(story, base, (el) => inChrome(el) || inZone(el));
    if (list && !blocks.some((b) => b[0]?.contains(list) || list.contains(b[0] ?? null))) blocks = [...blocks, [list]];
  }
  const links: RelatedLink[] = [];
  const seen = new Set<string>(self ? [self] : []);
  const selfPath = self ? pathOf(self) : null;
  for (const b of blocks) {
    for (const link of linksOf(b, base, inZone)) {
      if (seen.has(link.url)) {
        fillFrom(links.find((listed) => listed.url === link.url), link);
        continue;
      }
      if ((self && isSamePage(link.url, self)) || links.length >= RELATED_LIMITS.maxLinks) continue;
      seen.add(link.url);
      links.push(link);
    }
  }
  for (const story of others) {
    const link = storyLink(story, base);
    if (!link || seen.has(link.url) || links.length >= RELATED_LIMITS.maxLinks) continue;
    seen.add(link.url);
    links.push(link);
  }
  return { links: withoutSections(links, selfPath), containers: blocks.flat() };
}

/**
 * The same story listed twice, first as a bare link (a "Read more" list in the story), then as a card
 * with its date: the card's details go with the first (fixture styled-components-player-title).
 */
function fillFrom(listed: RelatedLink | undefined, again: RelatedLink): void {
  if (!listed) return;
  for (const key of ['source', 'time', 'summary', 'image'] as const) {
    const value = again[key];
    if (listed[key] === undefined && value !== undefined) listed[key] = value;
  }
}

/** A microdata story's headline and the link it sits in (or holds), or null. */
function storyLink(story: Element, base: string): RelatedLink | null {
  const headline = story.querySelector('[itemprop~="headline"]');
  const anchor = headline?.closest('a[href]') ?? headline?.querySelector('a[href]');
  const url = anchor ? cleanRelatedUrl(anchor.getAttribute('href') ?? '', base) : null;
  const title = norm(headline?.textContent ?? '');
  return url && title ? { url, title } : null;
}

/**
 * The links without those to a section that holds another listed story or the page itself: a list's
 * "Other articles" heading linked to /blog/, an "All jobs" link beside the jobs. A section is a front,
 * not a story to read next.
 */
function withoutSections(links: RelatedLink[], selfPath: string | null): RelatedLink[] {
  const paths = links.map((link) => pathOf(link.url));
  const inside = selfPath ? [...paths, selfPath] : paths;
  return links.filter((_, i) => {
    const prefix = `${paths[i]}/`;
    return !inside.some((other) => other.startsWith(prefix));
  });
}

/** Host and path of an absolute URL, without a trailing slash: two queries of one page compare equal. */
function pathOf(url: string): string {
  const u = new URL(url);
  return u.host + u.pathname.replace(/\/$/, '');
}

/**
 * Whether a link leads to the page itself: its path, with a query that only adds to the page's or only
 * leaves out part of it ("?share=email" or "?replytocom=7" added to "/story" or to "/blog/?p=41" is a
 * button, not a story; "/story" met at "/story?ref=front" is the page). On a site whose stories differ
 * only in their query ("news_view.htm?seq=184198", "articleView.html?idxno=88", WordPress's
 * "/blog/?p=41") another story's link changes one of them: it is listed (fixture logo-headline).
 */
function isSamePage(url: string, self: string): boolean {
  if (pathOf(url) !== pathOf(self)) return false;
  const link = queryPairs(new URL(url).searchParams);
  const page = queryPairs(new URL(self).searchParams);
  const within = (a: Array<[string, string]>, b: Array<[string, string]>) => a.every(([name, value]) => b.some(([n, v]) => n === name && v === value));
  return within(page, link) || within(link, page);
}

/** Characters of text (outside paid and popularity rails) that may stand between a story's end and a block right after it. */
const AFTER_STORY_CHARS = 500;

/**
 * Whether `el` follows the story's paragraphs (`story`) with little text between: the story's own
 * footer run (a portal's "More for You" feed past a sponsored grid, fixture portal-feed-feedback), not
 * a column beside it that comes after the comments in the page's order.
 */
function rightAfter(story: Element, el: Element, skipped: (el: Element) => boolean): boolean {
  if (!(story.compareDocumentPosition(el) & 4) || story.contains(el)) return false;
  const root = story.ownerDocument.body ?? story.ownerDocument.documentElement;
  let chars = 0;
  for (let node = nextNode(story, root, false); node && node !== el; ) {
    const parent = node.parentElement;
    if (node.nodeType === 1 && (skipped(node as Element) || /^(?:SCRIPT|STYLE|TEMPLATE)$/.test((node as Element).tagName))) {
      node = nextNode(node, root, false);
      continue;
    }
    if (node.nodeType === 3 && parent) chars += norm(node.nodeValue).length;
    if (chars > AFTER_STORY_CHARS) return false;
    node = nextNode(node, root, true);
  }
  return true;
}

/** The story's paragraphs' parent: the element holding most paragraphs of 80 characters or more (three at least). */
function storyParagraphs(doc: Document): Element | null {
  const counts = new Map<Element, number>();
  for (const p of doc.body ? findAll(doc.body, (e) => e.tagName === 'P', RELATED_LIMITS.maxParagraphScan * 5) : []) {
    if (p.parentElement && (p.textContent ?? '').trim().length >= 80) counts.set(p.parentElement, (counts.get(p.parentElement) ?? 0) + 1);
  }
  let story: Element | null = null;
  for (const [el, n] of counts) if (n >= 3 && (!story || n > (counts.get(story) ?? 0))) story = el;
  return story;
}

/** A list of three or more one-link headline cards just after the story's last paragraph (`story`, from storyParagraphs). */
function cardListAfterStory(story: Element, base: string, excluded: (el: Element) => boolean): Element | null {
  const doc = story.ownerDocument;
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
    if (!hasMoreChildren(el, 2) || !p || (!near.has(p) && !(p.parentElement && near.has(p.parentElement)))) continue;
    const items = childrenOf(el);
    // Cheap shape test first: most children share one tag name, as repeated cards do.
    if (items.filter((c) => c.tagName === items[0]?.tagName).length < items.length * 0.6 || !hasAnchor(el)) continue;
    const good = items.filter((c) => {
      const anchors = anchorsIn(c, 5);
      const urls = new Set(anchors.map((a) => articleUrl(a, base)).filter(Boolean));
      const text = norm(anchors[0]?.textContent);
      return urls.size === 1 && text.length >= 20 && (text.split(' ').length >= 3 || UNSPACED.test(text));
    });
    if (good.length >= 3 && good.length >= items.length * 0.6 && !excluded(el) && !closestTag(el, P)) return el;
  }
  return null;
}
