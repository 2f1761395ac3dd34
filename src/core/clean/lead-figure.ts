// The story's lead picture. Readability scores text, so a hero <figure> that sits in the <article>
// before the body container (fixture lazy-images) is often left out of its result, and the reader
// then opens without the picture the story leads with. The figure is copied from the prepared clone
// before Readability runs (lazy images already real) and put back in front when it went missing,
// with its caption: the words the site prints under its photo, which a reader expects under it here
// too (seven pages of probe rings aggregators2 and lookalike; a <div> of a picture and its caption
// comes back as a <figure>). Other words around the picture (a credit line, a share button) stay out.
// The dev sets' truths leave most lead captions out (trafilatura dev 0243, 0695, 0965: −0.14 each, WCXB
// a few thousandths on ten pages): measured, and kept for the reader.
import type { PageStats } from './main-content';
import { nextElement, walkElements } from './walk';
import { pageHeadline } from '../detect-scan';
import { listOf } from '../tag-lists';

/** Elements looked at from the top of the story before giving up. */
const SCAN_LIMIT = 60;
/** A paragraph this long means the story text has started: a picture further down is not the lead. */
const PROSE_CHARS = 80;
/** A story's header block (headline, dek, byline, picture) holds at most this many characters. */
const MAX_HEADER_CHARS = 1500;
/** Declared sizes below this are icons, avatars or logos. */
const MIN_SIDE = 100;
/** A square picture up to this size is a portrait (an avatar, a columnist's cutout). */
const MAX_PORTRAIT_SIDE = 240;
/** In an image's address or class: a logo, an icon or the byline's portrait of the author, not the story's picture. */
const NOT_A_PHOTO = /logo|icon|avatar|sprite|badge|placeholder|headshot|mugshot|byline|authors?(?![a-z])/i;
const PICTURE_TAGS = new Set(['FIGURE', 'PICTURE', 'IMG']);

/**
 * An address a photo is served from: the web, a path, or a saved copy's folder beside the page (a name
 * Firefox percent-encodes: "Mill%20Street%20bridge_files/…"); or an image the saving tool put inline
 * (SingleFile), long enough to be a photo rather than a lazy-loading placeholder.
 */
const PHOTO_ADDRESS = /^https?:|^\/|^\.|^[\w%.-]+\/|^data:image\/(?!svg)/i;
const MIN_INLINE_PHOTO = 2000;

function isPhoto(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  if (!PHOTO_ADDRESS.test(src) || (src.startsWith('data:') ? src.length < MIN_INLINE_PHOTO : NOT_A_PHOTO.test(src))) return false;
  if (NOT_A_PHOTO.test(img.getAttribute('class') ?? '')) return false;
  for (const side of ['width', 'height']) {
    const value = Number(img.getAttribute(side) ?? '');
    if (value > 0 && value < MIN_SIDE) return false;
  }
  // A small square is the byline's portrait of the columnist (a "cutout" beside the headline), not the story's photo.
  const width = Number(img.getAttribute('width') ?? '');
  return !(width > 0 && width <= MAX_PORTRAIT_SIDE && Number(img.getAttribute('height') ?? '') === width);
}

/** The <img> a picture element shows: itself, or its first descendant <img>. */
function imageOf(element: Element): Element | null {
  return element.tagName === 'IMG' ? element : element.getElementsByTagName('img')[0] ?? null;
}

/**
 * A detached copy of the story's lead picture (the first figure, picture or photo in the story before
 * its text starts, a dek under the headline aside), or null. The story is the <article> or <main>
 * measurePage found, or the parent of an itemprop=articleBody (the picture sits beside the body there);
 * else the story's header block beside the body (headerBefore).
 */
export function copyLeadFigure(stats: PageStats, doc?: Document): Element | null {
  const main = stats.main;
  if (!main) return doc ? leadAfterHeadline(doc) : null;
  const story = main.tagName === 'ARTICLE' || main.tagName === 'MAIN' ? main : main.parentElement;
  const lead = story && (story === main || (story.tagName !== 'BODY' && story.tagName !== 'MAIN')) ? leadIn(story, false, main) : null;
  if (lead) return lead;
  // The story's header block (headline, dek, byline, lead picture: a news CMS's "lede" <article> or
  // <header>) stands beside the body rather than around it: the picture is looked for there.
  const header = headerBefore(main);
  return (header ? leadIn(header, true) : null) ?? leadBetween(main);
}

/**
 * The picture that stands between the headline and the body in blocks of their own: Arc XP's
 * "b-lead-art" after the headline's block, then the byline and share bar, then the body (probe ring
 * cms3). Walks back from the body, a few levels up, through little text; a picture counts only when
 * the headline's block is reached, so a rail of teasers beside the story is never its lead.
 */
function leadBetween(main: Element): Element | null {
  let candidate: Element | null = null;
  let chars = 0;
  let at: Element | null = main;
  for (let level = 0; at && at.tagName !== 'BODY' && level <= HEADER_LEVELS; level++, at = at.parentElement) {
    for (let before = at.previousElementSibling; before; before = before.previousElementSibling) {
      chars += (before.textContent ?? '').trim().length;
      if (chars > MAX_HEADER_CHARS) return null;
      const headline = before.tagName === 'H1' || before.getElementsByTagName('h1').length > 0;
      const lead = leadIn(before, true);
      if (headline) return lead ?? candidate;
      if (!between(before, (before.textContent ?? '').trim().length)) return null;
      if (lead) candidate = lead;
    }
  }
  return null;
}

/** Blocks that are never the story's lead art nor lead to it: a menu, a list of teasers, a form, a table, a rail. */
const NOT_LEAD_BLOCKS = new Set(['NAV', 'UL', 'OL', 'FORM', 'TABLE', 'ASIDE', 'FOOTER']);
/** A headline shorter than this may be a section's or a site's name. */
const MIN_HEADLINE_CHARS = 12;
/** A drawing's file: a logo or an icon, never the story's photo. */
const DRAWING = /\.svg(?:[?#]|$)/i;
/** A site theme's own picture (WordPress's wp-content/themes/…): its decoration, never the story's photo (trafilatura 0041). */
const THEME_ASSET = /\/themes?\/[^?#]*\/(?:img|images|assets)\//i;

/**
 * The lead picture of a page that marks no story container (no <article>, <main> or articleBody: a
 * portal's blocks of <div>s, probe ring aggregators2): the first photo after the story's headline (the
 * <h1> its title names) and before its text starts.
 */
function leadAfterHeadline(doc: Document): Element | null {
  const body = doc.body;
  const headline = body ? pageHeadline(doc) : null;
  if (!body || !headline) return null;
  // The title names the headline (a site's name in an <h1> holds the title instead, or shares nothing with it).
  const fold = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const words = fold(headline.textContent);
  if (words.length < MIN_HEADLINE_CHARS || !fold(doc.title).includes(words)) return null;
  let bare: Element | null = null;
  let element = nextElement(headline, body, false);
  for (let seen = 0; element && seen < SCAN_LIMIT; seen++) {
    const tag = element.tagName;
    if (tag === 'P' && !isDek(element) && (element.textContent ?? '').trim().length >= PROSE_CHARS) break;
    if (tag === 'H1' || tag === 'H2') break;
    let descend = !NOT_LEAD_BLOCKS.has(tag);
    if (PICTURE_TAGS.has(tag)) {
      descend = false;
      const img = imageOf(element);
      const home = img?.closest('a[href="/"]');
      const src = img?.getAttribute('src') ?? '';
      if (img && !home && isPhoto(img) && !DRAWING.test(src) && !THEME_ASSET.test(src)) {
        if (tag !== 'IMG') return element.cloneNode(true) as Element;
        bare ??= element;
      }
    }
    element = nextElement(element, body, descend);
  }
  return bare ? withCaption(bare) : null;
}

/** Levels above the body looked at for the header block beside it. */
const HEADER_LEVELS = 3;

/** A block between the headline and the body (a byline, a share bar, the lead art) holds at most this much text. */
const MAX_BETWEEN_CHARS = 400;

const NOT_BETWEEN = 'nav, ul, ol, form, table';

/** Whether a block can stand between the headline and the body: short, and no menu, list, form or table. */
function between(block: Element, chars: number): boolean {
  return chars <= MAX_BETWEEN_CHARS && !block.matches(NOT_BETWEEN) && !block.querySelector(NOT_BETWEEN);
}

/**
 * The story's header block: the block before the body, or before one of its first ancestors, that
 * holds the story's headline (an <h1>) and little else; or null. Short blocks between them (a byline,
 * a share bar, the lead art: Arc XP's layout, probe ring cms3) are passed over; a list, a menu or a
 * form between them is not.
 */
export function headerBefore(main: Element): Element | null {
  let at: Element | null = main;
  for (let level = 0; at && at.tagName !== 'BODY' && level <= HEADER_LEVELS; level++, at = at.parentElement) {
    for (let before = at.previousElementSibling; before; before = before.previousElementSibling) {
      const chars = (before.textContent ?? '').trim().length;
      if (!chars) continue;
      if (chars > MAX_HEADER_CHARS) return null;
      if (before.tagName === 'H1' || before.getElementsByTagName('h1').length > 0) return before;
      if (!between(before, chars)) return null;
    }
  }
  return null;
}

/**
 * A copy of the first photo in a block before its text starts, or null. In a header block (`header`)
 * a long paragraph is the dek, not the story's text: the picture may come after it. The text starts
 * in `body`, the story's body container inside the block.
 */
function leadIn(story: Element, header = false, body: Element = story): Element | null {
  let found: Element | null = null;
  let bare: Element | null = null;
  let seen = 0;
  walkElements(story, (element) => {
    if (++seen > SCAN_LIMIT) return 'stop';
    // The story's text starts in its body: a long paragraph before the body (a columnist's bio in the
    // byline block) is header material, as a dek is.
    if (!header && element.tagName === 'P' && !isDek(element) && body.contains(element) && (element.textContent ?? '').trim().length >= PROSE_CHARS) return 'stop';
    if (!PICTURE_TAGS.has(element.tagName)) return undefined;
    const img = imageOf(element);
    if (!img || !isPhoto(img)) return 'skip';
    // A bare <img> before a <figure> is as often the source's logo in the byline line (its size only in
    // the stylesheet: probe ring aggregators): a figure or picture further on is the lead.
    if (element.tagName === 'IMG') {
      bare ??= element;
      return 'skip';
    }
    found = element;
    return 'stop';
  });
  if (found) return (found as Element).cloneNode(true) as Element;
  return bare ? withCaption(bare) : null;
}

/** Wrappers looked through between the headline and its dek ("<div class=subtitle><p>…</p></div>"). */
const DEK_WRAPPERS = 2;
/** A block holding the headline and little else (a kicker, a label) may stand before the dek. */
const MAX_TITLE_BLOCK = 400;

/**
 * A paragraph right under the headline: the story's dek, which the lead picture may follow. Also when
 * a wrapper or two hold it alone (a CMS's subtitle or standfirst block after the <h1>).
 */
function isDek(p: Element): boolean {
  let at: Element = p;
  for (let level = 0; level <= DEK_WRAPPERS; level++) {
    let before = at.previousElementSibling;
    while (before && !(before.textContent ?? '').trim()) before = before.previousElementSibling;
    // The headline, or a short block that holds it (its kicker and <h1> in a <header>).
    if (before) return before.tagName === 'H1' || (before.getElementsByTagName('h1').length > 0 && (before.textContent ?? '').length <= MAX_TITLE_BLOCK);
    const parent = at.parentElement;
    // Only a wrapper whose text is the paragraph's: a block that goes on after it is the story's text.
    if (!parent || (parent.textContent ?? '').trim() !== (p.textContent ?? '').trim()) return false;
    at = parent;
  }
  return false;
}

/** Every image URL an <img> names: src, srcset candidates and lazy-loading data-* attributes. */
function imageUrls(img: Element): Set<string> {
  const urls = new Set<string>();
  const base = img.ownerDocument.baseURI;
  for (const name of img.getAttributeNames()) {
    if (name !== 'src' && name !== 'srcset' && !name.startsWith('data-')) continue;
    for (const part of (img.getAttribute(name) ?? '').split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (!url || url.startsWith('data:')) continue;
      // A data-* value that is no address ("1" in Next.js's data-nimg, "true", "lazy") would resolve to
      // the page's folder and pass for a picture the article shows (probe ring media).
      if (name !== 'src' && name !== 'srcset' && !/[/.]/.test(url)) continue;
      urls.add(url);
      // Readability writes its images' addresses absolute; the page's copy may give them relative to
      // the page ("/img/photo.jpg"): the same picture (probe ring cms3's Drupal page showed it twice).
      try {
        urls.add(new URL(url, base).href);
      } catch {
        // Not an address: only the text as written compares.
      }
    }
  }
  return urls;
}

/** The figure's caption text, whitespace folded ('' when it has none). */
function captionOf(figure: Element): string {
  const caption = figure.getElementsByTagName('figcaption')[0];
  return (caption?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A caption that only credits the picture ("Illustration by Noor Haddad"): a magazine prints the same under every picture. */
const CREDIT_ONLY = /^(?:(?:photo(?:graph)?s?|illustrations?|images?|pictures?|artwork|graphics?|drawings?)\s+(?:by|courtesy of)\s|(?:photo|foto|image|credit|illustration)s?\s*:|©|\(c\))/i;

/**
 * Whether the article already shows the picture. Readability rewrites a lazy image's src from its data-*
 * attributes (the last one that looks like an image URL wins), so the same picture may come back under
 * another of its own URLs; a caption already in the text means the figure is there too (fixture
 * lead-photo-caption showed the caption twice), unless it only credits the picture.
 */
function alreadyShown(article: Element, figure: Element, img: Element): boolean {
  const own = imageUrls(img);
  for (const shown of listOf(article.getElementsByTagName('img'))) {
    for (const url of imageUrls(shown)) if (own.has(url)) return true;
  }
  const caption = captionOf(figure);
  return saysMore(caption) && (article.textContent ?? '').replace(/\s+/g, ' ').includes(caption);
}

/**
 * Strips a figure's copy down to its picture and its caption: the first <figcaption> that says more
 * than a credit stays; other captions, credits and text around the picture go.
 */
function pictureOnly(copy: Element): Element {
  // A <picture> shows one <img>: a second (its <noscript> fallback made real by the lazy-image step) would print it twice.
  for (const picture of copy.tagName === 'PICTURE' ? [copy] : listOf(copy.getElementsByTagName('picture'))) {
    for (const extra of listOf(picture.getElementsByTagName('img')).slice(1)) extra.remove();
  }
  const captions = listOf(copy.getElementsByTagName('figcaption'));
  const kept = captions.find((caption) => saysMore((caption.textContent ?? '').replace(/\s+/g, ' ').trim())) ?? null;
  for (const caption of captions) if (caption !== kept) caption.remove();
  const textNodes: Node[] = [];
  const walker = copy.ownerDocument.createTreeWalker(copy, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.nodeValue ?? '').trim() && !kept?.contains(node)) textNodes.push(node);
  for (const node of textNodes) node.parentNode?.removeChild(node);
  return copy;
}

/** A caption says at least this much ("Idle cranes at the terminal."): less is a credit or a label. */
const MIN_CAPTION_CHARS = 20;

/** Whether a caption's text (whitespace folded) says more than a credit: long enough, and not "Photo: …" or "© …". */
function saysMore(text: string): boolean {
  return text.length >= MIN_CAPTION_CHARS && !CREDIT_ONLY.test(text);
}
/** A caption beside a bare picture holds at most this much: more is the story's text. */
const MAX_CAPTION_CHARS = 400;
/** Blocks that are never a picture's caption: a heading, a list, a table, a form, a link or a button. */
const NOT_CAPTION = /^(?:H[1-6]|UL|OL|TABLE|FORM|NAV|A|BUTTON|SCRIPT|STYLE|NOSCRIPT)$/;

/**
 * A bare picture with the caption the page sets beside it in their own box ("<div class=foto><img><div
 * class=caption>Pedagang menata cabai …</div></div>", a portal's markup without <figure>), as a
 * <figure> of the picture and a <figcaption>; else the picture alone. The box holds the two and
 * nothing else: the caption is one block of words without links, that says more than a credit.
 */
function withCaption(img: Element): Element {
  const picture = img.parentElement?.tagName === 'PICTURE' || img.parentElement?.tagName === 'A' ? img.parentElement : img;
  const box = picture.parentElement;
  const copy = img.cloneNode(true) as Element;
  if (!box || box.children.length !== 2) return copy;
  const caption = box.firstElementChild === picture ? box.lastElementChild : box.firstElementChild === box.lastElementChild ? null : box.firstElementChild;
  if (!caption || caption === picture || NOT_CAPTION.test(caption.tagName) || caption.querySelector('a, img, picture, video, iframe, button, h1, h2, h3')) return copy;
  const text = (caption.textContent ?? '').replace(/\s+/g, ' ').trim();
  const loose = Array.from(box.childNodes).some((node) => node.nodeType === 3 && (node.nodeValue ?? '').trim());
  if (loose || !saysMore(text) || text.length > MAX_CAPTION_CHARS) return copy;
  const doc = img.ownerDocument;
  const figure = doc.createElement('figure');
  const figcaption = doc.createElement('figcaption');
  // The caption's own markup comes along: a credit's <span> in it is then the residue step's to take.
  figcaption.append(...Array.from((caption.cloneNode(true) as Element).childNodes));
  figure.append(copy, figcaption);
  return figure;
}

/** Puts the lead picture (with its caption) at the top of the article unless the article already shows that image. */
export function restoreLeadFigure(article: Element, figure: Element): boolean {
  const img = imageOf(figure);
  if (!img?.getAttribute('src') || alreadyShown(article, figure, img)) return false;
  const copy = pictureOnly(article.ownerDocument.importNode(figure, true));
  const first = article.firstElementChild;
  // Readability wraps its result in one <div>: the picture goes inside it, before the first block.
  const into = first && first.tagName === 'DIV' && first.nextElementSibling === null ? first : article;
  into.insertBefore(copy, into.firstChild);
  return true;
}
