// Housekeeping on the clone before Readability, in one walk: scripts, styles and other non-content
// elements go, inline style attributes go (the hidden check has already read them; Readability reads
// element.style and jsdom can throw on CSS it cannot parse), lazy images become real images, and an
// embedded post's link-only fallback becomes paragraphs that Readability keeps.
import { walkElements } from './walk';
import { flattenEmbedFallback, splitQuoteBreaks, unwrapEmbed } from './embed-fallbacks';
import { fixAmpImage, fixLazyImage, fixNoscriptImage } from './lazy-images';
import { noteStreamed, placeStreamedSegments, streamedParts } from './streamed-segments';

const NON_CONTENT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'OBJECT', 'EMBED', 'APPLET']);
/** Inline SVG: never part of the clean article (the sanitizer drops it). MathML is a formula's text and stays. */
const FOREIGN = new Set(['svg']);

/** Whether dropNonContent drops the element (with all it holds). */
export function isNonContent(element: Element): boolean {
  return NON_CONTENT.has(element.tagName) || FOREIGN.has(element.localName);
}

/** Raw <noscript> markup longer than this is left as it is (a page can hide anything in one). */
const MAX_NOSCRIPT_CHARS = 20_000;

/**
 * A browser that runs scripts parses a <noscript>'s content as one text node of raw markup; jsdom
 * (the CLI, the bench, the tests) parses it into elements. The markup then counted as text in the
 * browser only: a lazy picture's <img> tag inside a link read as link text, and a listicle's cards as
 * a related-links list (WCXB 0375: 12,400 of 31,400 characters in Chromium). The clone's copy is
 * parsed here into elements, inertly (a <template> loads and runs nothing), as jsdom has it.
 */
function parseRawNoscript(noscript: Element): void {
  const only = noscript.firstChild;
  if (!only || only !== noscript.lastChild || only.nodeType !== 3) return;
  const raw = only.nodeValue ?? '';
  if (!raw.includes('<') || raw.length > MAX_NOSCRIPT_CHARS) return;
  const template = noscript.ownerDocument.createElement('template');
  template.innerHTML = raw;
  noscript.replaceChildren(template.content);
}

/**
 * MathJax 3's rendering of a formula: glyphs its stylesheet draws (no text of their own), beside the
 * formula's MathML for screen readers. Its box is named after its context menu ("MathJax
 * CtxtMenu_Attached_0"), and Readability drops a box named "menu" with the formula in it ("The sum is
 * for every value."). The MathML is the formula: it takes the box's place (the sanitizer keeps MathML,
 * and both browsers render it), a displayed formula on a line of its own.
 */
function formulaInPlace(container: Element): void {
  const math = container.getElementsByTagName('math')[0];
  if (!math) return;
  if (container.getAttribute('display') === 'true' && !math.hasAttribute('display')) math.setAttribute('display', 'block');
  container.replaceWith(math);
}

/**
 * Drops scripts, styles, inline SVG icons and the like from the clone right after cloning, so that
 * no later step walks them (a tenth of a typical page's elements are SVG paths). Before they go, the
 * same walk's templates and scripts put a streamed page's hidden segments in place
 * (streamed-segments.ts), and MathJax's formulas become their MathML (formulaInPlace). A <noscript>
 * holding raw markup is parsed on the way (parseRawNoscript), and the walk goes on into what it holds.
 * Returns how many elements went.
 */
export function dropNonContent(doc: Document): number {
  const root = doc.documentElement;
  if (!root) return 0;
  const doomed: Element[] = [];
  const formulas: Element[] = [];
  const streamed = streamedParts();
  walkElements(root, (element) => {
    const tag = element.tagName;
    if (tag === 'MJX-CONTAINER') {
      formulas.push(element);
      return 'skip';
    }
    if (isNonContent(element)) {
      if (tag === 'TEMPLATE' || (tag === 'SCRIPT' && !element.hasAttribute('src'))) noteStreamed(element, streamed);
      doomed.push(element);
      return 'skip';
    }
    if (tag === 'NOSCRIPT') parseRawNoscript(element);
    return undefined;
  });
  if (streamed.placeholders.length) placeStreamedSegments(streamed);
  for (const element of doomed) element.remove();
  for (const container of formulas) formulaInPlace(container);
  return doomed.length;
}

/**
 * Strips non-content elements and style attributes, makes a quote's <footer> a line of it, and (unless
 * lazy is false) fixes lazy images and (unless embeds is false) embedded posts' fallbacks, in place.
 */
export function stripPage(doc: Document, lazy = true, embeds = true): void {
  const root = doc.documentElement;
  if (!root) return;
  const doomed: Element[] = [];
  const noscripts: Element[] = [];
  const amps: Element[] = [];
  const quotes: Element[] = [];
  const attributions: Element[] = [];
  const toggles: Element[] = [];
  walkElements(root, (element) => {
    const tag = element.tagName;
    if (tag === 'FOOTER' && element.parentElement?.tagName === 'BLOCKQUOTE') attributions.push(element);
    if (NON_CONTENT.has(tag)) {
      doomed.push(element);
      return 'skip';
    }
    if (lazy && (tag === 'AMP-IMG' || tag === 'AMP-ANIM')) {
      amps.push(element);
      return 'skip';
    }
    if (element.hasAttribute('style')) {
      if (tag === 'IMG') keepStyleSize(element);
      element.removeAttribute('style');
    }
    if (embeds && tag === 'BLOCKQUOTE') quotes.push(element);
    if (tag === 'LABEL' && MARGIN_TOGGLE.test(element.getAttribute('class') ?? '')) toggles.push(element);
    if (lazy && (tag === 'IMG' || tag === 'SOURCE')) fixLazyImage(element);
    if (tag === 'NOSCRIPT') {
      if (lazy) noscripts.push(element);
      return 'skip';
    }
    return undefined;
  });
  for (const element of doomed) element.remove();
  for (const toggle of toggles) openSideNote(toggle);
  for (const amp of amps) fixAmpImage(amp);
  for (const noscript of noscripts) fixNoscriptImage(noscript);
  // A quote's attribution, as HTML writes it ("<blockquote><p>…</p><footer>Maret Ilves</footer>"):
  // Readability drops every <footer>, and the quote lost its speaker (probe ring languages 6).
  for (const footer of attributions) {
    const line = doc.createElement('p');
    while (footer.firstChild) line.appendChild(footer.firstChild);
    footer.replaceWith(line);
  }
  for (const quote of quotes) {
    if (!flattenEmbedFallback(quote)) splitQuoteBreaks(quote);
    unwrapEmbed(quote);
  }
}

/** The toggle of a side note or margin note as Tufte CSS and the themes built on it write one. */
const MARGIN_TOGGLE = /(?:^|\s)margin-toggle(?:\s|$)/;
const SIDE_NOTE = /(?:^|\s)(?:sidenote|marginnote)(?:\s|$)/;

/**
 * A side note set inside its paragraph (`<label class="margin-toggle sidenote-number"></label><input
 * class="margin-toggle"><span class="sidenote">…</span>`), which the stylesheet floats into the margin:
 * without it the note ran straight on from the sentence ("…to go with it.The glass was…", probe ring
 * rich text), and a margin note's toggle left its "⊕". The note is put in brackets where it stands, and
 * the toggle and its checkbox go.
 */
function openSideNote(toggle: Element): void {
  let note = toggle.nextElementSibling;
  if (note?.tagName === 'INPUT') note = note.nextElementSibling;
  if (!note || !SIDE_NOTE.test(note.getAttribute('class') ?? '') || !(note.textContent ?? '').trim()) return;
  const doc = note.ownerDocument;
  note.insertBefore(doc.createTextNode(' ('), note.firstChild);
  note.appendChild(doc.createTextNode(') '));
  const box = toggle.nextElementSibling;
  if (box?.tagName === 'INPUT') box.remove();
  toggle.remove();
}

/** A size in an inline style, in pixels ("width: 40px"; not "max-width"). */
const STYLE_SIDE = { width: /(?:^|;)\s*width\s*:\s*(\d+)(?:\.\d+)?px/i, height: /(?:^|;)\s*height\s*:\s*(\d+)(?:\.\d+)?px/i } as const;

/**
 * Keeps an image's size that only its inline style gives as its width and height attributes, before
 * the style goes: a copy saved by an archive sets every size so (`style="width:40px;height:40px"`), and
 * the lead-picture step tells an avatar or an icon from the story's photo by its declared size.
 */
function keepStyleSize(img: Element): void {
  const style = img.getAttribute('style') ?? '';
  for (const side of ['width', 'height'] as const) {
    if (img.hasAttribute(side)) continue;
    const size = STYLE_SIDE[side].exec(style)?.[1];
    if (size) img.setAttribute(side, size);
  }
}
