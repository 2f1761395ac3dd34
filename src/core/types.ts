// The plain, serialisable data that the core hands to the extension, the CLI and the tests.
// Nothing here holds a DOM node: every value survives structuredClone and JSON.
import type { RuleCategory, RuleId } from './rules/all-rules';
import type { TagLists } from './tag-lists';

/**
 * Why a block was removed; also the group a user sees under "Show what was removed", in this order.
 * The one list: the type, the fixture schema and the hygiene tests all read it.
 */
export const REMOVAL_CATEGORIES = [
  'ad', 'promo', 'video', 'share', 'newsletter', 'cookie', 'tags', 'comments', 'author-bio', 'trending',
  'related', 'navigation', 'credit', 'hidden', 'residue', 'unsafe',
] as const;
export type RemovalCategory = (typeof REMOVAL_CATEGORIES)[number];

/**
 * One removed block: which rule removed it, what of the rule matched, why, the first 120 characters
 * of its text, and (src/core/restorable.ts) what a reader needs to put it back in its place.
 */
export interface Removal {
  category: RemovalCategory;
  ruleId: string;
  /**
   * What of the rule matched, as the rule data writes it: `class~="ad-slot"`, `[data-ad]`,
   * `label "Advertisement"`, `heading "Comments"`, `pattern /^\d{1,2}:\d{2}$/`, `aria-hidden="true"`.
   * With ruleId it names a per-site exception (ExtractOptions.keep).
   */
  match: string;
  /** Why blocks like it are removed: the rule's reason (src/core/rules/). */
  reason: string;
  text: string;
  /**
   * The block's own markup, to put back on request (src/core/restorable.ts): links absolute, lazy images
   * real, and what the sanitizer drops anyway left out (scripts, styles, class and style attributes).
   * NOT sanitized: page markup is sanitized only when a block is shown (sanitizeRemovedMarkup,
   * src/core/removed-markup.ts), which is also where a block with nothing safe in it is found out.
   * Absent when `unrestorable` says why.
   */
  markup?: string;
  /**
   * Why `markup` is absent: over the size caps (src/core/restorable.ts); `unsafe`, markup that is never
   * shown (the sanitizer's own records, tracking images, a block found to sanitize to nothing when it
   * was put back); or `empty`, a block with no text and no picture (an empty ad slot, a hidden button).
   */
  unrestorable?: 'too-large' | 'unsafe' | 'empty';
  /** Where the block was, relative to the blocks of the article; absent when nothing of the article is near it. */
  anchor?: RemovalAnchor;
}

/**
 * A removal as it is printed for others to read (the CLI's JSON): its markup sanitized into `html`,
 * or `unrestorable: 'unsafe'` when nothing safe was left of it (src/core/removed-markup.ts).
 */
export type SanitizedRemoval = Omit<Removal, 'markup'> & {
  /** The block's sanitized HTML (the article's DOMPurify configuration). */
  html?: string;
};

/**
 * A place in the article: before or after one of its blocks, counted by articleBlocks()
 * (src/core/article-blocks.ts) over the sanitized `Article.html`.
 */
export interface RemovalAnchor {
  /** Index into articleBlocks() of the article's body. */
  block: number;
  side: 'before' | 'after';
  /** The start of that block's text (whitespace collapsed), so a renderer can check it found the same block. */
  text: string;
  /**
   * True when the page had the removed block between two blocks that the article kept; false when it
   * was before the first or after the last (a page header, a sidebar, a footer).
   */
  inside: boolean;
  /** Page order among the removed blocks (0 first): blocks put back at the same place keep it. */
  order: number;
}

/** A per-site exception: the removal of this rule by this match is skipped ("Always keep this on this site"). */
export interface KeepException {
  ruleId: string;
  match: string;
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
  /**
   * Paragraphs of the page's visible main text that the body does not show and no rule removed
   * (src/core/not-shown.ts), in page order; empty when nothing was lost, absent when not checked.
   */
  notShown?: NotShownBlock[];
  /**
   * True when the story as the page shows it stops where the site's paywall begins (src/core/paywall.ts):
   * the clean view ends early by the site's doing. Absent otherwise.
   */
  endsAtPaywall?: true;
  /**
   * The address of the story's next page, when the site splits the story over pages and this is not the
   * last (src/core/clean/story-pages.ts): the article shows this page only. Absent otherwise.
   */
  nextPage?: string;
}

/**
 * Where a not-shown block stood on the page, by the article blocks around it: the start of the text
 * (whitespace collapsed) of the nearest shown block before it and of the nearest one after it.
 */
export interface NotShownAnchor {
  /** null when the block came before everything the article shows. */
  after: string | null;
  /** null when the block came after everything the article shows. */
  before: string | null;
}

/** A paragraph of real prose on the page that the clean view leaves out (src/core/not-shown.ts). */
export interface NotShownBlock {
  /** Sanitized HTML of the block (the article's DOMPurify configuration), links absolute. */
  html: string;
  /** Its text, whitespace collapsed: one paragraph. */
  text: string;
  /** Between the blocks the article shows, or (a run of two or more) after its last. */
  zone: 'inside' | 'after';
  anchor: NotShownAnchor;
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
  'related', 'rules', 'hidden', 'lazy-images', 'embed-fallbacks', 'fallback', 'section-headings', 'focus', 'lead-figure', 'declared-lead', 'residue', 'meta-line',
  'repeated-line', 'repeated-block', 'edge-menu', 'entry-form', 'table-of-contents', 'story-pages', 'teaser-list', 'code-line-numbers', 'code-toolbar', 'open-panels', 'story-asides', 'standards-line', 'pull-quote', 'title-repeat', 'empty-blocks', 'lone-list-item', 'footnote-marks', 'absolute-urls', 'mojibake',
  'sections', 'continuation', 'opening', 'count-bar', 'paywall-note', 'claim-review', 'picture-boxes',
] as const;
export type CleanStepId = (typeof CLEAN_STEPS)[number];

/** What `disable` accepts: a step, one rule (by id) or every rule of a category (src/core/disable.ts checks strings). */
export type DisableId = CleanStepId | RuleId | RuleCategory;

export interface ExtractOptions {
  /** Cleaning step ids to skip (for debugging and for comparing against plain Readability). */
  disable?: readonly DisableId[];
  /**
   * Removals to skip, by rule id and match (the user's per-site exceptions, from the settings): the
   * block stays in the article. Entries that name no rule are ignored: a stored exception may outlive its rule.
   */
  keep?: readonly KeepException[];
  /** Refuse documents with more elements than this (default 200,000): result `too-large`. */
  maxElements?: number;
  /** The window whose DOM implementation DOMPurify should use; defaults to document.defaultView. */
  window?: Window & typeof globalThis;
  /** The detector's verdict on this document when the caller already has it (the page is then not judged twice). */
  verdict?: Verdict;
  /**
   * Whether an element of the given document is visible, in a browser (`el.checkVisibility()`): a
   * block the page itself hides is never reported as not shown. Without it, only the hidden
   * attribute, aria-hidden and an inline display/visibility style count.
   */
  isVisible?: (element: Element) => boolean;
  /**
   * How Readability finds elements by tag (src/core/tag-lists.ts): 'walk', the default, is faster in
   * jsdom (CLI, bench, tests); 'query' is faster in browsers, where the cleaner passes it.
   */
  tagLists?: TagLists;
}
