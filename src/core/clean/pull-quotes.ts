// Pull quotes: a sentence of the story printed again, large, between its paragraphs, as a design
// element ("<blockquote class="wp-block-pullquote">", "<aside class="pull-quote">"). In the reader it
// reads as the same words twice. A block the page names a pull quote (an aside, or its class) whose
// whole text (quote marks, case and punctuation aside) stands in one of the story's own paragraphs is
// one; a quotation from elsewhere is not, since the story does not repeat it word for word. Magazines
// edit their pull quotes: the attribution cut out ("… was free. It was …" of "… was free,” Lindqvist
// said. “It was …"), two sentences of adjacent paragraphs joined, a word of context added (probe ring
// mags, fixture leak-near-pull-quote). So a near repeat counts too: nearly all its words and most of its
// word runs in one paragraph or two adjacent ones.
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
/** A near repeat has at least this many words: fewer, and shared phrases prove nothing. */
const NEAR_MIN_WORDS = 8;
/** The share of a near repeat's words that the paragraphs hold. */
const NEAR_WORD_SHARE = 0.85;
/** The share of its runs of three words that the paragraphs hold, in the same order of words. */
const NEAR_RUN_SHARE = 0.7;

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

/** The runs of three words of a list of words, each as one string. */
function runsOf(words: readonly string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) runs.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return runs;
}

/** The share of `items` found in `pool`. */
function shareIn(items: readonly string[], pool: ReadonlySet<string>): number {
  return items.length ? items.filter((item) => pool.has(item)).length / items.length : 0;
}

/**
 * Whether a quote's bare text is an edited copy of one paragraph or of two adjacent ones (`texts`, the
 * story's paragraphs in order): NEAR_WORD_SHARE of its words and NEAR_RUN_SHARE of its runs of three words.
 */
export function nearRepeat(quote: string, texts: readonly string[]): boolean {
  const words = quote.split(' ');
  if (words.length < NEAR_MIN_WORDS) return false;
  const runs = runsOf(words);
  for (let i = 0; i < texts.length; i++) {
    for (const span of [1, 2]) {
      if (i + span > texts.length) break;
      const part = texts.slice(i, i + span);
      const pool = new Set(part.flatMap((text) => text.split(' ')));
      if (shareIn(words, pool) < NEAR_WORD_SHARE) continue;
      if (shareIn(runs, new Set(part.flatMap((text) => runsOf(text.split(' '))))) >= NEAR_RUN_SHARE) return true;
    }
  }
  return false;
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
    const story = paragraphs.filter(({ p }) => article.contains(p) && !quote.contains(p) && !p.contains(quote));
    const repeated = story.some(({ text: words }) => words.includes(text)) || nearRepeat(text, story.map(({ text: words }) => words));
    if (!repeated) continue;
    removed.push(recordRemoval(quote, STEP_RULES.pullQuote, STEP_RULES.pullQuote.match));
    quote.remove();
  }
  return removed;
}
