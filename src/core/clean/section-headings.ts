// Keeps a section heading that Readability would take for the title. Readability drops the first
// <h1>/<h2> it meets whose words all (or nearly all, 75 %) occur in the article's title, to avoid
// printing the headline twice. When the page's headline sits where Readability never looks (an
// "entry-header" it skips as unlikely, a hero banner), the first heading it meets is a section of
// the story: "Ab wann legen Hühner Eier?" under the title "Ab wann und wie lange legen Hühner
// Eier?" went, and with it the only sign of where that section starts (bench page trafilatura 0868).
//
// So before Readability runs, every <h2> below the story's first paragraph that would pass its
// similarity test but is not the title (its words are not a run of the title's words, nor the title
// a run of its own) stands in as an <h3>, which the test ignores. After the parse the stand-ins
// become <h2>s again. So does the heading of a live blog's post (one of several sibling <article>s),
// wherever it stands and however much of the title it repeats. The headline itself, and a heading
// above the story, Readability may drop as it always did.
//
// Readability also drops, as the page's header, any element whose class or id says "header": below the
// story's first paragraph that is a heading named for what it is (a recipe card's "Ingredients" in
// `<h3 class="wprm-recipe-header">`), so such a heading loses those words first. So does a heading between
// the headline and the first paragraph that heads a list or prose (a business story's "Key Points" over its
// points, `<h2 class="RenderKeyPoints-header">`: probe ring techsport), and a figure's own header (a chart's
// title and dek in `<div class="Chart_header">`): fixture figure-header-key-points.

import { byAttribute, byTag, childrenOf, listOf } from '../tag-lists';
import { storyHeadline } from './declared-lead';

/** Readability's threshold: a heading this similar to the title counts as its duplicate. */
const SIMILAR = 0.75;
/** A paragraph this long is the story's prose: the headings below it are sections of the story. */
const PROSE_CHARS = 100;

/** Lower-case word tokens, split as Readability splits them (at every non-word character). */
function tokens(text: string): string[] {
  return text.toLowerCase().split(/\W+/).filter(Boolean);
}

/** Share of the heading's token text that also occurs in the title (Readability's measure). */
function similarity(title: string[], heading: string[]): number {
  if (!title.length || !heading.length) return 0;
  const own = heading.filter((token) => !title.includes(token));
  return 1 - own.join(' ').length / heading.join(' ').length;
}

/**
 * Whether a heading is the title's headline, give or take a site name: the title's words run in it, or
 * its words open or end the title ("Headline – Site", "Site: Headline"). A run from the middle of the
 * title is a section that repeats some of its words ("What we know" under "Boil notice: What we know
 * and what to do – Daily Post").
 */
function sameHeadline(title: string[], heading: string[]): boolean {
  const x = ` ${title.join(' ')} `;
  const y = ` ${heading.join(' ')} `;
  return y.includes(x) || x.startsWith(y) || x.endsWith(y);
}

/** Marks a stand-in. An attribute, so it survives Readability re-parsing the page from its HTML when it retries (clone-marks.ts); the sanitizer drops it. */
const TAG_ATTR = 'data-tr-heading';

function retag(element: Element, tag: string): Element {
  const next = element.ownerDocument.createElement(tag);
  for (const name of element.getAttributeNames()) next.setAttribute(name, element.getAttribute(name) ?? '');
  while (element.firstChild) next.appendChild(element.firstChild);
  element.replaceWith(next);
  return next;
}

/** What a <header> may hold besides its heading: a kicker ("Chapter 1", "Part two"). */
const MAX_KICKER_CHARS = 40;

/** A class or id word that Readability reads as the page's header, on a heading of the story. */
const HEADER_WORD = /header/i;

/**
 * Whether what follows a heading is mostly links: a "Weitere Themen" heading over a list of topic links
 * (trafilatura 0640), which Readability rightly drops with its list.
 */
function headsLinks(heading: Element): boolean {
  let next = heading.nextElementSibling;
  for (let up: Element | null = heading; !next && up?.parentElement; up = up.parentElement) next = up.parentElement.nextElementSibling;
  if (!next) return false;
  const text = (next.textContent ?? '').replace(/\s+/g, '').length;
  return next.tagName === 'A' || (text > 0 && linkChars(next) * 2 >= text);
}

/** Characters of link text in an element, white space aside. */
function linkChars(el: Element): number {
  let links = 0;
  for (const a of listOf(el.getElementsByTagName('a'))) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links;
}

/** A paragraph's text ends as a sentence does, a closing quote or bracket allowed. */
const SENTENCE_END = /[.!?…]["'”’)]?$/;

/**
 * Whether a heading opens a paragraph of prose rather than links: its next sibling is a `<p>` of its
 * own words that ends a sentence, and the section taken with it is mostly not links. "UP NEXT" over
 * "The Thunder host Phoenix on Friday." is an agency recap's subhead, not a related list's heading
 * (probe ring techsport, espn-like; fixture related-heading-over-prose).
 */
export function headsProse(heading: Element, section: Element): boolean {
  const next = heading.nextElementSibling;
  if (next?.tagName !== 'P') return false;
  const text = (next.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < 20 || !SENTENCE_END.test(text) || linkChars(next) * 2 >= text.replace(/\s/g, '').length) return false;
  return linkChars(section) * 2 < (section.textContent ?? '').replace(/\s+/g, '').length;
}

/** What a heading above the story's first paragraph must head to be the story's: a list of points or prose. */
const TEXT_BLOCKS = 'p, ul, ol';

/** Whether the block after a heading is (or holds) a paragraph or a list: the heading heads text, not a widget. */
function headsText(heading: Element): boolean {
  let next = heading.nextElementSibling;
  for (let up: Element | null = heading; !next && up?.parentElement; up = up.parentElement) next = up.parentElement.nextElementSibling;
  return !!next && (next.matches(TEXT_BLOCKS) || !!next.querySelector(TEXT_BLOCKS));
}

/** Takes the words with "header" off an element's class and id, in place. */
function unname(element: Element): void {
  const classes = element.getAttribute('class');
  if (classes && HEADER_WORD.test(classes)) element.setAttribute('class', classes.split(/\s+/).filter((word) => !HEADER_WORD.test(word)).join(' '));
  if (HEADER_WORD.test(element.id)) element.removeAttribute('id');
}

/** A figure's header is its title and a line under it: no longer than this. */
const MAX_FIGURE_HEADER_CHARS = 300;

/**
 * Takes the "header" words off the blocks inside a <figure> that head it (a chart's `<div
 * class="Chart_header"><h4>Changing Course</h4><p>…</p></div>`): Readability drops them as the page's
 * header and the chart lost its title. Only short, link-free blocks: the figure's words, not a menu.
 */
function unmarkFigureHeaders(body: Element): void {
  for (const figure of byTag(body, ['figure'])) {
    for (const element of Array.from(figure.querySelectorAll('[class], [id]'))) {
      if (!HEADER_WORD.test(`${element.getAttribute('class') ?? ''} ${element.id}`) || element.querySelector('a')) continue;
      if ((element.textContent ?? '').trim().length <= MAX_FIGURE_HEADER_CHARS) unname(element);
    }
  }
}

/** What may sit in a list item's header besides its heading and label: nothing a reader acts on. */
const CONTROLS = 'a, button, input, select, textarea, form';

/**
 * Whether a wrapper other than <header> is the heading's own header: its class or id says header and it
 * holds the heading (an h2–h4) and one short line of label besides, nothing a reader clicks. A list
 * feature's item `<div class="c-list__header"><h2>1. Kestrel Audio KT-2</h2><p>Best Overall</p></div>`
 * lost both to Readability (probe ring mags, rollingstone-list; fixture meta-list-item-headings). A
 * wrapper of the heading alone does not count: a dialog's `<div class="modal__header">` (with its close
 * button) then outscored a journal's abstract (trafilatura 0468).
 */
function isLabelledHeader(wrapper: Element, heading: Element, extraChars: number): boolean {
  if (!/^H[2-4]$/.test(heading.tagName) || extraChars <= 0 || extraChars > MAX_KICKER_CHARS) return false;
  if (!HEADER_WORD.test(`${wrapper.getAttribute('class') ?? ''} ${wrapper.id}`) || wrapper.querySelector(CONTROLS)) return false;
  // The heading and its label: two blocks, side by side.
  return wrapper.children.length === 2 && childrenOf(wrapper).includes(heading);
}

/**
 * Takes the class and id words with "header" off a heading below the story's first paragraph, in place,
 * unless links follow it. Readability drops any element so named as unlikely content, and a heading is
 * named for what it is: a recipe card's "Ingredients" and "Instructions" in `<h3
 * class="wprm-recipe-header">`, a section's `<h2 class="section-header">`. Other words (comment,
 * related, sidebar, social) stay, for it to judge. A <header> around the heading alone loses them too.
 */
function unmarkHeader(heading: Element): void {
  // The heading, and a <header> element that holds nothing but it: a card's `<header
  // class="o-pick__header"><h3>Our Sources</h3></header>`. Not any wrapper: a dialog's `<div
  // class="modal__header"><h2>…` that lost its word let a journal's sign-in modal outscore its abstract
  // (trafilatura 0468).
  const text = (heading.textContent ?? '').trim();
  const named: Element[] = [];
  for (let at: Element | null = heading, level = 0; at && level < 3; at = at.parentElement, level++) {
    const own = (at.textContent ?? '').trim();
    // A <header> may also hold a kicker over its heading: a feature's `<header class="chapter__header"><p>Chapter 1</p><h2>The breach</h2>`.
    const withKicker = at.localName === 'header' && own.length - text.length <= MAX_KICKER_CHARS && !at.querySelector('a');
    if (at !== heading && at.localName !== 'header' && isLabelledHeader(at, heading, own.length - text.length)) {
      named.push(at);
      break;
    }
    if (own !== text && !withKicker) break;
    if ((at === heading || at.localName === 'header') && HEADER_WORD.test(`${at.getAttribute('class') ?? ''} ${at.id}`)) named.push(at);
    if (own !== text) break;
  }
  if (named.length === 0 || headsLinks(heading)) return;
  for (const element of named) unname(element);
}

/**
 * Turns the section headings that Readability would drop as the title (measured against each of
 * `titles`: the document title and the declared one) into <h3> stand-ins, in place. A section heading
 * is an <h2> below the story's first paragraph of prose and not the headline in other words (not a run
 * of the title's words); <h1>s and headings above the story stay as they are, for Readability to drop
 * when they repeat the title. Headings below the story's first paragraph also lose the "header" words
 * of their class and id (unmarkHeader), and so do those between the story's headline and its first
 * paragraph that head a list or prose, and the header blocks of figures. Returns how many were shielded.
 */
export function shieldSectionHeadings(doc: Document, titles: readonly (string | null | undefined)[]): number {
  const known = titles.map((title) => tokens(title ?? '')).filter((list) => list.length > 0);
  const body = doc.body;
  if (!body) return 0;
  unmarkPostHeaders(body);
  unmarkFigureHeaders(body);
  const headline = storyHeadline(doc);
  let count = 0;
  let belowProse = false;
  for (const element of byTag(body, ['p', 'h2', 'h3', 'h4', 'h5', 'h6'])) {
    if (element.tagName === 'P') {
      belowProse ||= (element.textContent ?? '').trim().length >= PROSE_CHARS;
      continue;
    }
    // 4: Node.DOCUMENT_POSITION_FOLLOWING (the core reads no global of the page).
    if (belowProse || (headline && (headline.compareDocumentPosition(element) & 4) !== 0 && headsText(element))) unmarkHeader(element);
    if (element.tagName !== 'H2' || !known.length) continue;
    const post = isInPost(element);
    if (!belowProse && !post) continue;
    const words = tokens(element.textContent ?? '');
    if (!known.some((title) => similarity(title, words) > SIMILAR)) continue;
    if (!post && known.some((title) => sameHeadline(title, words))) continue;
    retag(element, 'h3').setAttribute(TAG_ATTR, '');
    count++;
  }
  return count;
}

/** Blocks looked past between two posts of a live blog (an ad slot, a "related" box): at most this many. */
const MAX_BETWEEN_POSTS = 2;

/** The post an element of a live blog's feed is, when `item` is one: an <article>, alone in a list item or not. */
function postOf(item: Element | null): Element | null {
  if (!item) return null;
  if (item.tagName === 'ARTICLE') return item;
  const only = item.tagName === 'LI' && item.children.length === 1 ? item.firstElementChild : null;
  return only?.tagName === 'ARTICLE' ? only : null;
}

/**
 * Whether the element stands in one of several <article>s side by side, each with a heading or a time: a
 * live blog's post. Side by side: siblings, or each alone in a list's items (a broadcaster's `<ol><li><article>`),
 * with an ad slot or two between them (probe ring liveblog). Its heading ("Polls close in the north" under
 * "Election day live: polls close in the north as turnout rises") is never the page's headline, even when
 * the title quotes it word for word, and its time is the post's, not the story's date line (meta-line.ts).
 */
export function isInPost(element: Element): boolean {
  let article = element.parentElement;
  while (article && article.tagName !== 'ARTICLE') article = article.parentElement;
  if (!article) return false;
  const item = article.parentElement?.tagName === 'LI' && article.parentElement.children.length === 1 ? article.parentElement : article;
  // A post beside it: with a heading, or with its time (a live blog heads only its key posts).
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let sibling = item[step];
    for (let passed = 0; sibling && passed <= MAX_BETWEEN_POSTS; passed++, sibling = sibling[step]) {
      const post = postOf(sibling);
      if (post) {
        if (post.querySelector('h2, h3, time')) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * Takes the "header" words off the header of a live blog's post, which holds the post's time and heading
 * ("<header class="block-header"><a href="#block-9000"><time>02:41</time></a> Tom Achebe</header>", `<header
 * class="live-story-post__header">…<h2>Governor declares disaster emergency</h2>`): Readability drops an
 * element so named as the page's header, and every post lost its time, or its heading.
 */
function unmarkPostHeaders(body: Element): void {
  for (const mark of byTag(body, ['time', 'h2', 'h3'])) {
    if (!isInPost(mark)) continue;
    for (let at: Element | null = mark; at && at.tagName !== 'ARTICLE'; at = at.parentElement) unname(at);
  }
}

/** Makes the stand-ins under `root` <h2>s again. */
export function restoreSectionHeadings(root: Element): void {
  for (const standIn of byAttribute(root, [TAG_ATTR])) {
    standIn.removeAttribute(TAG_ATTR);
    retag(standIn, 'h2');
  }
}
