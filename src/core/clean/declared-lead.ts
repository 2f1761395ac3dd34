// The story's lead paragraph (standfirst, dek, intro) that the page declares as its description
// (<meta name="description">, og:description, JSON-LD) and prints under the headline, but outside the
// body container that Readability takes: the reader then opens on the second paragraph (trafilatura
// dev 0647 itemprop=description, 0905 ts-intro, 0968 a-lead; fixture declared-lead-outside-body). What
// makes it the lead is the publisher's own declaration, in any language and markup: a block near the
// headline whose whole text is the declared description (or the description cut short with "…").
// A dek the page prints but does not declare is taken from where it stands instead (findPrintedDek):
// the first text under the story's headline, set as a subtitle.
import { pageHeadline } from '../detect-scan';
import { elementStepper } from './walk';

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
  const headline = pageHeadline(document);
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
/** What a page names its dek's block, on any site: "subTitle", "article-desc", "newspack-post-subtitle", "standfirst". */
const DEK_NAME = /(?:^|[\s_-])(?:sub-?title|subtitle|sub-?head(?:line|ing)?|dek|standfirst|desc|description|summary|sapo|chapo|excerpt)(?:$|[\s_-])/i;
/** Nor the site's tagline or the author's description under a name ("site-description", "post-author-desc"). */
const NOT_DEK_NAME = /(?:^|[\s_-])(?:site|blog|author|bio|profile|byline|avatar|user)(?:$|[\s_-])/i;
/** How many elements with a dek's length of text after the headline are read for a printed dek: it is the first of them. */
const PRINTED_DEK_LIMIT = 2;
/**
 * How many shorter ones (a kicker, the byline, the date line: a print view sets "By …" and the date as
 * two lines between the headline and its subtitle) may come first.
 */
const SHORT_LINES_LIMIT = 4;

/**
 * The dek printed right under the headline when the page declares none that matches it: the first
 * text after the <h1>, a sentence or two, set as an <h2> (a subtitle heading, as Hebrew and Hindi news
 * sites print it) or in a block the page names a subtitle, description or standfirst (a Newspack
 * subtitle). Readability drops it beside the body container as it drops a declared one. Only under
 * the <h1> that is the story's `title`; null when the first text after it is none of these.
 */
export function findPrintedDek(document: Document, title: string): string | null {
  const headline = document.body ? pageHeadline(document) : null;
  // The headline is the story's title (not a blog's name in an <h1> over its tagline).
  if (!headline || !document.body || flat(headline.textContent) !== flat(title)) return null;
  // A headline that is a link (a blog's name linking home) heads the site, not a story.
  const link = headline.querySelector('a');
  if (link && flat(link.textContent) === flat(headline.textContent)) return null;
  const next = elementStepper(document.body);
  let read = 0;
  let short = 0;
  for (let element = next(headline, false); element && read < PRINTED_DEK_LIMIT && short <= SHORT_LINES_LIMIT; ) {
    const text = flat(element.textContent);
    if (SKIPPED.has(element.tagName) || !text) {
      element = next(element, false);
      continue;
    }
    const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
    const named = (element.tagName === 'H2' || DEK_NAME.test(names)) && !NOT_DEK_NAME.test(names);
    if (named && text.length >= MIN_PRINTED_DEK_CHARS && text.length <= MAX_PRINTED_DEK_CHARS && text !== title && text.split(' ').length >= MIN_PRINTED_DEK_WORDS) {
      let links = 0;
      for (const link of Array.from(element.getElementsByTagName('a'))) links += flat(link.textContent).length;
      return links * 2 < text.length && !element.querySelector('h1, h2, h3, p, li, img, time') ? text : null;
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
