// Pull quotes: a sentence of the story printed again, large, between its paragraphs, as a design
// element ("<blockquote class="wp-block-pullquote">", "<aside class="pull-quote">"). In the reader it
// reads as the same words twice. A block the page names a pull quote (an aside, or its class) whose
// whole text (quote marks, case and punctuation aside) stands in one of the story's own paragraphs is
// one; a quotation from elsewhere is not, since the story does not repeat it word for word.
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { holdsKept, PULL_QUOTE_ATTR } from '../clone-marks';
import { byTag } from '../tag-lists';

/** Shorter than this, a repeated phrase ("he said") proves nothing. */
const MIN_CHARS = 25;
/** A pull quote is a sentence or two. */
const MAX_CHARS = 400;
/** Quote blocks looked at; an article has a handful. */
const MAX_CANDIDATES = 50;

/**
 * What a page names a pull quote: an <aside>, or a block classed so (marked on the clone before
 * Readability drops class names: clone-marks.ts). A bare <blockquote> that repeats the story's words is
 * a passage quoted again on purpose (an essay guide quoting the essay it printed above to discuss it,
 * WCXB 4615), not a design element.
 */
const QUOTE_TAGS = `aside, [${PULL_QUOTE_ATTR}]`;

/** Letters and digits only, lower case, one space between words. */
export function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Removes pull quotes from the article in place and returns what went. */
export function removePullQuotes(article: Element): Removal[] {
  const candidates = Array.from(article.querySelectorAll(QUOTE_TAGS)).slice(0, MAX_CANDIDATES);
  if (!candidates.length) return [];
  // Each paragraph's bare text, read once for all the candidates.
  const paragraphs = byTag(article, ['p', 'li']).map((p) => ({ p, text: bare(p.textContent ?? '') }));
  const removed: Removal[] = [];
  for (const quote of candidates) {
    // The article is a detached element (Readability's result): `isConnected` says nothing here.
    if (!article.contains(quote) || holdsKept(quote) || quote.querySelector('img, picture, video, iframe, table')) continue;
    const text = bare(quote.textContent ?? '');
    if (text.length < MIN_CHARS || text.length > MAX_CHARS) continue;
    const repeated = paragraphs.some(({ p, text: words }) => article.contains(p) && !quote.contains(p) && !p.contains(quote) && words.includes(text));
    if (!repeated) continue;
    removed.push(recordRemoval(quote, STEP_RULES.pullQuote, STEP_RULES.pullQuote.match));
    quote.remove();
  }
  return removed;
}
