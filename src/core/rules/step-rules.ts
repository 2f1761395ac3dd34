// The removals that no rule table makes: cleaning steps with a test of their own (hidden blocks, the
// page chrome around a marked-up story, the related list, residue inside the article, the sanitizer).
// Data only, as the tables are: each removal record takes its rule id, category, reason and (where the
// step has a fixed test) its match from here, so the Removed list says why in the same words.
import type { CleanStepId, RemovalCategory } from '../types';

export interface StepRule {
  /** Kebab-case; never the id of a table rule (a test checks). */
  readonly id: string;
  readonly category: RemovalCategory;
  readonly reason: string;
  /** The match every record of this step carries, when the step has one test. */
  readonly match?: string;
  /**
   * The step that a per-site exception for this rule switches off on the site (keeping one page-chrome
   * block keeps the page chrome: the story is no longer cut out of the page there). Absent: the step
   * checks each match itself.
   */
  readonly step?: CleanStepId;
}

export const STEP_RULES = {
  hidden: {
    id: 'hidden',
    category: 'hidden',
    reason: 'hidden on the page (readers of the page never see it), and not a panel the page opens on demand',
  },
  pageChrome: {
    id: 'page-chrome',
    category: 'navigation',
    // Each record's match names its block (chromeMatch), so keeping one block keeps that block only.
    reason: 'page chrome around the story (navigation, sidebars, footers), cut away because the page marks up where its story is',
  },
  relatedList: {
    id: 'related-list',
    category: 'related',
    match: 'related-links block',
    reason: 'a list of links to other stories; its links are listed under Related',
  },
  metaLine: {
    id: 'meta-line',
    category: 'residue',
    match: 'date line at the top of the story',
    reason: "the story's byline and date line; the date and the byline are shown above the article",
    step: 'meta-line',
  },
  closingDate: {
    id: 'closing-date',
    category: 'residue',
    match: 'date line at the end of the story',
    reason: "the story's publication date printed under it; the date is shown above the article",
    step: 'meta-line',
  },
  endHeading: {
    id: 'end-heading',
    category: 'residue',
    match: 'heading with nothing under it at the end of the story',
    reason: 'a heading left at the end of the story with nothing under it (the block it headed was not the story)',
    step: 'empty-blocks',
  },
  headerScrap: {
    id: 'header-scrap',
    category: 'residue',
    match: 'date, "By" or player line above the first paragraph',
    reason: "a scrap of the story's header: a second date line, the word before a byline's name, an audio player's length or speed",
    step: 'meta-line',
  },
  sectionKicker: {
    id: 'section-kicker',
    category: 'residue',
    match: "one short link to a section of the site as the body's first line",
    reason: "the story's section printed above its headline (a kicker); the headline went as the title, the label stayed",
    step: 'title-repeat',
  },
  repeatedLine: {
    id: 'repeated-line',
    category: 'residue',
    match: 'same text as the line before',
    reason: 'a short line printed twice in a row (a caption or a video title repeated by its widget)',
    step: 'repeated-line',
  },
  repeatedBlock: {
    id: 'repeated-block',
    category: 'residue',
    match: 'a container with the same text, or the same lines of prose, as the one before it, 200 characters or more',
    reason: "a layout printed again right after itself (a site builder's layout for another screen size, holding the whole story once more)",
    step: 'repeated-block',
  },
  cutOffPreview: {
    id: 'cut-off-preview',
    category: 'residue',
    match: 'paragraph ending in an ellipsis whose words open a block soon after it',
    reason: 'the opening of the text shown cut off above a "Read more" button, the whole text following it',
    step: 'repeated-block',
  },
  edgeMenu: {
    id: 'edge-menu',
    category: 'navigation',
    match: "list of short links before the story's first paragraph or after its last",
    reason: 'a menu of section links that the page kept in the story container, at its edge; not part of the story',
    step: 'edge-menu',
  },
  entryForm: {
    id: 'entry-form',
    category: 'residue',
    match: 'form without prose, in the story',
    reason: 'a form to fill in (sign-up, contact, comment); its fields are never shown, and its labels are not the story',
    step: 'entry-form',
  },
  countBar: {
    id: 'count-bar',
    category: 'share',
    match: 'buttons with only counts beside them',
    reason: 'like, clap, reply and repost buttons with their counts; the buttons cannot be used in the reader, and the counts alone read as stray numbers',
    step: 'count-bar',
  },
  tableOfContents: {
    id: 'table-of-contents',
    category: 'navigation',
    match: 'list of links to places on the same page',
    reason: "the page's table of contents: its entries repeat the story's own headings",
    step: 'table-of-contents',
  },
  pullQuote: {
    id: 'pull-quote',
    category: 'residue',
    match: "quote block whose words stand (or nearly) in one of the story's paragraphs or two adjacent ones",
    reason: 'a pull quote: a sentence of the story printed again, large, between its paragraphs',
    step: 'pull-quote',
  },
  codeLineNumbers: {
    id: 'code-line-numbers',
    category: 'residue',
    match: 'code block of consecutive line numbers beside a code block of as many lines',
    reason: "a code highlighter's line numbers, printed as a block of their own beside the code; not part of the code",
    step: 'code-line-numbers',
  },
  codeToolbar: {
    id: 'code-toolbar',
    category: 'residue',
    match: "line beside a code block of only its language's name or a copy label",
    reason: "a code highlighter's toolbar (the language's name, a copy button), printed as a line of its own beside the code; not part of the story",
    step: 'code-toolbar',
  },
  standardsLine: {
    id: 'standards-line',
    category: 'credit',
    match: "short line linking to the publisher's standards, at the end of the story",
    reason: "the publisher's pointer to its editorial standards or trust principles, printed under every story; not part of this one",
    step: 'standards-line',
  },
  teaserList: {
    id: 'teaser-list',
    category: 'related',
    match: "cards linking to other stories of the site, after the story's last paragraph",
    reason: 'teasers of other stories that the page printed under this one; their links are listed under Related',
    step: 'teaser-list',
  },
  storyPages: {
    id: 'story-pages',
    category: 'navigation',
    match: 'links to the other pages of this story, in the story',
    reason: "the page links of a story split over several pages (\"Page 1 of 3\", \"Next page\"); not part of the story's text",
    step: 'story-pages',
  },
  titleRepeat: {
    id: 'title-repeat',
    category: 'residue',
    match: 'same text as the title',
    reason: 'the headline repeated at the top of the body; it is shown as the title',
    step: 'title-repeat',
  },
  sanitize: {
    id: 'sanitize',
    category: 'unsafe',
    reason: 'markup that could run code, submit data or load other pages (scripts, forms, frames); never shown',
  },
  trackingImage: {
    id: 'tracking-image',
    category: 'hidden',
    reason: 'an image the page hides or shrinks to a pixel: a tracking beacon, never a picture to read',
  },
  brokenImageUrl: {
    id: 'broken-image-url',
    category: 'unsafe',
    reason: 'an image address holding markup, quotes or line breaks: an unclosed attribute quote swallowed the page around it',
  },
} as const satisfies Record<string, StepRule>;

/** A class or id that looks generated (has a digit run or a long hex run) names no block for good. */
const GENERATED = /\d{3,}|[0-9a-f]{6,}|^_/i;

/**
 * The match of a page-chrome record: the block as a simple selector (`<nav#site-nav>`,
 * `<aside.sidebar>`, `<footer>`), stable across visits unless the page generates its names.
 */
export function chromeMatch(element: Element): string {
  const tag = element.localName;
  const id = element.id && !GENERATED.test(element.id) ? element.id : '';
  if (id) return `outside the story: <${tag}#${id}>`;
  const cls = (element.getAttribute('class') ?? '').split(/\s+/).find((c) => c && !GENERATED.test(c));
  return `outside the story: <${tag}${cls ? `.${cls}` : ''}>`;
}

/** The matches of the hidden step, by what it saw (match-clutter.ts). */
export const HIDDEN_MATCHES = {
  attribute: '[hidden]',
  aria: 'aria-hidden="true"',
  style: 'style="display:none" or "visibility:hidden"',
} as const;
