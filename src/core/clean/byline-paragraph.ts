// A republished story's own byline, printed as the first paragraph of its body: "By Jamie Ortiz, KFF
// Health News" on a partner's site, whose template prints and declares the outlet's account ("By KFF
// Health News") as the author. The paragraph names the writer and, after a comma, that same outlet:
// the writer is the byline, and the line goes from the text, as a meta line does (probe ring mags,
// kff-republished-newspack; fixture meta-byline-person-over-org).
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { NAMES, PRINTED_BY } from './meta-line';

/** Blocks with text looked at from the top of the article: the line opens the body. */
const MAX_LINES = 3;
/** A byline line is short; a longer one is the story. */
const MAX_CHARS = 120;

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Removes the article's opening "By <names>, <outlet>" paragraph, in place, when <outlet> is one of
 * `outlets` (the declared author, the site's name, the publisher), and gives the names; null when the
 * article does not open so.
 */
export function takeBylineParagraph(article: Element, outlets: readonly (string | null)[]): { byline: string; removal: Removal } | null {
  const known = new Set(outlets.map((outlet) => flat(outlet).toLowerCase()).filter(Boolean));
  if (known.size === 0) return null;
  let lines = 0;
  for (const paragraph of Array.from(article.querySelectorAll('p'))) {
    const text = flat(paragraph.textContent);
    if (!text) continue;
    if (++lines > MAX_LINES || text.length > MAX_CHARS) return null;
    const lead = PRINTED_BY.exec(text);
    if (!lead) continue;
    const comma = text.lastIndexOf(',');
    const names = text.slice(lead[0].length, comma).trim();
    const outlet = text.slice(comma + 1).trim().replace(/[.]$/, '').toLowerCase();
    if (comma < 0 || !known.has(outlet) || !NAMES.test(names) || known.has(names.toLowerCase())) return null;
    const removal = recordRemoval(paragraph, STEP_RULES.metaLine, STEP_RULES.metaLine.match);
    paragraph.remove();
    return { byline: names, removal };
  }
  return null;
}
