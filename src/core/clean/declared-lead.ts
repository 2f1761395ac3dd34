// The story's lead paragraph (standfirst, dek, intro) that the page declares as its description
// (<meta name="description">, og:description, JSON-LD) and prints under the headline, but outside the
// body container that Readability takes: the reader then opens on the second paragraph (trafilatura
// dev 0647 itemprop=description, 0905 ts-intro, 0968 a-lead; fixture declared-lead-outside-body). What
// makes it the lead is the publisher's own declaration, in any language and markup: a block near the
// headline whose whole text is the declared description (or the description cut short with "…").
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
