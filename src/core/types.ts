// The plain, serialisable data that the core hands to the extension, the CLI and the tests.
// Nothing here holds a DOM node: every value survives structuredClone and JSON.
import type { RuleCategory, RuleId } from './rules/all-rules';

/**
 * Why a block was removed; also the group a user sees under "Show what was removed", in this order.
 * The one list: the type, the fixture schema and the hygiene tests all read it.
 */
export const REMOVAL_CATEGORIES = [
  'ad', 'promo', 'video', 'share', 'newsletter', 'cookie', 'tags', 'comments', 'author-bio', 'trending',
  'related', 'navigation', 'credit', 'hidden', 'residue', 'unsafe',
] as const;
export type RemovalCategory = (typeof REMOVAL_CATEGORIES)[number];

/** One removed block: which rule removed it and the first 120 characters of its text. */
export interface Removal {
  category: RemovalCategory;
  ruleId: string;
  text: string;
}

/** A related / recommended article link harvested from the page. */
export interface RelatedLink {
  /** Absolute URL, tracking parameters (utm_*, fbclid, …) dropped. */
  url: string;
  title: string;
  source?: string;
  time?: string;
  summary?: string;
  image?: string;
}

/** One piece of evidence that the article detector weighed. */
export interface Signal {
  name: string;
  /** Positive for "article", negative for "not an article". */
  weight: number;
  detail?: string;
}

/** The cheap detector's verdict. */
export interface Verdict {
  isArticle: boolean;
  score: number;
  signals: Signal[];
}

/** A clean article, ready to render. `html` is already sanitized. */
export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string;
  leadImage?: string;
  /** Sanitized HTML of the body (no title). */
  html: string;
  /** The body as plain text, one block (paragraph, heading, list item…) per line, no title. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  related: RelatedLink[];
  removed: Removal[];
  /** Which extractor produced the body: Readability, or our own container pick when Readability found nothing usable. */
  extractor: 'readability' | 'fallback';
}

/** Why no article could be produced. */
export type ExtractFailureReason = 'empty' | 'too-large' | 'failed';

export type ExtractResult =
  | { ok: true; article: Article; verdict: Verdict }
  | { ok: false; reason: ExtractFailureReason; message: string; verdict?: Verdict };

/**
 * The cleaning steps that ExtractOptions.disable can switch off, each checked by name in src/core/extract.ts
 * or src/core/clean/. A name here that no step reads would be a switch that does nothing.
 */
export const CLEAN_STEPS = [
  'related', 'rules', 'hidden', 'lazy-images', 'fallback', 'focus', 'lead-figure', 'residue', 'meta-line',
  'repeated-line', 'edge-menu', 'title-repeat', 'empty-blocks', 'absolute-urls',
] as const;
export type CleanStepId = (typeof CLEAN_STEPS)[number];

/** What `disable` accepts: a step, one rule (by id) or every rule of a category (src/core/disable.ts checks strings). */
export type DisableId = CleanStepId | RuleId | RuleCategory;

export interface ExtractOptions {
  /** Cleaning step ids to skip (for debugging and for comparing against plain Readability). */
  disable?: readonly DisableId[];
  /** Refuse documents with more elements than this (default 200,000): result `too-large`. */
  maxElements?: number;
  /** The window whose DOM implementation DOMPurify should use; defaults to document.defaultView. */
  window?: Window & typeof globalThis;
}
