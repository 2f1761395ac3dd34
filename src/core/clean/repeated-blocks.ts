// A block printed again right after itself. Site builders render one layout per screen size (phone,
// tablet, desktop) and let the stylesheet show one: each layout holds the whole story, so a saved
// copy, the CLI, or any reader that does not apply the page's media queries gets the story two or
// three times over (WCXB 0355, a contractor's cost guide, three times in full). The same holds for a
// list or a comparison box rendered twice. What counts is text structure, the same on any site: an
// element whose whole text is that of the element just before it, under the same parent, and long
// enough that printing it twice in a row cannot be the writer's wish. Siblings that repeat a line
// further apart (a training plan's "Warm up: …" in every session, a review's same remark under each
// product) are written so on purpose and stay; short lines printed twice are the repeated-line step's.
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { holdsKept } from '../clone-marks';
import { elementStepper } from './walk';

/** Shorter than this, two equal neighbours may be the page's own (a label, a short refrain). */
export const MIN_REPEATED_CHARS = 200;

function flat(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Removes from the article every element whose whole text repeats its previous sibling's, and returns the records. */
export function removeRepeatedBlocks(root: Element): Removal[] {
  const removed: Removal[] = [];
  const step = elementStepper(root);
  for (let parent: Element | null = root; parent; ) {
    if (parent.childElementCount >= 2) {
      let previous = '';
      for (let child = parent.firstElementChild; child; ) {
        const next: Element | null = child.nextElementSibling;
        const raw = child.textContent ?? '';
        const text = raw.length >= MIN_REPEATED_CHARS ? flat(raw) : '';
        if (text.length >= MIN_REPEATED_CHARS && text === previous && !holdsKept(child)) {
          removed.push(recordRemoval(child, STEP_RULES.repeatedBlock, STEP_RULES.repeatedBlock.match));
          child.remove();
        } else {
          previous = text;
        }
        child = next;
      }
    }
    parent = step(parent, true);
  }
  return removed;
}
