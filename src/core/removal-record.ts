// The one way a cleaning step makes a removal record: what the rule data says (id, category, reason),
// what of it matched, the block's text, and, kept aside for src/core/restorable.ts, the removed element
// and where it was (the sequence number of the first numbered element at or after it: clone-marks.ts).
// The element and its place are held in a WeakMap keyed by the record, so the steps keep returning
// plain records and nothing that is not data reaches the Article.
import type { Removal, RemovalCategory } from './types';
import { removalText } from './clean/compile-rules';
import { nextElement } from './clean/walk';
import { isMarked, seqOf } from './clone-marks';

/** What a rule (a table rule or a step rule) gives a record. */
export interface RuleFacts {
  readonly id: string;
  readonly category: RemovalCategory;
  readonly reason: string;
}

export interface RemovedBlock {
  element: Element;
  /** The block's place among the numbered elements; Infinity when nothing numbered follows it. */
  position: number;
}

/** How far the search for the next numbered element goes before the block counts as "at the end". */
const MAX_STEPS = 20_000;

const removedBlocks = new WeakMap<Removal, RemovedBlock>();

/** The sequence number of the first numbered element at or after `element` in document order. */
export function positionOf(element: Element): number {
  let root = element;
  while (root.parentElement) root = root.parentElement;
  let steps = 0;
  for (let node: Element | null = element; node && steps < MAX_STEPS; node = nextElement(node, root, true), steps++) {
    const seq = seqOf(node);
    if (seq !== null) return seq;
  }
  return Number.POSITIVE_INFINITY;
}

/** The record of one removed block (call it before the block leaves the document). */
export function recordRemoval(element: Element, rule: RuleFacts, match: string): Removal {
  const removal: Removal = { category: rule.category, ruleId: rule.id, match, reason: rule.reason, text: removalText(element) };
  // Only blocks of a marked clone can be put back: hiding clutter on the live page needs no place.
  if (isMarked(element)) removedBlocks.set(removal, { element, position: positionOf(element) });
  return removal;
}

/** The element a record was made for and where it was; undefined for records made otherwise. */
export function removedBlockOf(removal: Removal): RemovedBlock | undefined {
  return removedBlocks.get(removal);
}
