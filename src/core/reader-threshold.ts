// Readability's minimum for the text of an article, weighed by script. Readability counts characters:
// when its pick holds fewer than the minimum, it parses again without its filters (the pass that strips
// "unlikely" blocks such as the site header) and keeps the page's chrome. A Chinese or Japanese
// character says about as much as three Latin ones, so a short Chinese, Japanese or Korean story (three
// paragraphs, ~330 characters) fell below it and kept the site's header and tools (fixture asia-cjk-short-story).
import { textWeight } from './detect-facts';

/** Readability's default minimum, in Latin characters. */
export const READER_MIN_CHARS = 500;

/** The page's text sampled for its script mix (the start of the body is enough to tell it). */
const SAMPLE_CHARS = 50_000;

/**
 * Readability's `charThreshold` for a page whose text is `text`: the default for text in spaced
 * scripts, lowered by the share of the text written in Chinese, Japanese or Korean, so that the
 * minimum holds the same amount of story in any script.
 */
export function readerCharThreshold(text: string): number {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' ').trim();
  if (!sample) return READER_MIN_CHARS;
  return Math.round((READER_MIN_CHARS * sample.length) / textWeight(sample));
}
