// A bar of buttons with their counts beside them: likes, claps, replies, reposts ("142 · 37 · 18",
// "-- 4" on a blog platform whose clap count reads "--" until the first clap). Readability drops the
// <button>s themselves but keeps the counts when they stand outside them, as lines of their own
// between the headline and the story. What makes such a bar is its shape on any site and in any
// language: two or more buttons, and beside them nothing but numbers and separators. A counter
// between a gallery's arrows ("1 / 5") keeps its picture: a bar that holds media stays.
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { bySelector, firstByTag } from '../tag-lists';

/** A bar with more text than this (its buttons' labels too) is not only buttons and counts. */
const MAX_BAR_CHARS = 100;
/** How far up from a button its bar is looked for. */
const MAX_LEVELS = 5;
/** A count ("4", "1,204", "1.2K", "3M") or a separator/placeholder between counts ("--", "·", "|"). */
const COUNT = /^(?:\d[\d.,]*[KkMm]?\+?|[-–—·•|/]+)$/;
const DIGIT_OR_PLACEHOLDER = /\d|^-{2}$/;
const BUTTONS = 'button, [role="button"]';
/** Media a bar does not hold (an SVG's <image>: the HTML parser makes any other <image> an <img>). */
const MEDIA = ['img', 'picture', 'video', 'audio', 'iframe', 'canvas', 'table', 'image'];

/** A button, or an element that says it is one. */
function isButton(element: Element): boolean {
  return element.localName === 'button' || element.getAttribute('role') === 'button';
}

/** The words of `element` outside its buttons, split on white space and between text nodes. */
function wordsOutsideButtons(element: Element, words: string[]): void {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) words.push(...(node.nodeValue ?? '').split(/\s+/).filter(Boolean));
    else if (node.nodeType === 1 && !isButton(node as Element)) wordsOutsideButtons(node as Element, words);
  }
}

/**
 * What `element` is as a part of a bar: 'no' (more than buttons and counts: the climb stops), 'part'
 * (buttons and counts, but not yet two buttons and a count), or 'bar'.
 */
function barShape(element: Element): 'no' | 'part' | 'bar' {
  const text = element.textContent ?? '';
  if (text.length > MAX_BAR_CHARS * 4 || text.replace(/\s+/g, ' ').trim().length > MAX_BAR_CHARS) return 'no';
  const words: string[] = [];
  wordsOutsideButtons(element, words);
  if (!words.every((word) => COUNT.test(word)) || firstByTag(element, MEDIA)) return 'no';
  const bar = bySelector(element, BUTTONS, isButton).length >= 2 && words.some((word) => DIGIT_OR_PLACEHOLDER.test(word));
  return bar ? 'bar' : 'part';
}

/**
 * Removes the count bars around `buttons` (the page's buttons, found by the walk that measured it) from
 * the document in place, outermost bar per button, never an element of `keep` (the story and its
 * ancestors), and returns what went.
 */
export function removeCountBars(buttons: readonly Element[], keep: ReadonlySet<Element>): Removal[] {
  const removed: Removal[] = [];
  for (const button of buttons) {
    if (!button.isConnected) continue;
    let bar: Element | null = null;
    let element = button.parentElement;
    for (let level = 0; element && level < MAX_LEVELS && !keep.has(element); level++, element = element.parentElement) {
      const shape = barShape(element);
      if (shape === 'no') break;
      if (shape === 'bar') bar = element;
    }
    if (!bar) continue;
    removed.push(recordRemoval(bar, STEP_RULES.countBar, STEP_RULES.countBar.match));
    bar.remove();
  }
  return removed;
}
