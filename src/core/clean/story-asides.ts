// A box set beside the story's paragraphs, inside them: a fact box ("Faktat", "Fast facts"), a review's
// details (director, running time), a "Key points" list, marked up as an `<aside>` or a
// `role="complementary"` block. Readability drops every `<aside>` of its result and every complementary
// block before scoring, so the box went, unrecorded, while the same markup as a `<div>` was kept. What
// makes one the story's is its place and its text, on any site: it stands among the story's own
// paragraphs (its parent, or a wrapper's, holds two of them; or it sits between the story's opening and
// its body), and it is text: not links, nor a player's
// or an embed's box, nor an author's profile or a contact card, nor an ad (a betting partner's odds
// labelled "Anzeige"). A page's sidebar stands beside the story's container, not among its paragraphs,
// and stays out. Before the parse, such a box becomes a plain `<div>` without the class and id words
// Readability weighs; a pull quote stays an aside.
import { PULL_QUOTE_ATTR } from '../clone-marks';
import { isSponsoredLabel } from '../related-dom';
import { bySelector, childrenOf, listOf } from '../tag-lists';
import { classWords } from './compile-rules';
import { bare } from './pull-quotes';

/** A paragraph of the story: at least this much text. */
const PROSE_CHARS = 80;
/** Story paragraphs beside the box that make its place the story's. */
const MIN_PROSE_SIBLINGS = 2;
/** Wrappers looked through above a box that stands alone in them. */
const MAX_WRAPPERS = 2;
/** A box of text, not a list of links: at most this share of its text in links. */
const MAX_LINK_SHARE = 0.3;
const MIN_BOX_CHARS = 20;
/** A pull quote is a sentence or two. */
const MAX_QUOTE_CHARS = 400;
const NOT_A_FACT_BOX = 'form, iframe, nav, video, audio, object, embed, noscript';
/** A player or an embed that scripts fill in (its box is named so; trafilatura 0299: "embed embed-video", a player's <div>). */
/** Nor the box about a person or the site: an author's profile (WCXB 4620), a contact card (WCXB 4042). */
const NOT_A_FACT_BOX_WORDS = /(?:^|[\s_-])(?:video|player|embed|audio|podcast|gallery|slideshow|carousel|author|bio|profile|contact|staff)(?:$|[\s_-])/i;
const NOT_A_FACT_BOX_PARTS = '[class*="video" i], [class*="player" i], [class*="embed" i], [id*="player" i], [class*="author" i], [class*="profile" i], [class*="contact" i]';

/** A paid box's name (a betting partner's odds, a sponsor's offer): the clutter rules leave an aside to Readability. */
const PAID_WORD = /^(?:ad|ads|advert\w*|advertorial|sponsor\w*|promo\w*|commercial|affiliate|partner\w*|odds|betting|anzeige|werbung)$/;
/** Leaves looked at for a paid label ("Anzeige", "Sponsored") at the top of a box. */
const LABEL_LEAVES = 4;
const MAX_LABEL_CHARS = 40;

/** Whether the box is an ad or a sponsor's: so named, or labelled so by one of its first short leaves. */
function isPaid(box: Element): boolean {
  if (classWords(`${box.getAttribute('class') ?? ''} ${box.id}`).some((words) => words.some((word) => PAID_WORD.test(word)))) return true;
  let seen = 0;
  for (const element of Array.from(box.querySelectorAll('*'))) {
    if (element.children.length) continue;
    const text = (element.textContent ?? '').trim();
    if (!text) continue;
    if (text.length <= MAX_LABEL_CHARS && isSponsoredLabel(text, true)) return true;
    if (++seen >= LABEL_LEAVES) break;
  }
  return false;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Whether the element holds, as its own children, two of the story's paragraphs: the story's body. */
function holdsProse(element: Element): boolean {
  let prose = 0;
  for (const child of childrenOf(element)) if (child.localName === 'p' && textLength(child) >= PROSE_CHARS && ++prose >= MIN_PROSE_SIBLINGS) return true;
  return false;
}

/** The story's body right after the box, when the box stands between the story's opening (its lead picture, its headline's block) and that body; else null. */
function bodyAfterOpening(box: Element): Element | null {
  const before = box.previousElementSibling;
  const after = box.nextElementSibling;
  return before && after && (before.localName === 'figure' || before.localName === 'header' || before.getElementsByTagName('h1').length > 0) && holdsProse(after) ? after : null;
}

/**
 * Whether the box stands among the story's paragraphs: beside two of them, itself or through wrappers
 * it fills alone; or between the story's opening (its lead picture, its headline's block) and its body,
 * as a review's verdict does (probe ring features 3: a score, a summary, pros and cons).
 */
function amongStory(box: Element): boolean {
  if (bodyAfterOpening(box)) return true;
  let node = box;
  for (let level = 0; level <= MAX_WRAPPERS; level++) {
    const parent = node.parentElement;
    if (!parent) return false;
    let prose = 0;
    for (const sibling of childrenOf(parent)) {
      if (sibling !== node && sibling.localName === 'p' && textLength(sibling) >= PROSE_CHARS && ++prose >= MIN_PROSE_SIBLINGS) return true;
    }
    if (parent.children.length > 1) return false;
    node = parent;
  }
  return false;
}

/** Whether the box's whole text stands in one of the paragraphs beside it: a pull quote. */
function repeatsStory(box: Element): boolean {
  const text = bare(box.textContent ?? '');
  if (!text || text.length > MAX_QUOTE_CHARS) return false;
  const parent = box.parentElement;
  return Array.from(parent?.parentElement?.querySelectorAll('p') ?? parent?.querySelectorAll('p') ?? []).some((p) => !box.contains(p) && bare(p.textContent ?? '').includes(text));
}

function linkShare(box: Element, chars: number): number {
  let links = 0;
  for (const link of listOf(box.getElementsByTagName('a'))) links += textLength(link);
  return chars ? links / chars : 1;
}

/** Turns the story's asides below `root` into plain blocks Readability keeps, in place; returns how many. */
export function keepStoryAsides(root: Element): number {
  const boxes = bySelector(root, 'aside, [role="complementary"]', (element) => element.localName === 'aside' || element.getAttribute('role') === 'complementary');
  let count = 0;
  for (const box of boxes) {
    // A pull quote stays an aside (Readability drops it; pull-quotes.ts would, but Readability may unwrap
    // the block that carried its mark): the page names it one, or it repeats a sentence of the story.
    if (!box.isConnected || box.hasAttribute(PULL_QUOTE_ATTR) || repeatsStory(box)) continue;
    const chars = textLength(box);
    if (chars < MIN_BOX_CHARS || box.querySelector(NOT_A_FACT_BOX) || linkShare(box, chars) > MAX_LINK_SHARE || !amongStory(box)) continue;
    if (NOT_A_FACT_BOX_WORDS.test(`${box.getAttribute('class') ?? ''} ${box.id}`) || box.querySelector(NOT_A_FACT_BOX_PARTS) || isPaid(box)) continue;
    const doc = box.ownerDocument;
    const block = box.localName === 'aside' ? doc.createElement('div') : box;
    if (block !== box) {
      for (const attribute of Array.from(box.attributes)) block.setAttribute(attribute.name, attribute.value);
      while (box.firstChild) block.appendChild(box.firstChild);
      box.replaceWith(block);
    }
    block.removeAttribute('role');
    block.removeAttribute('class');
    block.removeAttribute('id');
    // Before the body, it opens the body: Readability keeps what its pick holds, not a block beside it.
    bodyAfterOpening(block)?.prepend(block);
    count++;
  }
  return count;
}
