// Whether the article ends where the site's paywall begins: the page shows a subscriber's story only
// up to a "subscribe to continue reading" pitch. The clean view then ends early, and the reader should
// know that it is the site's doing, not a paragraph that the cleaning lost (Article.endsAtPaywall).
//
// Two signs, each meaning the same on any site:
// - What the page declares for search engines (Google's "subscription and paywalled content" markup):
//   `"isAccessibleForFree": false` in JSON-LD, with `hasPart` naming the paywalled part by a
//   CSS selector. A subscriber's page holds that part with its text; a reader's page holds it empty.
//   Without a named part the declaration alone does not tell (a subscriber's page declares it too),
//   nor does a part the page lacks altogether (a selector copied from an example, naming nothing on a
//   page that shows the whole story): then the pitch must say so.
// - A subscription pitch that the cleaning removed after the story's last block, saying the rest is
//   for subscribers ("Subscribe to continue reading", "Already a subscriber? Sign in"). A gift note or a
//   "Member-only story" badge stands above the story; a pitch that means "this is all you get" stands
//   after it.
import { jsonLdNodes } from './json-ld-nodes';
import type { Removal } from './types';

/** Work bound: never more declared parts than this. */
const MAX_PARTS = 8;
/** A declared part with less text than this is the placeholder a reader gets, not the story. */
const MIN_PART_CHARS = 200;

/**
 * What a pitch after the story says when it means the story stops there: the rest, the full story, to
 * continue, "already a subscriber?", for subscribers only (English, German, French, Spanish, Italian, Chinese, Japanese, Korean,
 * as the paywall-pitch rule reads them).
 */
const CUT_PITCH = new RegExp(
  [
    String.raw`\b(?:continue|keep) reading\b`,
    String.raw`\b(?:rest|remainder) of (?:this|the) (?:story|article|post)\b`,
    String.raw`\b(?:full|entire|whole) (?:story|article|post)\b`,
    String.raw`\balready (?:a )?(?:subscriber|member|subscribed)\b`,
    String.raw`\b(?:subscribers?|members?)[- ]only\b`,
    String.raw`\bfor (?:paying |paid |premium )?(?:subscribers|members)\b`,
    String.raw`\b(?:weiterlesen|abonnent(?:en|innen)?|abonniert)\b`,
    String.raw`(?:réservée? (?:à nos|aux) abonnés|la suite de cet article|déjà abonné)`,
    String.raw`(?:ya eres (?:suscriptor|socio|miembro)|exclusivo para suscriptores|seguir leyendo|sigue leyendo)`,
    String.raw`(?:riservato agli abbonati|già abbonato|continua a leggere)`,
    // Chinese, Japanese, Korean: no word boundaries (fixture asia-cjk-paywall).
    String.raw`(?:会員(?:限定|専用)|続きを(?:読む|お読み)|残り\s?\d[\d,]*\s?文字|付费内容|阅读全文|유료 (?:회원|구독자) 전용|계속 읽기)`,
  ].join('|'),
  'iu',
);

const isFalse = (value: unknown): boolean => value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');

/** The page's declaration: whether it says the story is not free, and the selectors of the parts it says are paywalled. */
export interface PaywallDeclaration {
  notFree: boolean;
  parts: string[];
}

/**
 * Reads `isAccessibleForFree` and its `hasPart` selectors from the JSON-LD blocks, bounded. (Microdata may
 * declare it too; looking for it took a query over the whole page on every extraction, for a rare form.)
 */
export function declaredPaywall(doc: Document): PaywallDeclaration {
  const declared: PaywallDeclaration = { notFree: false, parts: [] };
  for (const record of jsonLdNodes(doc, ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart'])) {
    if (!isFalse(record.isAccessibleForFree)) continue;
    declared.notFree = true;
    const selector = record.cssSelector;
    if (typeof selector === 'string' && selector.trim() && declared.parts.length < MAX_PARTS) declared.parts.push(selector.trim());
  }
  return declared;
}

/** The text length of the page's elements that a declared part's selector names; null when it names none or is unusable. */
function partChars(doc: Document, selector: string): number | null {
  let elements: Element[];
  try {
    elements = Array.from(doc.querySelectorAll(selector)).slice(0, 20);
  } catch {
    return null; // not a selector this DOM can read
  }
  if (elements.length === 0) return null;
  return elements.reduce((sum, element) => sum + (element.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
}

/** Whether the removals hold a subscription pitch after the story's last block that says the story stops there. */
export function pitchAfterStory(removed: readonly Removal[]): boolean {
  return removed.some(
    (removal) => removal.ruleId === 'paywall-pitch' && removal.anchor?.side === 'after' && !removal.anchor.inside && CUT_PITCH.test(removal.text),
  );
}

/** Whether the article as the page shows it stops at the site's paywall (see the top of this file). */
export function endsAtPaywall(doc: Document, removed: readonly Removal[]): boolean {
  if (pitchAfterStory(removed)) return true;
  const declared = declaredPaywall(doc);
  if (!declared.notFree || declared.parts.length === 0) return false;
  const sizes = declared.parts.map((selector) => partChars(doc, selector)).filter((chars): chars is number => chars !== null);
  return sizes.length > 0 && sizes.every((chars) => chars < MIN_PART_CHARS);
}
