// The detector's headline features (detect.ts): next to an article's headline, its <h1>, the reader
// sees a date and a byline. Service pages print no date; fronts and listings date their teasers, far
// from the page's heading. This holds on any site and in any language (fixtures news-brief and
// aggregator-via: no article metadata at all, but a date and a byline or a source line under the
// headline). (An <h1> that repeats the page's title, measured too, earned 0.17 and did not pay for
// its bytes in the detector's budget.)
//
// Two halves: the page reads a few bounded strings (detect-facts.ts, no regular expression), and
// headlineFeatures tests only those strings, wherever the page's facts are judged.
import type { DetectFeature } from './detect.js';
import type { HeadlineFacts } from './detect-facts.js';

const SPACES = /\s+/g;
/**
 * A calendar date as pages print them: 12.03.2025, 2025-03-12, 3/12/2025, 12 March 2025, 12. März 2025,
 * 29th August, 2023, 19-Dec-2025, 26, Abril, 2022, March 12, 2025, Jul. 11. 2025, 12 de marzo de 2025,
 * 2025年3月12日 (a month name in any language: a word between a day and a year), a two-digit year only
 * with the time beside it (19.10.19, 11:29: without the time, 3.10.12 is as often a version), or a time
 * as aggregators print it: 2 hours ago, vor 3 Stunden, il y a 2 heures.
 */
export const DATE = /(?:^|\D)(?:\d\d?[./-]\d\d?[./-][12]\d{3}|[12]\d{3}[./-]\d\d?[./-]\d\d?|\d\d?(?:st|nd|rd|th|\.)?,?[ -](?:de )?[^\s\d.,]{3,12}\.?,?[ -](?:de )?[12]\d{3}|[^\s\d.,]{3,12}\.? \d\d?(?:st|nd|rd|th)?[.,]? [12]\d{3}|\d\d?[./]\d\d?[./]\d\d,? \d\d?:\d\d|[12]\d{3}年\d\d?月\d\d?日)|\d\d? (?:min(?:ute)?s?|hours?|hrs?|days?) ago|(?:vor|il y a|hace) \d\d? (?:minut|stund|heure|hora|tag|jour|d[ií]a)/i;
/**
 * The word that opens a byline or a source line ("via The Baltic Ledger", fixture aggregator-via), in
 * the languages of the dev sets and their neighbours (tested with its first letter in lower case),
 * then a capitalised name or nothing (the name sits in a link: "By <a>Jo Smith</a>").
 */
const BYLINE_WORD = /^(?:by|von|par|por|di|da|door|av|af|przez|via|written by|texte? ?:|autor(?:in)? ?:?|author ?:?)(?: [A-ZÀ-ÞĀ-Ž]| ?$)/;

/** The headline's neighbours as the features read them: spaces collapsed, the first letter in lower case. */
function normalised(nearby: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of nearby) {
    const text = raw.replace(SPACES, ' ').trim();
    if (text) out.push(text.charAt(0).toLowerCase() + text.slice(1));
  }
  return out;
}

/** Measures the headline features from what the page showed next to its headline (detect-facts.ts). */
export function headlineFeatures(facts: HeadlineFacts | null, out: DetectFeature[]): void {
  if (!facts) return;
  const nearby = normalised(facts.nearby);
  // What a reader sees around the headline: a printed date and a "By …" line (fixtures news-brief,
  // story-html-url: no <time>, no date metadata, only the words on the page).
  if (facts.timeNear || nearby.some((t) => DATE.test(t))) out.push({ name: 'headline-date', value: 1 });
  if (facts.bylineNear || nearby.some((t) => BYLINE_WORD.test(t))) out.push({ name: 'headline-byline', value: 1 });
}
