// The story's meta line ("South China Morning Post · 23 Feb 2025", "By Ana Ruiz | 3 March"), when
// Readability leaves it at the top of the body: it is not article text. It goes from the body, and its
// name part becomes the byline when the page declared none. The date is already publishedTime.
import { RELATIVE_TIME_LINE } from '../rules/relative-time';
import type { Removal } from '../types';
import { elementStepper, walkElements } from './walk';
import { pageHeadline } from '../detect-scan';
import { recordRemoval } from '../removal-record';
import { byTag, childrenOf, firstByTag, listOf } from '../tag-lists';
import { STEP_RULES } from '../rules/step-rules';
import { isInPost } from './section-headings';
import { sameTitle } from './same-title';
import { asciiDigits, dateTokens, isDateName, isDateToken, withoutDate } from './date-words';

export { isDateOnly, withoutDate } from './date-words';

/** Elements looked at from the top of the body before giving up. */
const SCAN_LIMIT = 40;
/** A meta line is short; anything longer is prose that happens to hold a date. */
const MAX_LINE_CHARS = 120;
const MAX_BYLINE_CHARS = 80;
/** A paragraph this long means the story has started: no meta line below it. */
const PROSE_CHARS = 80;
const META_TOKENS = /(?:^|[\s_-])(?:byline|dateline|meta|source|author|credit)(?:$|[\s_-])/i;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const DATE_BLOCKS = new Set(['p', 'div', 'header', 'section']);
/** A line of written dates is short: two dates with their labels. */
const MAX_DATE_LINE_CHARS = 120;
/** A date written in figures, ISO or day-month-year, with its time ("u 11:48", Croatian "at") and zone, after at most one short label. */
const DATE_ONLY =
  /^(?:\p{L}{2,15}\s?:\s?)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\s?\d{1,2}[./]\s?(?:\d{4}|\d{2})\.?)(?:[ ,T|]+(?:(?:u|um|kl\.?|klo|at|à)\s)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?(?:uhr|h))?(?:\s?(?:[+-]\d{2}:?\d{2}|z|utc|gmt|mez|cet))?)?$/iu;

export interface MetaLine {
  removal: Removal;
  /** The line without its date, when it reads like a name or a source. */
  byline: string | null;
  /** A line that is only a date in figures, as YYYY-MM-DD (for a page that declares no publication time). */
  date: string | null;
}

const flat = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** A date element: <time>, or a web component's that carries a datetime ("<relative-time datetime=…>"). */
const TIMES = 'time, [datetime]';

function hasTime(element: Element): boolean {
  return element.getElementsByTagName('time').length > 0 || element.querySelector('[datetime]') !== null;
}

function isMetaLine(element: Element): boolean {
  if (HEADINGS.has(element.localName) || element.localName === 'time') return false;
  const text = flat(element.textContent);
  if (!text || text.length > MAX_LINE_CHARS) return false;
  if (element.querySelector('h1, h2, h3, h4, h5, h6, p')) return false;
  // A line that is nothing but a date in figures, perhaps after a short label ("23.10.2018",
  // "Publikacja: 04.05.2021", "opublikowano: 2021-04-29 17:13:04", traf 0470, 0857, 0459).
  // A block of its own only: a date inside a line ("Veröffentlicht: <span>05.01.2020</span> | Abgelegt
  // unter: …") or a table's cell is part of something else.
  if (isDateLine(text) && DATE_BLOCKS.has(element.localName) && !element.closest('table, pre, li, dl') && !element.querySelector('img, picture, video, iframe')) return true;
  // Else a date needs a <time> (or a custom element that carries a datetime: <relative-time>); class
  // names alone ("meta") are too loose to remove text by.
  if (!hasTime(element)) return false;
  if (element.localName !== 'p' || META_TOKENS.test(element.getAttribute('class') ?? '')) return true;
  // Readability turns a meta <div> into a bare <p>: then only a short line that is not a sentence counts.
  const rest = textWithoutTimes(element);
  return rest.length <= MAX_BYLINE_CHARS && !/[.!?]["'”’)]?$/.test(rest);
}

/**
 * A line of the author's name (as the page declares it) and dates only, in a block of its own without a
 * <time>: "<div><a>Srinivas Reddy</a> <span>Published: April 25, 2025 | 11:20 AM</span> <span>Updated:
 * …</span></div>", or the date first and the name after it (probe ring lang9, a Telugu news site).
 */
function isNamedDateLine(element: Element, name: string): boolean {
  if (name.length < 3 || !DATE_BLOCKS.has(element.localName)) return false;
  const text = flat(element.textContent);
  if (text.length > MAX_LINE_CHARS) return false;
  const lower = text.toLowerCase();
  const at = lower.indexOf(name);
  if (at < 0) return false;
  const before = text.slice(0, at).replace(/^[\s|•·,–—-]+|[\s|•·,–—-]+$/g, '');
  const after = text.slice(at + name.length).replace(/^[\s|•·,–—-]+|[\s|•·,–—-]+$/g, '');
  // The name opens the line (after a "By") and dates follow it, or dates open it and the name ends it.
  const dates = !before || /^by$/i.test(before) ? after : !after ? before : '';
  if (!dates || !isDateLine(dates)) return false;
  return !element.closest('table, pre, li, dl') && !element.querySelector('h1, h2, h3, h4, h5, h6, p, img, picture, video, iframe');
}

/**
 * A line of dates only: in figures (DATE_ONLY), or written out with its labels, times and zones, all
 * of its words date words and a year or a time among them ("Published 5:02 a.m. ET May 4, 2026
 * Updated 9:15 a.m. ET May 4, 2026", its two parts glued by markup: "2026Updated").
 */
function isDateLine(line: string): boolean {
  // A count of readers after the date is the same line's ("14.06.2024 09:42 3 418" beside an eye icon,
  // "6 декември 2024, 11:02 … 4 812 прочитания").
  const text = asciiDigits(line).replace(VIEW_COUNT, '');
  if (DATE_ONLY.test(text)) return true;
  if (text.length > MAX_DATE_LINE_CHARS || !/\d{4}|\d:\d\d/.test(text)) return false;
  const tokens = dateTokens(text);
  return tokens.some((token) => /\p{L}/u.test(token)) && tokens.every(isDateToken);
}

function textWithoutTimes(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const time of Array.from(copy.querySelectorAll(TIMES))) time.remove();
  return flat(copy.textContent).replace(/^[\s|•·,–—-]+|[\s|•·,–—-]+$/g, '');
}

/**
 * The date of a line that DATE_ONLY matched, as YYYY-MM-DD: ISO, or day.month.year as written with
 * dots (slashes are left alone: 03/04/2025 is April in Europe and March in the US). Null otherwise.
 */
function figureDate(text: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const dotted = iso ? null : /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3]?.length === 2 ? `20${dotted[3]}` : dotted[3], dotted[2], dotted[1]] : [];
  if (!year || !month || !day) return null;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The byline part of a meta line: its text without the <time> elements and separators. */
function bylineOf(element: Element): string | null {
  const text = afterDateLabel(textWithoutTimes(element)).replace(/^by\s+/i, '');
  if (!text || text.length > MAX_BYLINE_CHARS || /\d{4}|\d{1,2}:\d{2}/.test(text)) return null;
  // Only the date's label is left ("Published: <time>", "Veröffentlicht am <time>"): no name.
  if (text.split(/\s+/).every(isDateToken)) return null;
  return text;
}

/**
 * What a meta line says after its date's label and a separator, the <time> between them gone:
 * "Updated <time>6:45 AM CDT</time> · Observed at Chicago O'Hare" leaves "Updated · Observed at …",
 * which was the byline (probe ring traps, weather and brief; fixture meta-byline-date-label). After
 * such a label the line names someone only with a byline's lead ("By Ana Ruiz") or as names alone
 * ("Ana Ruiz and Tom Lee"); any other words are a note, and there is no byline (empty string). A line
 * that does not open with a label and a separator is returned as it is: "June Carter" opens with a
 * month's name, not a label.
 */
function afterDateLabel(text: string): string {
  const words = text.split(/\s+/);
  let label = 0;
  while (label < words.length && isDateToken(words[label]!) && !SEPARATED.test(words[label]!)) label++;
  let cut = label;
  while (cut < words.length && SEPARATED.test(words[cut]!)) cut++;
  if (label === 0 || cut === label) return text;
  const rest = words.slice(cut).join(' ');
  return PRINTED_BY.test(rest) || NAMES.test(rest) ? rest : '';
}
/** A separator standing alone between a meta line's parts ("Updated · Observed …"). */
const SEPARATED = /^[|•·–—-]+$/;

/** Words that count readers ("views", Bulgarian "прочитания", Russian "просмотров"); a count alone after a time counts too. */
const VIEW_WORDS = 'views?|reads|прочитания|прегледа|просмотр(?:ов|а)?|переглядів|wyświetleń|aufrufe|vues|lecturas|visualizações|lượt xem|kez okundu|dibaca|қаралым';
/** A count of readers at a date line's end, after the time or with its word ("09:42 3 418", "4 812 прочитания"). */
const VIEW_COUNT = new RegExp(`(?:(?<=\\d:\\d\\d)\\s+\\d{1,3}(?:[\\s\u00a0.,]\\d{3})*|\\s+(?:\\d{1,3}(?:[\\s\u00a0.,]\\d{3})+|\\d+)\\s?(?:${VIEW_WORDS}))$`, 'iu');
/** Words that only introduce a name ("By", "Von", "Par"): a byline of nothing else names no one. */
const BYLINE_LEADS = new Set([
  'by', 'from', 'author', 'written by', 'reporter', 'von', 'autor', 'autorin', 'text', 'par', 'auteur', 'por', 'texto', 'di', 'testo', 'door',
  'av', 'af', 'przez', 'autorka', 'автор', 'от',
  // The lead of a publication's or category's line whose link went (Medium's "Published in", WordPress's "Posted in")
  'published in', 'posted in', 'publicado en', 'publié dans', 'veröffentlicht in',
  // Catalan, Swahili, Croatian and Serbian, Hebrew; Hausa (probe ring lang10: "Daga Aminu Ibrahim Sani")
  'per', 'na', 'piše', 'pise', 'пише', 'מאת', 'daga',
  // Romanian, Spanish, French ("de Andreea Vlădescu")
  'de',
  // Finnish
  'teksti', 'kirjoittaja',
  // Slovak, Czech, Serbian and Croatian, Polish ("Napísal: …"); Marathi and Hindi, Georgian ("लेखक: …", "ავტორი: …")
  'napísal', 'napísala', 'napsal', 'napsala', 'napisao', 'napisala', 'napisał', 'napisała', 'लेखक', 'लेखन', 'वार्ताहर', 'ავტორი',
  // Persian "reporter", "writer"
  'خبرنگار', 'نویسنده',
  // Malay and Indonesian "by", "writer"
  'oleh', 'penulis',
  // Azerbaijani and Turkish "author", Albanian "by" and "author", Armenian "author" (probe ring lang9)
  'müəllif', 'yazar', 'nga', 'autori', 'հեղինակ',
]);

/** Whether a text is only the word before a name ("By", "Von:"). */
function isBylineLead(text: string): boolean {
  return BYLINE_LEADS.has(flat(text).toLowerCase().replace(/[:.\s]+$/, ''));
}

/** Lead words that also open names ("Di Maria", "von Trotta", "Per Olsen"): without a colon, taken off only before two more words. */
const NAME_LEADS = new Set(['di', 'von', 'door', 'text', 'av', 'af', 'per', 'na', 'de']);
/** Another contributor's credit after the name ("Ines Calloway Illustrations by Noor Haddad"): the byline is the declared name. */
const CONTRIBUTOR = /^[\s,;|·•–—-]*(?:(?:illustrations?|photos?|photographs?|photography|pictures?|images?|graphics?|video|artwork|drawings?) (?:by|:)|(?:kuvat?|kuvaaja|foto|bilder?)\s?:?)\s/iu;
/** A follow button's label at the end of a byline: "Follow", "+ Follow", "Follow Author". */
const FOLLOW_TAIL = /(?:\.|\s*[|·•])\s*\+?\s*follow(?: (?:author|writer|me))?$|\s+\+?\s*follow (?:author|writer|me)$/iu;
/** A job title after the name ("NBA Writer", "Staff Reporter", "Senior Correspondent"). */
const ROLE = /^,?\s*(?:[\p{L}.&'’-]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|producer|journalist|critic|analyst|photographer|staff)s?$/iu;

/** A news agency's or desk's code after a slash, one or two short words ("/ TNN", "/ dpa", "/ AFP"). */
const SOURCE_CODE = /^\s*\/\s*[\p{L}&.]{2,12}(?:\s[\p{L}&.]{2,12})?$/u;

/** Whether the text after the names is one of `outlets` (the site's declared name, its publisher), after a separator or not. */
function isOutlet(text: string, outlets: readonly (string | null)[]): boolean {
  const rest = flat(text).replace(/^[\s,;|/·•–—-]+/u, '').toLowerCase();
  return rest.length > 0 && outlets.some((outlet) => flat(outlet).toLowerCase() === rest);
}

/** An e-mail address, as printed or as a link's mailto: address. */
const EMAIL = /(?:mailto:)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Where the last of the declared names ("A, B") ends in a byline, when it prints every one; else -1. */
function endOfNames(text: string, declared: string): number {
  const lower = text.toLowerCase();
  let end = -1;
  for (const one of declared.toLowerCase().split(/\s*,\s*/)) {
    if (!one) continue;
    const at = lower.indexOf(one);
    if (at < 0) return -1;
    end = Math.max(end, at + one.length);
  }
  return end;
}

/**
 * The byline as shown above the article: without the word before the names ("By Helen Farrow",
 * "Written By Delia Moraes", "by: Kayla Brandt", a recipe card's "Author Hanna Lindqvist", a theme's
 * "View all posts by Gwendolyn Ashby"), and without a job title or another contributor's credit glued
 * after the name the page declares ("By Derrick Lamont NBA Writer" when the page declares Derrick
 * Lamont, "… Illustrations by Noor Haddad"), a source's code after a slash ("/ TNN") or one of `outlets`
 * (the site's or publisher's declared name) after it, nor an e-mail address beside it. Other words stay
 * ("Ana Ruiz in Lisbon"). Null when it is only one of `outlets`.
 */
export function bylineNames(byline: string | null, declared: string | null = null, outlets: readonly (string | null)[] = []): string | null {
  if (!byline) return byline;
  // A reporter's e-mail address printed beside the name ("Sofia Lindqvist sofia.lindqvist@nvt.example").
  // And a share bar's label left after its links went ("Jana Králová | Sdílet:").
  let text = flat(byline.replace(EMAIL, ' ').replace(/\(\s*\)|\[\s*\]|<\s*>/g, ' ')).replace(/\s*[|•·]\s*\p{L}+\s?:$/u, '').replace(/^[\s|•·,;–—-]+|[\s|•·,;–—-]+$/g, '') || flat(byline);
  const lead = /^((?:written|posted|reported|story|interview|interviewed|(?:words|text|photos?|photographs|pictures|reporting)(?: and (?:words|text|photos?|photographs|pictures|reporting))?|(?:view |see )?(?:all|more) (?:posts|articles|stories)) by|(?:un )?(?:article|artículo|artigo|articolo|artikel) (?:de|di|von|by|door)|(?:ein |an )?(?:interview|gespräch|entretien|entrevista|intervista|interviu) (?:von|by|réalisé par|par|de|por|di|a cura di)|(?:escrito|escrita|redactado|texto|textos|reportagem) (?:por|de)|[\p{L}\p{M}]+)\s*([:：]?)\s+(.*\p{L}.*)$/iu.exec(text);
  const word = lead?.[1]?.toLowerCase() ?? '';
  const rest = lead?.[3];
  // A colon says the word is a label ("Text: Anna Muster"); without one, a word that opens names too
  // ("Di Maria") is taken off only before two more words.
  const name = flat(declared);
  // Or the rest is the declared name itself ("di Giulia Ferrandi", the page declaring "Giulia Ferrandi").
  if (rest && (isBylineLead(word) || word.endsWith(' by') || /^(?:escrito|escrita|redactado|texto|textos|reportagem) (?:por|de)$/.test(word) || /^(?:un )?(?:article|artículo|artigo|articolo|artikel) /.test(word)
    // An interview's credit: "Ein Interview von Lena Hartwig", "Entretien réalisé par …" (probe ring lookalike)
    || /^(?:ein |an )?(?:interview|gespräch|entretien|entrevista|intervista|interviu) /.test(word)) && (lead?.[2] || !NAME_LEADS.has(word) || rest.split(' ').length >= 3 || rest.toLowerCase() === name.toLowerCase())) text = rest;
  // A social handle after the name ("… / @mvsalcedoINQ"), then a job title after a dash ("Marivic Salcedo -
  // Correspondent"): the name.
  // Or glued to it, the name's link and the handle's set side by side ("Maya Reinholt@MayaReinholt":
  // fixture byline-glued-handle).
  text = text.replace(/\s*(?:[/|·•]\s*)?@[\w.]{2,30}$/u, '');
  // A "Follow" button's label after the name and role ("Daniel Kowalski, Contributor. Follow Author").
  text = text.replace(FOLLOW_TAIL, '');
  const dashed = /^(.+?)\s+[-–—]\s+(.+)$/u.exec(text);
  if (dashed?.[1] && dashed[2] && ROLE.test(dashed[2]) && NAMES.test(dashed[1])) text = dashed[1];
  // The declared names printed, then a job title or another contributor's credit: the names as printed
  // ("Ines Calloway and Deshawn Pryor Graphics by Mina Okafor" when the page declares both).
  // Or the source after a slash ("Snehal Kulkarni / TNN"), or the outlet the page names itself
  // ("Brandon Kellerman Fox News" beside og:site_name "Fox News").
  const end = name ? endOfNames(text, name) : -1;
  const after = text.slice(end);
  if (end > 0 && (ROLE.test(after) || CONTRIBUTOR.test(after) || SOURCE_CODE.test(after) || isOutlet(after, outlets))) return end === name.length && text.toLowerCase().startsWith(name.toLowerCase()) ? name : text.slice(0, end);
  // The site's own name is no byline: the reader sees it beside the byline already (an Organization
  // author equal to the site, "The Economist"; "日本経済新聞社" on 日本経済新聞: probe rings mags and asia;
  // fixture meta-byline-site-name).
  const key = outletKey(text);
  if (key && outlets.some((outlet) => outletKey(outlet) === key)) return null;
  return text;
}

/** A name compared as an outlet's: lower case, without "The" before it nor a company's suffix after it ("Acme News Inc.", "日本経済新聞社"). */
function outletKey(name: string | null): string {
  return flat(name).toLowerCase().replace(/^the\s+/, '').replace(/^株式会社\s*/u, '').replace(/(?:,?\s+(?:inc|ltd|llc|corp|corporation|gmbh|plc|co)\.?|\s*株式会社|社)$/u, '').trim();
}

/** Whether two lines share a word of two letters or more, case aside. */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().match(/[\p{L}\p{M}]{2,}/gu) ?? []);
  return (b.toLowerCase().match(/[\p{L}\p{M}]{2,}/gu) ?? []).some((word) => words.has(word));
}

/**
 * Whether a byline is nothing but some of the declared names ("A, B, C"), not all: one contributor's
 * line that Readability took, such as a live blog's first update's author, where the page declares the
 * three who wrote it (probe detection2 #8). "By" and the words that join names aside.
 */
function isSomeOf(found: string, declared: string): boolean {
  const names = declared.toLowerCase().split(/\s*,\s*/).filter(Boolean);
  if (names.length < 2) return false;
  let rest = flat(found).toLowerCase();
  const named = names.filter((one) => rest.includes(one));
  if (named.length === 0 || named.length === names.length) return false;
  for (const one of named) rest = rest.split(one).join(' ');
  return !/\p{L}/u.test(rest.replace(/(?:^|\s)(?:by|and|und|et|y|e|&)(?=\s|$)/gu, ' '));
}

/**
 * The byline to show, of the one the page declares (JSON-LD or meta author) and the one Readability
 * found in the page's markup. The markup's wins, as it prints the names as the page does ("Ana Ruiz in
 * Lisbon"), unless it is only the word before a name ("By" in a span of its own, the name in the next
 * one), or it holds every declared name and figures that withoutDate cannot cut: a date glued to
 * the names by markup without spaces ("By Ingrid Solberg and Marek Nowak May 14, 202410:31 AM GMT+2
 * Updated 3 hours ago"). Nor when it shares no word with the declared names and the page prints
 * them (`printed`): then it is not the byline. Nor when it names some of several declared authors only.
 */
export function preferredByline(declared: string | null, found: string | null, printed: (name: string) => boolean = () => false): string | null {
  if (!found) return declared;
  if (isBylineLead(found)) return declared;
  // Readability's pick shares no word with the declared names, which the page prints: it took a label
  // or a place the page's byline markup also holds ("Article information" in a heading classed byline,
  // the reporter's district in a span classed author-location).
  if (declared && !sharesWord(found, declared) && declared.split(/\s*,\s*/).every((name) => name && printed(name))) return declared;
  // The declared name with a word glued to its end by markup without spaces ("Wen AshdownJan 21, 2025":
  // the name's heading, then the date's <time>): the page's line is not the name as it reads.
  const glued = declared ? withoutDate(found) : '';
  // Or the name's handle glued to it ("Maya Reinholt@MayaReinholt": fixture byline-glued-handle).
  if (declared && glued.startsWith(declared) && (glued.length === declared.length || /^[\p{L}@]/u.test(glued.slice(declared.length)))) return declared;
  // Each declared name with a capital glued to it, its role's span set against it ("Av Sigrid
  // HauglandJournalist Emil StrandFotojournalist").
  if (declared && declared.split(/\s*,\s*/).every((one) => one && /^\p{Lu}/u.test(glued.slice(glued.indexOf(one) + one.length)) && glued.includes(one))) return declared;
  if (declared && isSomeOf(found, declared)) return declared;
  // One of several declared authors, after words of one post's byline ("From CNW’s Ben Kessler" under
  // a live page by three reporters, probe ring liveblog): the page's authors are the declared ones. A
  // name that opens the line with its place after it ("Lena Morrow in Halden") is the byline as printed.
  const several = declared ? declared.split(/\s*,\s*/).filter(Boolean) : [];
  const named = several.filter((name) => found.includes(name));
  if (several.length >= 2 && named.length === 1 && !found.startsWith(named[0] as string)) return declared;
  if (!declared || !/\d/.test(withoutDate(found))) return found;
  const lower = found.toLowerCase();
  const names = declared.split(/\s*,\s*/).filter(Boolean);
  return names.length > 0 && names.every((name) => lower.includes(name.toLowerCase())) ? declared : found;
}

/** Whether a paragraph's text is all one heading's inside it: "<p><h2>Grupo de 26 mulheres …</h2></p>". */
function isWrappedHeading(paragraph: Element): boolean {
  const heading = paragraph.querySelector('h1, h2, h3, h4, h5, h6');
  return heading !== null && flat(heading.textContent) === flat(paragraph.textContent);
}

/**
 * Removes the meta line at the top of the article body, in place; null when there is none. `author` is
 * the name the page declares (JSON-LD, meta author): a line with a <time> that names it, or holds only
 * the date, may also stand after one paragraph, as below a standfirst (kicker, headline, standfirst,
 * "Von Jonas Riedel · 14.02.2026", fixture interview-questions); any other meta line only above the
 * first one.
 */
export function takeMetaLine(article: Element, author: string | null = null): MetaLine | null {
  let found: Element | null = null;
  let seen = 0;
  let paragraphs = 0;
  const name = flat(author).toLowerCase();
  walkElements(article, (element) => {
    if (++seen > SCAN_LIMIT) return 'stop';
    // The author's name and the dates, a line as long as a paragraph; above the story only (below its
    // first paragraph such a line without a <time> is the story's: "Ana Ruiz, 12.03.2024").
    if (paragraphs === 0 && isNamedDateLine(element, name)) {
      found = element;
      return 'stop';
    }
    // A long line of dates and their labels ("Publicat: 12 martie 2025, 14:35 | Actualizat: …") is the meta line, not prose.
    if (element.localName === 'p' && flat(element.textContent).length >= PROSE_CHARS && !isMetaLine(element)) {
      // A subtitle heading that Readability wrapped in a <p> (its <div> around the <h2>) is the dek
      // over the byline and date lines, not the story's start (probe majors-world folha #9).
      if (isWrappedHeading(element)) return 'skip';
      paragraphs++;
      return paragraphs === 1 ? 'skip' : 'stop';
    }
    if (!isMetaLine(element)) return undefined;
    // After the standfirst: a line with a <time> that names the author, or that is only the date (its
    // byline went as Readability's, wayback copy of a council story in the probe ring "delivery").
    if (paragraphs > 0 && !(hasTime(element) && ((name && flat(element.textContent).toLowerCase().includes(name)) || isDateLine(flat(element.textContent))))) return undefined;
    found = element;
    return 'stop';
  });
  const line = found as Element | null;
  if (!line || isInPost(line)) return null;
  const text = flat(line.textContent);
  const dateOnly = isDateLine(text);
  const result = {
    removal: recordRemoval(line, STEP_RULES.metaLine, STEP_RULES.metaLine.match),
    byline: dateOnly ? null : bylineOf(line),
    date: dateOnly ? figureDate(text) : null,
  };
  line.remove();
  return result;
}

/** A date's label before a colon at the story's end: "Published :", "Artikel ini disiarkan pada :", at most five words. */
const CLOSING_LABEL = /^(?:[\p{L}'’-]+\s){0,4}[\p{L}'’-]+\s?:\s?/u;

/**
 * The story's last line when it is only its publication date, perhaps after a label ("Published :
 * December 6, 2024 10:45", "Artikel ini disiarkan pada : Jumaat, 6 Disember 2024 @ 11:02 AM"): some
 * sites print the date under the story instead of over it. A block of its own, the last with text.
 */
export function takeClosingDateLine(article: Element): Removal | null {
  let last: Element | null = null;
  for (let element = article.lastElementChild; element; ) {
    if (flat(element.textContent)) {
      last = element;
      // Into a wrapper that holds the story's blocks, down to its last one with text.
      if ((element.localName !== 'div' && element.localName !== 'section') || element.firstElementChild === null) break;
      element = element.lastElementChild;
    } else element = element.previousElementSibling;
  }
  if (!last || last === article || !DATE_BLOCKS.has(last.localName) || last.closest('table, pre, li, dl, figure, blockquote')) return null;
  if (last.querySelector('img, picture, video, iframe, a')) return null;
  const text = flat(last.textContent);
  if (text.length > MAX_DATE_LINE_CHARS || !(isDateLine(text) || isDateLine(text.replace(CLOSING_LABEL, '')))) return null;
  const removal = recordRemoval(last, STEP_RULES.closingDate, STEP_RULES.closingDate.match);
  last.remove();
  return removal;
}

/** An audio or video player's leftovers: its length ("8 Min", "03:32") or its speed button ("1x", "1.5×"). */
const PLAYER_SCRAP = /^(?:\d{1,3}\s?(?:min|mins|minutes?|minuten)\.?|\d(?:[.,]\d{1,2})?\s?[x×]|\d{1,2}:\d{2}(?::\d{2})?)$/i;
/** A scrap is a short line: anything longer is a line of the story. */
const MAX_SCRAP_CHARS = 60;
/** Elements that are lines of their own; any other must be alone in its parent to be one. */
const SCRAP_BLOCKS = new Set(['p', 'div', 'section', 'header', 'footer', 'address']);
/** Scraps sit among the lines of a story's header, not inside these. */
const SCRAP_CONTAINERS = 'figure, figcaption, table, li, pre, blockquote';

/** Whether a short line is a scrap of the story's header: a date, a relative time, a byline's "By" left alone, a player's length or speed. */
export function isHeaderScrap(text: string): boolean {
  if (!text || text.length > MAX_SCRAP_CHARS) return false;
  // A relative time alone: "2 hours ago", "منذ ساعتين", "16 phút trước" (an aggregator's source line's time).
  if (isBylineLead(text) || PLAYER_SCRAP.test(text) || RELATIVE_TIME_LINE.test(text)) return true;
  const tokens = dateTokens(text);
  // Every word a date's, and a year or a time among them ("May 14, 2024", "Updated 6:51 p.m. ET").
  return tokens.every(isDateToken) && tokens.some((token) => /^\d{4}\b|\d:\d\d/.test(token));
}

/** The names a byline holds, lower case: "By Ingrid Solberg and Marek Nowak" gives both, and the whole line. */
function authorNames(byline: string): string[] {
  const line = flat(byline).toLowerCase().replace(/^by\s+/, '');
  return line ? [line, ...line.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter((name) => name.length > 2)] : [];
}

/** Whether the element is one picture and nothing else, described by one of `names` (an author's portrait). */
function isPortrait(element: Element, names: ReadonlySet<string>): boolean {
  const images = element.localName === 'img' ? [element] : byTag(element, ['img']);
  if (images.length !== 1 || firstByTag(element, ['video', 'iframe', 'svg'])) return false;
  return names.has(flat(images[0]?.getAttribute('alt')).toLowerCase());
}

/**
 * Removes the scraps of the story's header that Readability kept at the top of the article, in place,
 * after the meta line went: the author's portrait (a picture described by a name of `authors`, the
 * bylines the page declares and Readability found), the "By" or "Von" whose name it took for the byline,
 * a second date line ("Updated 6:51 p.m. ET"), an audio player's "8 Min" and "1x", the author's name
 * alone on a line. Only lines of their own above the second paragraph of prose (the first may be a
 * standfirst above them); a figure and its caption are left alone.
 */
export function removeHeaderScraps(article: Element, authors: readonly string[] = []): Removal[] {
  const scraps: Element[] = [];
  const names = new Set(authors.flatMap(authorNames));
  let seen = 0;
  let paragraphs = 0;
  walkElements(article, (element) => {
    if (++seen > SCAN_LIMIT) return 'stop';
    // A picture's caption is not a paragraph of the story, and holds no scrap.
    if (element.localName === 'figure' || element.localName === 'figcaption') return 'skip';
    const text = flat(element.textContent);
    // The byline's portrait: a picture alone (in its link or box) whose description is the author's name.
    if (!text && names.size > 0 && isPortrait(element, names)) {
      scraps.push(element);
      return 'skip';
    }
    // A paragraph: a <p>, or a block of that much text with no block inside it. The first may be the
    // standfirst, above the byline and dates; the story has started at the second.
    if (text.length >= PROSE_CHARS && (element.localName === 'p' || !element.querySelector('p, div, section, article'))) return ++paragraphs > 1 ? 'stop' : 'skip';
    if (!text) return 'skip';
    // A list of them: "<ul><li><time>May 14, 2024</time></li><li>Updated 6:51 p.m. ET</li></ul>".
    const items = element.localName === 'ul' || element.localName === 'ol' ? childrenOf(element) : null;
    if (items?.length && items.every((item) => item.localName === 'li' && isHeaderScrap(flat(item.textContent)))) {
      scraps.push(element);
      return 'skip';
    }
    // The byline and the author's role beside it, each in its own element.
    if (names.size > 0 && SCRAP_BLOCKS.has(element.localName) && isBylineWithRole(element, text, names)) {
      scraps.push(element);
      return 'skip';
    }
    // A heading stays: a live blog's entry may be headed by its time.
    if (HEADINGS.has(element.localName) || text.length > MAX_SCRAP_CHARS || element.firstElementChild?.nextElementSibling) return undefined;
    // A scrap, or the author's name alone on its line (the byline shown above the article).
    if (!(isHeaderScrap(text) || names.has(text.toLowerCase()) || isPrintedBylineLine(text, names)) || element.closest(SCRAP_CONTAINERS) || element.querySelector('img, picture, video, audio, iframe')) return undefined;
    // A line of its own: a date that opens a longer line ("2026-05-12 07:30 来源：…") is part of that line.
    if (!SCRAP_BLOCKS.has(element.localName) && flat(element.parentElement?.textContent) !== text) return 'skip';
    scraps.push(element);
    return 'skip';
  });
  const removed: Removal[] = [];
  for (const scrap of scraps) {
    if (isInPost(scrap)) continue;
    removed.push(recordRemoval(scrap, STEP_RULES.headerScrap, STEP_RULES.headerScrap.match));
    scrap.remove();
  }
  return removed;
}

/**
 * The text of the line's first element when it opens the line and something follows it: "By Morag
 * Lindqvist" of "<span>By Morag Lindqvist</span><span>Highlands and Islands reporter</span>". Else ''.
 */
function openingPart(line: Element, text: string): string {
  const first = line.firstElementChild;
  const own = first ? flat(first.textContent) : '';
  return own && own.length < text.length && text.startsWith(own) ? own : '';
}

/** A byline's role beside it is a short label, not a sentence: "Highlands and Islands reporter, Northcoast Scotland". */
const MAX_ROLE_CHARS = 80;

/**
 * Whether the line is the byline and the author's role, each in its own element: "<div><span>By Morag
 * Lindqvist</span><span>Highlands and Islands reporter, Northcoast Scotland</span></div>". The role is
 * short, not a sentence, and links nowhere.
 */
function isBylineWithRole(element: Element, text: string, names: ReadonlySet<string>): boolean {
  const first = element.firstElementChild;
  const second = first?.nextElementSibling;
  if (!first || !second || second.nextElementSibling) return false;
  const own = openingPart(element, text);
  if (!own || !(names.has(own.toLowerCase()) || isPrintedBylineLine(own, names))) return false;
  const role = flat(second.textContent);
  return text === flat(`${own} ${role}`) && role.length > 0 && role.length <= MAX_ROLE_CHARS && !/[.!?…]$/.test(role) && !second.querySelector('a, img, time');
}

/** Lines with text after the headline looked at for its printed byline. */
const PRINTED_BYLINE_LINES = 8;
/** A byline line is short; a longer one is the dek or the story. */
const MAX_PRINTED_BYLINE = 120;
/** "By" before a capitalised name, in the languages that print it so ("Von", "Par", "Por", "Door", "Av"). */
export const PRINTED_BY = /^(?:by|von|par|por|door|av|af|przez)\s+(?=\p{Lu})/iu;
/**
 * Where the names end in such a line: a separator, a date or a reading time after them, or a comma
 * before a word in lower case or figures ("Por Renata Okabe, g1 SP").
 */
const AFTER_NAMES = /\s*(?:[|•·—–]|\s-\s|\bon\s+\p{Lu}\p{Ll}+\s+\d|,\s+(?=[\p{Ll}\d])|\d).*$/u;
/** The names' desk or outlet after a comma: a few words, not a sentence ("Renata Okabe, g1 SP"). */
const AFFILIATION = /^,\s*[^\s,.!?:;]+(?:\s[^\s,.!?:;]+){0,2}$/u;
/** Names: capitalised words (two to eight), with the words that join them or stand inside them. */
export const NAMES = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|and|und|et|y|e|&|van|von|de|der|den|da|di|du|la|le|del|dos|bin|al))+$/u;
/** A name glued to the next line's word by markup without spaces ("JinkaCo-founder"); "McDonald", "DeShawn" are names. */
const GLUED_WORD = /(?:^|\s)(?!Mc|Mac|De|Di|Da|Du|La|Le)\p{Lu}\p{Ll}+\p{Lu}/u;
/** A link to the author's page. */
const AUTHOR_PAGE = /\/(?:authors?|contributors?|staff|people|person|profiles?|reporters?|writers?|journalists?|team)(?:\/|$|\?)/i;
/** Blocks inside a box of lines: the byline is the one of them that opens with "By". */
const LINE_BLOCKS = 'p, div, li, ul, ol, section, header, h2, h3, h4, h5, h6';
/** A reading time after a byline: "8 min read", "5 minutes", "4 Min. Lesezeit". */
const READING_TIME = /^\d{1,3}\s?(?:min(?:ute)?s?|minuten?)\.?(?:\s(?:read|reading|lesezeit|de lecture|de lectura|leestijd|läsning))?$/iu;

/** The names of a printed "By" line, without what follows them; null when they do not read as names. */
function printedNames(text: string): { names: string; rest: string } | null {
  if (text.length > MAX_PRINTED_BYLINE || !PRINTED_BY.test(text)) return null;
  const line = text.replace(PRINTED_BY, '');
  const rest = AFTER_NAMES.exec(line)?.[0] ?? '';
  const words = line.slice(0, line.length - rest.length).trim().split(/\s+/);
  // A date's month or weekday names and its label before its figures ("By Jo Smith Aug 8, 2025", "…
  // Updated Friday, Sept. 8": detection2's gallery variant): the cut above stops at the figure only.
  if (/^\s*\d/.test(rest)) while (words.length > 0 && isDateName(words[words.length - 1] ?? '')) words.pop();
  const names = words.join(' ').replace(/[,;]\s*$/, '').trim();
  const count = names.split(/\s+/).length;
  return count >= 2 && count <= 8 && NAMES.test(names) && !GLUED_WORD.test(names) ? { names, rest } : null;
}

/**
 * Whether a short line is a printed byline of `authors` (lower case) and nothing else: "By" and their
 * names, perhaps with a reading time or a date after a separator ("By Odalys Fenwick · 8 min read").
 */
function isPrintedBylineLine(text: string, authors: ReadonlySet<string>): boolean {
  const line = printedNames(text);
  if (!line || !authorNames(line.names).every((name) => authors.has(name))) return false;
  const tail = line.rest.replace(/^\s*(?:[|•·—–-]\s*)?/, '').trim();
  return !tail || AFFILIATION.test(tail) || READING_TIME.test(tail) || isDateLine(tail);
}

/**
 * The byline the page prints under its headline when nothing marks or declares one: a short line that
 * opens with "By" before a name ("By <a>Priya Vandermolen</a>, Transport Correspondent", "By Odalys
 * Fenwick · 8 min read"), as an archive's copy without classes or a newsletter's web page prints it
 * (probe ring delivery). The names are the line's links when it links them, else its words up to a
 * separator, a date or a figure. Only under the <h1> that is the story's `title` (quotes and dashes
 * aside); null when none.
 */
export function printedByline(document: Document, title: string): string | null {
  const body = document.body;
  const headline = body ? pageHeadline(document) : null;
  if (!body || !headline || !sameTitle(headline.textContent, title)) return null;
  const next = elementStepper(body);
  let lines = 0;
  for (let element = next(headline, false); element && lines < PRINTED_BYLINE_LINES; ) {
    const text = flat(element.textContent);
    if (!text || element.localName === 'script' || element.localName === 'style') {
      element = next(element, false);
      continue;
    }
    // The line itself, not a box that holds it with the next line ("<div><p>By …</p><p>Co-founder</p></div>").
    if (text.length <= MAX_PRINTED_BYLINE && PRINTED_BY.test(text) && !Array.from(element.querySelectorAll(LINE_BLOCKS)).some((block) => PRINTED_BY.test(flat(block.textContent)))) {
      const links = listOf(element.getElementsByTagName('a')).filter((a) => NAMES.test(flat(a.textContent)) && !GLUED_WORD.test(flat(a.textContent)));
      const authors = links.filter((a) => AUTHOR_PAGE.test(a.getAttribute('href') ?? ''));
      const names = (authors.length ? authors : links).map((a) => flat(a.textContent));
      return names.length ? names.join(', ') : (printedNames(text)?.names ?? printedNames(openingPart(element, text))?.names ?? null);
    }
    if (element.firstElementChild && text.length > 0) element = next(element, true);
    else {
      lines++;
      element = next(element, false);
    }
  }
  return null;
}
/** Words that join two names as a byline prints them. */
const NAME_JOIN = /^(?:and|&|und|et|y|e|en|og|och)$/i;
/** Ancestors of a name's text looked at for the line that joins it with the other. */
const PAIR_LEVELS = 3;
/** Past this many characters besides the names, an ancestor is more than their line. */
const PAIR_EXTRA_CHARS = 20;

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Two authors as the page prints them ("Priya Raman and Joe Carrizo") where the byline lists them as
 * "Priya Raman, Joe Carrizo" (a JSON-LD author list, or the line's two links joined): the printed line
 * is one element's whole text, the two names with a joining word between them and at most a lead word
 * ("By") before (fixture byline-printed-pair). Null when the byline is not two names or no such line is
 * printed.
 */
export function printedPair(document: Document, byline: string | null): string | null {
  const whole = byline ?? '';
  const names = whole.split(/\s*,\s*/);
  const [first, second] = names;
  if (names.length !== 2 || !first || !second || !document.body) return null;
  const line = new RegExp(`^(?:[\\p{L}]+:?\\s+)?${escaped(first)}\\s+(\\S+)\\s+${escaped(second)}$`, 'u');
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.nodeValue ?? '').includes(first)) continue;
    for (let at = node.parentElement, level = 0; at && level < PAIR_LEVELS; at = at.parentElement, level++) {
      const text = flat(at.textContent);
      if (text.length > whole.length + PAIR_EXTRA_CHARS) break;
      const join = line.exec(text)?.[1];
      if (join && NAME_JOIN.test(join)) return `${first} ${join} ${second}`;
    }
  }
  return null;
}
