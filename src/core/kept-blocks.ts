// Blocks the user keeps on a site ("Always keep this on this site", ExtractOptions.keep) stay in the
// article even where Readability would leave them out: the rule walk marks them on the clone
// (clone-marks.ts), copies are taken before Readability rewrites the clone, and each kept block that
// is missing from Readability's article afterwards is put back in its place, before the kept block
// that followed it on the page (the same places as removed blocks, restorable.ts). Without this, a
// kept advertisement label or newsletter box would be gone from the article and from the Removed
// list alike.
import { isMarkedKept, SEQ_ATTR, seqOf, unhide } from './clone-marks';
import { positionOf } from './removal-record';
import { firstAtOrAfter, placeCandidates } from './restorable';
import { walkElements } from './clean/walk';

export interface KeptCopy {
  copy: Element;
  /** The block's place among the numbered elements of the page. */
  position: number;
  /** A sequence number inside the block, to tell whether Readability kept it (null: it holds no text). */
  seq: number | null;
}

function firstSeq(element: Element): number | null {
  let found = seqOf(element);
  if (found !== null) return found;
  walkElements(element, (el) => {
    found = seqOf(el);
    return found === null ? undefined : 'stop';
  });
  return found;
}

/** Copies of the blocks marked as kept in the clone's body (call before Readability). */
export function copyKeptBlocks(doc: Document): KeptCopy[] {
  const body = doc.body;
  if (!body) return [];
  const copies: KeptCopy[] = [];
  walkElements(body, (element) => {
    if (!isMarkedKept(element)) return undefined;
    const copy = element.cloneNode(true) as Element;
    unhide(copy);
    copies.push({ copy, position: positionOf(element), seq: firstSeq(element) });
    return 'skip';
  });
  return copies;
}

/** Puts back, each in its place, the kept blocks that the article lacks; in place. */
export function putBackKept(article: Element, kept: readonly KeptCopy[]): void {
  for (const { copy, position, seq } of kept) {
    if (seq === null || article.querySelector(`[${SEQ_ATTR}="${seq}"]`)) continue;
    const candidates = placeCandidates(article);
    const at = firstAtOrAfter(candidates, position);
    const next = candidates[at]?.element;
    const last = candidates[candidates.length - 1]?.element;
    if (next?.parentNode) next.parentNode.insertBefore(copy, next);
    else if (last?.parentNode) last.parentNode.insertBefore(copy, last.nextSibling);
    else article.append(copy);
  }
}
