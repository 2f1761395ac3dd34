// The shape of a cleaning rule. Rules are plain data; src/core/clean/compile-rules.ts turns the whole
// table into one matcher so that a page is walked once, whatever the number of rules.
import type { RemovalCategory } from '../types';

/** How a rule recognises a block. Every list is optional; a rule fires when any one entry matches. */
export interface RuleMatch {
  /** CSS selectors, evaluated once for the whole table (one combined querySelectorAll). */
  selectors?: string[];
  /**
   * Class/id tokens, written kebab-case. A class or id value is split into whole lowercase words
   * (kebab, snake, camelCase, digits); "share-bar" fires on `shareBar`, `share_bar__inner`, but never
   * on `sharebarista` or `mishare`.
   */
  tokens?: string[];
  /**
   * Exact labels per language: fires only on a short block whose entire trimmed text equals the phrase
   * (case and trailing punctuation ignored), never on a sentence that merely mentions it.
   */
  labels?: Record<string, string[]>;
  /** Anchored, length-bounded patterns tested against a short block's entire trimmed text. */
  patterns?: RegExp[];
  /**
   * Section headings per language ("Comments", "Related Articles"): the heading and the small section
   * it opens are removed, when the heading is the section's first content.
   */
  headings?: Record<string, string[]>;
}

export interface ClutterRule {
  id: string;
  category: RemovalCategory;
  match: RuleMatch;
  /** Removals by tokens/selectors larger than this many characters of text are skipped. */
  maxChars?: number;
  reason: string;
}

/** A per-site quirk: extra rules that apply only when the page's host ends with one of `hosts`. */
export interface SiteRules {
  hosts: string[];
  rules: ClutterRule[];
}
