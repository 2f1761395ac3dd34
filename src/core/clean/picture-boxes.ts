// A story's picture in a box that Readability would drop by its name. Readability weighs an element
// whose class or id says "media" as unlikely content (its negative class words), and in its conditional
// clean-up removes a box that has no text score of its own to make up for it: a photo between two
// paragraphs in `<div class="media"><figure><img><figcaption>…` went with its caption, unrecorded
// (a Turkish news site's story; "inline-media", "media-block", "news-media" alike). The word names what
// the box holds, a picture, on any site. So before the parse, a box around a picture that holds
// nothing else but its caption loses its "media" words. Video players and embeds, also "media", keep
// them: a box with a player, a frame or a button is not a picture's. The caption's own box beside the
// picture in such a box loses its "meta" and "media" words too ("image__metadata" around the caption
// and credit: a news network's photo between paragraphs went, unrecorded; probe ring majors-en).
import { byTag, firstByTag } from '../tag-lists';

const MEDIA_WORD = /media/i;
/** Boxes looked at above a picture: its figure, a wrapper or two. */
const LEVELS = 3;
/** More text than this is more than a caption and its credit: the box is not the picture's alone. */
const MAX_CAPTION_CHARS = 400;
const NOT_A_PICTURE = ['video', 'audio', 'iframe', 'object', 'embed', 'button', 'form'];
/** Readability's unlikely-content words that a caption's box may be named with ("image__metadata", "media-caption"). */
const CAPTION_BOX_WORD = /meta|media/i;
/** What holds a caption, by the page's own markup. */
const CAPTION = 'figcaption, [itemprop="caption"], [class*="caption"]';

/** The boxes among `box`'s children, beside `picture`, that hold its caption and carry an unlikely-content word. */
function captionBoxesBeside(box: Element, picture: Element): Element[] {
  const found: Element[] = [];
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (child.contains(picture) || !CAPTION_BOX_WORD.test(`${child.getAttribute('class') ?? ''} ${child.id}`)) continue;
    if (child.matches(CAPTION) || child.querySelector(CAPTION)) found.push(child);
  }
  return found;
}

/** Takes the words `word` matches off an element's class, and its id when that matches. */
function unname(element: Element, word: RegExp): void {
  const classes = element.getAttribute('class') ?? '';
  if (word.test(classes)) element.setAttribute('class', classes.split(/\s+/).filter((name) => !word.test(name)).join(' '));
  if (word.test(element.id)) element.removeAttribute('id');
}

/** Whether the element's text, whitespace aside, is longer than `max` characters: read only as far as it takes. */
function longerThan(element: Element, max: number): boolean {
  let chars = 0;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node.nodeValue ?? '').replace(/\s+/g, '').length;
    if (chars > max) return true;
  }
  return false;
}

/** Takes the "media" words off the class and id of the boxes around the pictures below `root`, in place; returns how many. */
export function unmarkPictureBoxes(root: Element): number {
  let count = 0;
  for (const picture of byTag(root, ['img', 'picture'])) {
    let box = picture.parentElement;
    for (let level = 0; box && box !== root && level < LEVELS; level++, box = box.parentElement) {
      const named = MEDIA_WORD.test(`${box.getAttribute('class') ?? ''} ${box.id}`);
      const captions = captionBoxesBeside(box, picture);
      if (!named && !captions.length) continue;
      // Its text, read no further than a caption's length (the story's container around a picture is
      // long), and what it holds. Every box above one that fails fails too (it holds that one's text
      // and elements): so only the named boxes are read, and none above the first that fails.
      if (longerThan(box, MAX_CAPTION_CHARS) || firstByTag(box, NOT_A_PICTURE)) break;
      if (named) unname(box, MEDIA_WORD);
      for (const caption of captions) unname(caption, CAPTION_BOX_WORD);
      count += (named ? 1 : 0) + captions.length;
    }
  }
  return count;
}

/** A scrollytelling feature's name for its parts ("scrolly", "scrolly__steps", "scrollytelling-step"). */
const SCROLLY_WORD = /scrolly/i;
/** Boxes looked at above a step's paragraph: the step, its inner box, the steps' column, the scrolly block. */
const STEP_LEVELS = 4;
/** A paragraph this long is prose of the story. */
const STEP_PROSE_CHARS = 60;

/**
 * Takes the "scrolly" words off the class and id of the boxes around the story's paragraphs below `root`, in place; returns
 * how many. A scrollytelling feature tells part of its story in steps that scroll over a sticky graphic,
 * each a paragraph in `<div class="scrolly"><div class="scrolly__steps"><div class="step">`: Readability
 * reads "scroll" as unlikely content (an infinite feed's name) and dropped every step. Only a box that
 * holds such a paragraph; an infinite feed's "infinite-scroll" is not this word.
 */
export function unmarkScrollySteps(root: Element): number {
  let count = 0;
  for (const p of byTag(root, ['p'])) {
    let box = p.parentElement;
    for (let level = 0; box && box !== root && level < STEP_LEVELS; level++, box = box.parentElement) {
      const classes = box.getAttribute('class') ?? '';
      if (!SCROLLY_WORD.test(classes) && !SCROLLY_WORD.test(box.id)) continue;
      if ((p.textContent ?? '').trim().length < STEP_PROSE_CHARS) break;
      if (SCROLLY_WORD.test(classes)) box.setAttribute('class', classes.split(/\s+/).filter((word) => !SCROLLY_WORD.test(word)).join(' '));
      if (SCROLLY_WORD.test(box.id)) box.removeAttribute('id');
      count++;
    }
  }
  return count;
}
