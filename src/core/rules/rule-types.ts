// The shape of a cleaning rule. Rules are plain data; src/core/clean/compile-rules.ts turns the whole
// table into one matcher so that a page is walked once, whatever the number of rules.
import type { RemovalCategory } from '../types';

/** How a rule recognises a block. Every list is optional; a rule fires when any one entry matches. */
export interface RuleMatch {
  /** CSS selectors, evaluated once for the whole table (one combined querySelectorAll). */
  selectors?: readonly string[];
  /**
   * Class/id tokens, written kebab-case. A class or id value is split into whole lowercase words
   * (kebab, snake, camelCase, digits); "share-bar" fires on `shareBar`, `share_bar__inner`, but never
   * on `sharebarista` or `mishare`.
   */
  tokens?: readonly string[];
  /**
   * Exact labels per language: fires only on a short block whose entire trimmed text equals the phrase
   * (case and trailing punctuation ignored), never on a sentence that merely mentions it.
   */
  labels?: Readonly<Record<string, readonly string[]>>;
  /** Anchored, length-bounded patterns tested against a short block's entire trimmed text. */
  patterns?: readonly RegExp[];
  /**
   * Section headings per language, `mul` for a list in many languages ("Comments", "Related Articles"):
   * the heading and the small section it opens are removed, when the heading is the section's first content.
   */
  headings?: Readonly<Record<string, readonly string[]>>;
}

export interface ClutterRule {
  /** Kebab-case, unique over every table; `disable` names it, and a removal record carries it. */
  readonly id: string;
  readonly category: RemovalCategory;
  readonly match: RuleMatch;
  /** Removals by tokens/selectors larger than this many characters of text are skipped. */
  maxChars?: number;
  /** A token or selector match spares a block whose text this matches. */
  spares?: RegExp;
  /** A token or selector match spares a block that holds all of its parent's text (an icon's words, a swatch's name). */
  sparesAlone?: true;
  /**
   * A token or selector match spares a block beside an aria-hidden twin (its own or its parent's sibling):
   * the hidden step removes the twin, so this block is the pair's only copy ("30 minutes", not "30").
   */
  sparesTwin?: true;
  /**
   * The longest block, in normalised characters, that this rule's patterns are tried on (default and
   * minimum MAX_LABEL_CHARS, 120): for a notice that runs to a few sentences, such as a rights
   * paragraph or a blog engine's "posted on … filed under …" line (trafilatura dev 0003, 0963).
   * Labels and headings are always compared on short blocks only.
   */
  patternChars?: number;
  /**
   * The block is never the story, whatever share of the page's text it holds: the guard that spares a
   * token match holding much of the page (holdsTooMuch) is skipped. Only for blocks that say what they
   * are beyond doubt, such as a letter to Internet Explorer users longer than a short story (traf 0585).
   */
  neverStory?: true;
  /**
   * Only inside the extracted article (the post-clean step), never on the whole page before Readability:
   * a page's last lines, taken away, can change the container Readability picks (extract test "falls
   * back to its own container…": without the footer's rights line it took the whole body, menu included).
   */
  insideArticleOnly?: true;
  /**
   * The rule's labels fire only on a block whose whole text is one link or button (a call to action
   * such as "Learn more"), never on a label that opens a line of links ("<b>Learn more</b>: <a>…</a>").
   */
  wholeLink?: true;
  /**
   * A call to action that takes the small box it closes (the pitch's heading and copy around its button,
   * match-clutter.ts): `true` for every label of the rule, or only these of its labels, written as in
   * `labels` (an AI box's "Generate summary", not its "Listen to this article", whose box may hold the
   * story's dek). Only on an article page, and only for a whole link or button.
   */
  takesBox?: true | readonly string[];
  reason: string;
}

/** A per-site quirk: extra rules that apply only when the page's host ends with one of `hosts`. */
export interface SiteRules {
  readonly hosts: readonly string[];
  readonly rules: readonly ClutterRule[];
}
