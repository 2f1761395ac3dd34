// The story's lead paragraph (standfirst, dek, intro) that the page declares as its description
// (<meta name="description">, og:description, JSON-LD) and prints under the headline, but outside the
// body container that Readability takes: the reader then opens on the second paragraph (trafilatura
// dev 0647 itemprop=description, 0905 ts-intro, 0968 a-lead; fixture declared-lead-outside-body). What
// makes it the lead is the publisher's own declaration, in any language and markup: a block near the
// headline whose whole text is the declared description (or the description cut short with "…").
// A dek the page prints but does not declare is taken from where it stands instead (findPrintedDek):
// the first text under the story's headline, set as a subtitle.
import { pageHeadline } from '../detect-scan';
import { sameTitle } from './same-title';
import { elementStepper } from './walk';
import { listOf } from '../tag-lists';

/** The description must be this long to name a paragraph anywhere near the headline (a site slogan is shorter). */
const MIN_LEAD_CHARS = 60;
/**
 * A shorter description names a dek (a subtitle such as "A small team, a stale index and forty-eight
 * hours."), taken only right under the headline: further down, a line that short may be any caption.
 */
const MIN_DEK_CHARS = 25;
/** Elements after the headline within which a short dek is looked for. */
const DEK_SCAN_LIMIT = 4;
/** Up to this length a lead is a standfirst, whose end is looked for in the article too. */
const MAX_WHOLE_LEAD_CHARS = 500;
/** Elements looked at after the headline before giving up: the lead sits right under it. */
const SCAN_LIMIT = 80;
const LEAD_TAGS = new Set(['P', 'DIV', 'SPAN', 'H2', 'H3', 'SECTION', 'HEADER', 'STRONG', 'B', 'EM']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'UL', 'OL', 'TABLE']);

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
const words = (text: string | null): string[] => (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** <h2>s read for the headline of a page that has no <h1>. */
const MAX_H2_HEADLINES = 8;
/** Share of the declared title's words an <h2> must print to be the headline (a kicker inside it is extra). */
const MIN_TITLE_WORDS_SHARE = 0.8;

/**
 * The story's headline: the page's <h1> that its title names (detect-scan.ts), or, on a page with no
 * <h1> at all, the first of its early <h2>s that prints the title the page declares (og:title, else
 * <title>): a magazine may set its headline in an <h2> with a kicker inside (probe ring majors-world,
 * a news magazine's story). Null when there is neither.
 */
export function storyHeadline(document: Document): Element | null {
  const body = document.body;
  if (!body) return null;
  if (body.getElementsByTagName('h1').length) return pageHeadline(document);
  const want = words(document.querySelector('meta[property="og:title"]')?.getAttribute('content') || document.title);
  if (want.length < 3) return null;
  const h2s = body.getElementsByTagName('h2');
  for (const h2 of Array.from(h2s).slice(0, MAX_H2_HEADLINES)) {
    const have = new Set(words(h2.textContent));
    const printed = want.filter((word) => have.has(word)).length;
    if (printed >= want.length * MIN_TITLE_WORDS_SHARE && have.size <= want.length * 2) return h2;
  }
  return null;
}

/** The description without a cut mark at its end ("…", "...", "[…]"), and whether it had one. */
function uncut(description: string): { text: string; cut: boolean } {
  const text = description.replace(/\s*(?:\[…\]|\[\.\.\.\]|…|\.\.\.)$/, '');
  return { text, cut: text !== description };
}

function withoutStop(text: string): string {
  return text.replace(/[\s.。．!！?？]+$/u, '');
}

/** Whether a block's text is the declared description, whole or (when the description was cut) its start. */
function isDescription(text: string, description: { text: string; cut: boolean }): boolean {
  // Its closing full stop aside: a page may print a dek without the one its description ends with.
  if (text === description.text || withoutStop(text) === withoutStop(description.text)) return true;
  return description.cut && text.length > description.text.length && text.startsWith(description.text);
}

/**
 * The text of the block that prints the declared description under the page's headline (the <h1> the
 * title names, not a logo's above it: detect-scan.ts), or
 * null: none declared, too short to be a paragraph, or not printed near the headline.
 */
export function findDeclaredLead(document: Document, declared: string | null): string | null {
  const description = uncut(flat(declared));
  if (description.text.length < MIN_DEK_CHARS || !document.body) return null;
  const limit = description.text.length < MIN_LEAD_CHARS ? DEK_SCAN_LIMIT : SCAN_LIMIT;
  const headline = storyHeadline(document);
  if (!headline) return null;
  const shortest = withoutStop(description.text).length;
  let seen = 0;
  // From the headline on, into its own subtree first: the page before it is never looked at.
  const next = elementStepper(document.body);
  for (let element = next(headline, true); element; ) {
    if (++seen > limit) return null;
    const tag = element.tagName;
    if (SKIPPED.has(tag)) {
      element = next(element, false);
      continue;
    }
    if (LEAD_TAGS.has(tag) && !element.hasAttribute('hidden')) {
      const text = flat(element.textContent);
      if (text.length < shortest) {
        element = next(element, false);
        continue;
      }
      if (isDescription(text, description)) return text;
    }
    element = next(element, true);
  }
  return null;
}

/** A printed dek: at least this long and this many words (a kicker or a label is shorter), at most a standfirst's length. */
const MIN_PRINTED_DEK_CHARS = 40;
const MIN_PRINTED_DEK_WORDS = 5;
const MAX_PRINTED_DEK_CHARS = 400;
/**
 * What a page names its dek's block, on any site: "subTitle", "article-desc", "newspack-post-subtitle",
 * "standfirst", "gallery-header__intro", Bootstrap's "lead", a Nordic "ingress", a business story's
 * summary bullets in `<section data-component="abstract">` or a "keyPoints" box (probe ring techsport:
 * fixture dek-abstract-points).
 */
const DEK_NAME = /(?:^|[\s_-])(?:sub-?title|subtitle|sub-?head(?:line|ing)?|dek|deck|standfirst|strapline|desc|description|summary|abstract|key-?points|sapo|chapo|excerpt|intro|lede|lead|ingress)(?:$|[\s_-])/i;
/** Nor the site's tagline or the author's description under a name ("site-description", "post-author-desc"). */
const NOT_DEK_NAME = /(?:^|[\s_-])(?:site|blog|author|bio|profile|byline|avatar|user)(?:$|[\s_-])/i;
/** A data attribute's value that is a name ("standfirst", "article-dek"), not data (a URL, JSON, a sentence). */
const NAME_VALUE = /^[\w-]{1,40}$/;
/** How many elements with a dek's length of text after the headline are read for a printed dek: it is the first of them. */
const PRINTED_DEK_LIMIT = 2;
/**
 * How many shorter ones (a kicker, the byline, the date line: a print view sets "By …" and the date as
 * two lines between the headline and its subtitle) may come first.
 */
const SHORT_LINES_LIMIT = 4;
/** Share of a list dek's text its points hold. */
const MIN_POINTS_SHARE = 0.9;
/** A dek holds words only: never a heading, a picture or the date line. */
const NOT_IN_DEK = 'h1, h2, h3, h4, img, picture, figure, time, table, form';
/** Buttons, which a dek holds none of with words on them (a subtitle's icon button to copy its link, "🔗", is no matter). */
const BUTTONS = 'button, [role="button"]';

/** A dek as the page prints it: its text, and its points when it is a list of them (a bulleted standfirst). */
export interface PrintedDek {
  text: string;
  items: string[] | null;
}

/**
 * The names an element gives itself: its class and id, and the short names its data attributes carry
 * (`data-component="standfirst"`, a design system's `data-…-name`), which a site that hashes its class
 * names keeps readable.
 */
function namesOf(element: Element): string {
  let names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name.startsWith('data-') && NAME_VALUE.test(attribute.value)) names += ` ${attribute.value}`;
  }
  return names;
}

/** The dek a block prints when it is one: a sentence or two of words, or a short list of points, mostly not links. */
function dekOf(element: Element, text: string, title: string): PrintedDek | null {
  if (text.length < MIN_PRINTED_DEK_CHARS || text.length > MAX_PRINTED_DEK_CHARS || text === title) return null;
  if (text.split(' ').length < MIN_PRINTED_DEK_WORDS || element.querySelector(NOT_IN_DEK)) return null;
  // A block with a button that says something is a widget named for its summary: an AI box's "Пересказать с
  // помощью ИИ" and its hint (probe ring aggregators2).
  if (Array.from(element.querySelectorAll(BUTTONS)).some((button) => /\p{L}/u.test(button.textContent ?? ''))) return null;
  let links = 0;
  for (const link of listOf(element.getElementsByTagName('a'))) links += flat(link.textContent).length;
  if (links * 2 >= text.length) return null;
  const points = listOf(element.getElementsByTagName('li')).map((item) => flat(item.textContent)).filter(Boolean);
  // A list of points is the dek when it is all the block says: a box with its own heading and notes
  // around a list ("Key takeaways … Generated by AI") is something else.
  if (points.length) return points.length >= 2 && points.join(' ').length >= text.length * MIN_POINTS_SHARE ? { text, items: points } : null;
  // One paragraph at most, in its wrapper: two or more are the story's opening, set in a block named for
  // its summary (story-opening.ts puts those back).
  return element.getElementsByTagName('p').length <= 1 ? { text, items: null } : null;
}

/**
 * The dek printed right under the headline when the page declares none that matches it: the first
 * text after the headline, a sentence or two (or a few points), set as an <h2> (a subtitle heading,
 * as Hebrew and Hindi news sites print it) or in a block the page names a subtitle, description,
 * standfirst or intro (a Newspack subtitle; a standfirst named only by its data attributes, as a site
 * with hashed class names writes it: probe ring majors-en). Readability drops it beside the body
 * container as it drops a declared one. Only under the headline that is the story's `title` (quotes
 * and dashes as the reader reads them); null when the first text after it is none of these.
 */
export function findPrintedDek(document: Document, title: string): PrintedDek | null {
  const headline = storyHeadline(document);
  // The headline is the story's title (not a blog's name in an <h1> over its tagline).
  if (!headline || !document.body || !sameTitle(headline.textContent, title)) return null;
  // A headline that is a link (a blog's name linking home) heads the site, not a story.
  const link = headline.querySelector('a');
  if (link && flat(link.textContent) === flat(headline.textContent)) return null;
  const next = elementStepper(document.body);
  let read = 0;
  let short = 0;
  for (let element = next(headline, false); element && read < PRINTED_DEK_LIMIT && short <= SHORT_LINES_LIMIT; ) {
    const text = flat(element.textContent);
    const names = namesOf(element);
    const named = (element.tagName === 'H2' || DEK_NAME.test(names)) && !NOT_DEK_NAME.test(names);
    const list = element.tagName === 'UL' || element.tagName === 'OL';
    if (!text || (SKIPPED.has(element.tagName) && !(list && named))) {
      element = next(element, false);
      continue;
    }
    if (named) {
      const dek = dekOf(element, text, title);
      // A named wrapper around the dek's own element ("<div class=lead><h2>…</h2></div>"): that one is read.
      const only = element.children.length === 1 ? element.firstElementChild : null;
      if (dek || !only || flat(only.textContent) !== text) return dek;
      element = next(element, true);
      continue;
    }
    // A wrapper (the header's block of dek, byline and date) is looked into; a block of its own is the first text.
    if (element.firstElementChild) element = next(element, true);
    else {
      if (text.length < MIN_PRINTED_DEK_CHARS) short++;
      else read++;
      element = next(element, false);
    }
  }
  return null;
}

/** Puts a printed dek at the top of the article, as a paragraph or as its list of points; false when the article holds it. */
export function restorePrintedDek(article: Element, dek: PrintedDek): boolean {
  if (!dek.items) return restoreDeclaredLead(article, dek.text);
  const text = flat(article.textContent);
  if (dek.items.every((item) => text.includes(item))) return false;
  const list = article.ownerDocument.createElement('ul');
  for (const item of dek.items) list.appendChild(article.ownerDocument.createElement('li')).textContent = item;
  article.prepend(list);
  return true;
}

/**
 * Puts the lead paragraph at the top of the article when the article does not hold it yet; true when it
 * did. Held means its opening, and for a lead of a paragraph's length its end too: a story whose first
 * paragraph repeats only the lead's first sentence still lacks the rest of it (trafilatura 0968, whose
 * truth has the lead's second sentence). A longer "lead" is a block that opens with a description cut
 * short ("…"), often the whole story (WCXB 4845): its opening is all that tells.
 */
export function restoreDeclaredLead(article: Element, lead: string): boolean {
  const text = flat(article.textContent);
  if (text.includes(lead.slice(0, MIN_LEAD_CHARS)) && (lead.length > MAX_WHOLE_LEAD_CHARS || text.includes(lead.slice(-MIN_LEAD_CHARS)))) return false;
  const paragraph = article.ownerDocument.createElement('p');
  paragraph.textContent = lead;
  article.prepend(paragraph);
  return true;
}
