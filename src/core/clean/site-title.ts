// Small sites often title every page with the site's name ("Millbrook Valley Voice") and set the
// story's headline as a bold or heading line at the top of the text. Readability then takes the site
// name for the title and leaves the headline in the body (fixture story-without-metadata). This step
// notices the site-name title and takes the opening headline instead.
import { classWords } from './compile-rules';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import type { Removal } from '../types';

const HEADLINE_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'B', 'STRONG']);
const MAX_SITE_TITLE_WORDS = 6;
/** A title that spells the host's name holds at most this many times its letters ("Millbrook Valley Voice": 1.4). */
const MAX_NAME_SPREAD = 1.8;
/** The match of this step's record (a title-repeat exception switches the whole step off: step-rules.ts). */
export const SITE_TITLE_MATCH = "the story's opening headline, taken for the title because the page's title names only the site";

/** Lowercase letters and digits only: "Millbrook Valley Voice" -> "millbrookvalleyvoice". */
function letters(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `short` occurs in `long` in order, letters may be skipped ("millbrookvoice" in "millbrookvalleyvoice"). */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at++;
  return at === short.length;
}

/** The host's own name: "www.millbrookvoice.example" -> "millbrookvoice" (the label before the suffix). */
function hostName(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  const labels = host.replace(/^www\d?\./, '').split('.');
  // Before a short country suffix after a generic one (news.co.uk), the name is one label further in.
  const cut = labels.length >= 3 && (labels[labels.length - 2] ?? '').length <= 3 ? 3 : 2;
  return letters(labels[labels.length - cut] ?? labels[0] ?? '');
}

/** The text of the page's footers: <footer>, role=contentinfo, or a block named footer/foot. */
function footerText(doc: Document | null): string {
  if (!doc?.body) return '';
  let text = '';
  const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node && text.length < 20_000; node = walker.nextNode()) {
    const element = node as Element;
    const named = `${element.getAttribute('class') ?? ''} ${element.id}`;
    if (element.tagName === 'FOOTER' || element.getAttribute('role') === 'contentinfo' || classWords(named).some((words) => words.includes('footer') || words.includes('foot'))) {
      text += ` ${element.textContent ?? ''}`;
    }
  }
  return letters(text);
}

/**
 * Whether the title names the site rather than the story: it is the page's declared site name, or a
 * short title that spells the host's name ("Millbrook Valley Voice" at millbrookvoice.example), or one
 * that the page's footer repeats ("Millbrook Valley Voice, Mill Lane. Printed and published weekly."),
 * which holds at any address, a saved copy's or a local server's too.
 */
export function namesTheSite(title: string, siteName: string | null, url: string, page: Document | null = null): boolean {
  const flat = letters(title);
  if (!flat) return false;
  if (siteName && letters(siteName) === flat) return true;
  if (title.trim().split(/\s+/).length > MAX_SITE_TITLE_WORDS) return false;
  // "Sign in | Meridian Post" names a page of the site, and its first part says which.
  if (/[|–—:·•»]|\s-\s/.test(title)) return false;
  const host = hostName(url);
  // Six letters at least: a short host ('time') is spelt in order by too many real headlines. And the
  // title little more than the name: a newsroom's headline opens with the company's name, the host's
  // ("Nordlys Energy opens its Esbjerg plant" at nordlysenergy.example), and says more.
  if (host.length >= 6 && flat.length <= host.length * MAX_NAME_SPREAD && inOrder(host, flat)) return true;
  return flat.length >= 6 && footerText(page).includes(flat);
}

/** The first text of the body with its element, or null when the body has no text. */
function firstText(body: Element): Text | null {
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim()) return node as Text;
  }
  return null;
}

/**
 * The headline that opens the body: a heading or a wholly bold line that comes before any other text,
 * of headline length. Null when the body opens with prose.
 */
export function openingHeadline(body: Element): Element | null {
  const text = firstText(body);
  if (!text) return null;
  for (let e = text.parentElement; e && e !== body; e = e.parentElement) {
    if (!HEADLINE_TAGS.has(e.tagName)) continue;
    const line = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = line.split(' ').length;
    if (line.length < 15 || line.length > 200 || words < 3 || words > 30) return null;
    // A bold opening sentence is a standfirst, not a headline.
    if (line.endsWith('.')) return null;
    return e;
  }
  return null;
}

/**
 * When the title names the site and the body opens with a headline, returns that headline as the title
 * and removes it from the body (it would repeat the title). Otherwise returns null and changes nothing.
 */
export function takeSiteTitleHeadline(body: Element, title: string, siteName: string | null, url: string, page: Document | null = null): { title: string; removal: Removal } | null {
  if (!namesTheSite(title, siteName, url, page)) return null;
  const headline = openingHeadline(body);
  if (!headline) return null;
  const text = (headline.textContent ?? '').replace(/\s+/g, ' ').trim();
  const removal = recordRemoval(headline, STEP_RULES.titleRepeat, SITE_TITLE_MATCH);
  headline.remove();
  return { title: text, removal };
}
