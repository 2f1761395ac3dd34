// A layout printed again right after itself. Site builders render one layout per screen size (phone,
// tablet, desktop) and let the stylesheet show one: each layout holds the whole story, so a saved
// copy, the CLI, or any reader that does not apply the page's media queries gets the story two or
// three times over (WCXB 0355, a contractor's cost guide, three times in full; an FAQ printed twice,
// 4233). What counts is text structure, the same on any site: a container (not a paragraph, item,
// cell or quote of its own) whose text is that of the container with text just before it, under the
// same parent, long enough that printing it twice in a row cannot be the writer's wish. The phone's
// layout often leaves out a short line (a reading time beside the date), so two containers also match
// when their lines of prose, in order, are the same. A paragraph, a stanza or a table cell said twice
// in a row is the writer's (a chorus sung twice, a clause unchanged in both columns of a comparison:
// probe ring doubles) and stays, as do repeats further apart (a training plan's "Warm up: …" in every
// session); short lines printed twice are the repeated-line step's.
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { holdsKept } from '../clone-marks';
import { elementStepper, nextElement } from './walk';
import { byTag } from '../tag-lists';
import { norm } from '../related-dom';

/** Shorter than this, two equal neighbours may be the page's own (a label, a short refrain). */
export const MIN_REPEATED_CHARS = 200;
/** A line this long is prose, compared when two layouts differ in their short lines. */
const PROSE_LINE_CHARS = 80;
/** At least this many lines of prose make a layout's skeleton, */
const MIN_PROSE_LINES = 2;
/** and they hold at least this share of its text (nested lines count twice: a bound, not a measure). */
const MIN_PROSE_SHARE = 0.6;

/** A writer's own units (blocks, a table's parts, inline runs): said twice in a row, they are meant so. */
const OWN_BLOCKS = new Set(['P', 'LI', 'DT', 'DD', 'TD', 'TH', 'TR', 'THEAD', 'TBODY', 'TFOOT', 'TABLE', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION', 'A', 'SPAN', 'STRONG', 'EM', 'B', 'I']);
const LINES = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, dd, figcaption';

const VISIBLE = /\S/;

/** A layout's lines of prose, in order, joined; '' when it has too few to compare, or they are not most of its text. */
function skeleton(container: Element, chars: number): string {
  const lines: string[] = [];
  let prose = 0;
  for (const line of Array.from(container.querySelectorAll(LINES))) {
    const text = norm(line.textContent);
    if (text.length < PROSE_LINE_CHARS) continue;
    lines.push(text);
    prose += text.length;
  }
  // Two columns of a price list that share a long footnote are not one layout twice (WCXB 0021).
  return lines.length >= MIN_PROSE_LINES && prose >= chars * MIN_PROSE_SHARE ? lines.join('\n') : '';
}

/** Whether `container` is the layout `before` printed again: the same text, or the same lines of prose. */
function twins(before: { element: Element; text: string; skeleton?: string }, container: Element, text: string): boolean {
  if (text === before.text) return true;
  // Lines of prose of 80 characters and more, so the two texts cannot differ by much.
  const [shorter, longer] = text.length < before.text.length ? [text.length, before.text.length] : [before.text.length, text.length];
  if (shorter < longer * 0.8) return false;
  before.skeleton ??= skeleton(before.element, before.text.length);
  return before.skeleton !== '' && before.skeleton === skeleton(container, text.length);
}

/** Removes from the article every layout that repeats the one just before it (see above), and returns the records. */
export function removeRepeatedBlocks(root: Element): Removal[] {
  const removed: Removal[] = [];
  const step = elementStepper(root);
  for (let parent: Element | null = root; parent; parent = step(parent, true)) {
    if (parent.childElementCount < 2 || OWN_BLOCKS.has(parent.tagName)) continue;
    let previous: { element: Element; text: string; skeleton?: string } | null = null;
    for (let node = parent.firstChild; node; ) {
      const next: ChildNode | null = node.nextSibling;
      const shown = node.nodeType === 1 || node.nodeType === 3;
      const raw = shown ? (node.textContent ?? '') : '';
      // A break, a rule, a picture or a comment between the two copies leaves them neighbours (WCXB
      // 4233: an FAQ printed twice with a <br> between); text between them does not.
      if (!VISIBLE.test(raw)) {
        node = next;
        continue;
      }
      const element = node.nodeType === 1 && !OWN_BLOCKS.has((node as Element).tagName) && raw.length >= MIN_REPEATED_CHARS ? (node as Element) : null;
      const text = element ? norm(raw) : '';
      if (element && previous && text.length >= MIN_REPEATED_CHARS && twins(previous, element, text) && !holdsKept(element)) {
        removed.push(recordRemoval(element, STEP_RULES.repeatedBlock, STEP_RULES.repeatedBlock.match));
        element.remove();
      } else {
        previous = element && text.length >= MIN_REPEATED_CHARS ? { element, text } : null;
      }
      node = next;
    }
  }
  return removed;
}

/** A preview's text ends so: cut off with an ellipsis. */
const CUT_OFF = /\s*(?:…|\.\.\.)$/;
/** A preview this long is a real start of the text (a short one may be a quote that trails off). */
const MIN_PREVIEW_CHARS = 80;
/** The full text begins within this many elements after the preview. */
const PREVIEW_REACH = 30;

/**
 * A story's opening shown cut off ("… will cost around £…") above a "Read more" button, the whole
 * text after it in a box the button opens: the page shows one or the other, and the reader would read
 * the opening twice. A paragraph that ends in an ellipsis goes when the text of a block soon after it
 * begins with its words.
 */
export function removeCutOffPreviews(root: Element): Removal[] {
  const removed: Removal[] = [];
  for (const block of byTag(root, ['p'])) {
    const raw = (block.textContent ?? '').trimEnd();
    if (!raw.endsWith('…') && !raw.endsWith('...')) continue;
    const start = norm(raw).replace(CUT_OFF, '');
    if (start.length < MIN_PREVIEW_CHARS) continue;
    let after: Element | null = block;
    for (let reach = 0; reach < PREVIEW_REACH && after; reach++) {
      after = nextElement(after, root, after !== block);
      if (after && norm(after.textContent).startsWith(start) && !holdsKept(block)) {
        removed.push(recordRemoval(block, STEP_RULES.cutOffPreview, STEP_RULES.cutOffPreview.match));
        block.remove();
        break;
      }
    }
  }
  return removed;
}
