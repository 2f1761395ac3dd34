// A media player's box: when a player's control, duration or inner player goes, the labels around it
// (a "Video Loading" screen, the title and show of the video, "Independent TV" / "Popular videos" over
// and under it, an audio player's "4 min") are the player's too, and never read as the story.
import { classWords } from './compile-rules';

/** The rules whose match is a piece of a player: its control labels and durations, or the inner player. */
export const PLAYER_RULES: ReadonlySet<string> = new Set(['video-debris', 'video-widget']);

/** Words in a box's class, id or data attributes that name it a player (`mod-video`, `InlineVideo-inlineVideo`, `audio-player`). */
const PLAYER_WORDS: ReadonlySet<string> = new Set(['video', 'videos', 'audio', 'player', 'jwplayer']);
/** The attributes a component's name is declared in, besides class and id. */
const NAME_ATTRIBUTES = ['class', 'id', 'data-testid', 'data-component', 'data-component-name', 'data-module', 'data-mod'];
/** A player's box holds its labels and a title: at most this many characters, all of them. */
const PLAYER_BOX_CHARS = 300;
/** How far up from the matched piece the box is looked for (a control inside poster, content, wrapper, box). */
const PLAYER_BOX_LEVELS = 4;
/** A box that holds one of these is more than a player: a list, a table, a quote, a heading, a date, a form. */
// A <figcaption> is the video-caption rule's to judge: it keeps a caption that does not say it is a video's.
const PLAYER_BOX_STOPS = 'table, pre, blockquote, ul, ol, h1, h2, h3, h4, h5, h6, time, form, article, section, main, figcaption';
/** A line that is a sentence (ends in one, or holds a sentence's end) is a caption or prose, not a label. */
const SENTENCE = /[.!?…]["'”’)]?$|[.!?…]\s+\S/u;

function flatText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function namesPlayer(element: Element): boolean {
  for (const attribute of NAME_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value && classWords(value).some((words) => words.some((word) => PLAYER_WORDS.has(word)))) return true;
  }
  return false;
}

/** Whether every text line of the box is a short label (no sentence) and it links nowhere. */
function onlyLabels(box: Element): boolean {
  for (const link of Array.from(box.querySelectorAll('a[href]'))) {
    if (!/^(?:#|javascript:)/i.test(link.getAttribute('href') ?? '')) return false;
  }
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && SENTENCE.test(text)) return false;
  }
  return true;
}

/**
 * The player around a piece of it that a rule matched: the widest ancestor, up to PLAYER_BOX_LEVELS,
 * that names a player (class, id or data-* words: video, audio, player), holds at most
 * PLAYER_BOX_CHARS of text in short label lines (no sentence, no link, none of PLAYER_BOX_STOPS), and
 * stands among more text than its own (it is apart from the story). Null when there is none. The
 * video's title and show under its controls (video-player-labels) go with it; a caption
 * written as a sentence keeps its box, and the piece alone goes.
 */
export function playerBox(piece: Element, isProtected: (element: Element) => boolean): Element | null {
  let box: Element | null = null;
  for (let at = piece.parentElement, level = 0; at && level < PLAYER_BOX_LEVELS; at = at.parentElement, level++) {
    if (isProtected(at) || at.tagName === 'BODY' || at.tagName === 'ARTICLE' || at.tagName === 'MAIN') break;
    const text = flatText(at);
    if (text.length > PLAYER_BOX_CHARS || at.querySelector(PLAYER_BOX_STOPS) || !onlyLabels(at)) break;
    if (namesPlayer(at)) box = at;
  }
  if (!box) return null;
  const parent = box.parentElement;
  return parent && flatText(parent).length > flatText(box).length + PLAYER_BOX_CHARS ? box : null;
}
