// The post-clean step: residue that survives Readability inside the article — ad labels and video
// durations it kept as paragraphs, repeated caption lines, a layout printed twice in a row, an opening
// shown cut off above its whole text, section menus at the story's edges, a repeated headline, forms to
// fill in, tables of contents, a story's page links, pull quotes, empty blocks; and a story left inside
// a list of one item is taken out of it.
import type { Removal } from '../types';
import type { ClutterRule } from '../rules/rule-types';
import type { Disabled } from '../disable';
import { matchClutter } from './match-clutter';
import { normalizeLabel } from './compile-rules';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { removeRepeatedLines } from './video-debris';
import { removeCutOffPreviews, removeRepeatedBlocks } from './repeated-blocks';
import { removeEdgeMenus } from './edge-menus';
import { removeEntryForms } from './entry-forms';
import { removeContentsLists } from './table-of-contents';
import { removePullQuotes } from './pull-quotes';
import { removeStoryPagers } from './story-pages';
import type { StorySource } from './story-pages';
import { codeBlocksIn, removeCodeLineNumbers } from './code-line-numbers';
import { removeCodeToolbars } from './code-toolbars';
import { removeStandardsLine } from './standards-line';
import { unwrapLoneListItems } from './lone-list-item';
import { walkElements } from './walk';
import { removeSectionKicker } from './section-kicker';
import { VISIBLE_CHAR } from '../text';
import { listOf } from '../tag-lists';

// Local names, checked in a hand walk: a selector list over the whole article cost more than the rest of the step.
const EMPTY_CANDIDATES = new Set(['p', 'div', 'section', 'span', 'li', 'ul', 'ol', 'figure', 'aside', 'header', 'footer', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'strong', 'em', 'b', 'i']);
const MEDIA_TAGS = ['img', 'picture', 'video', 'audio', 'svg', 'canvas', 'math', 'table', 'hr', 'iframe'];
const MEDIA = new Set(MEDIA_TAGS);
/** Inline candidates: one that holds only white space (`makes<span>&nbsp;</span><a>iPhones</a>`) leaves a space. */
const INLINE = new Set(['span', 'a', 'strong', 'em', 'b', 'i']);

/** Removes residue from the extracted article element in place and returns what went (`source`: where the story is). */
export function postClean(article: Element, rules: readonly ClutterRule[], title: string, disabled: Disabled, isArticle: boolean, source: StorySource): Removal[] {
  const removed: Removal[] = [];
  const stats = { paragraphChars: (article.textContent ?? '').length, main: null, mainChars: 0, protectedSet: new Set<Element>([article]) };
  for (const match of matchClutter(article, rules, stats, { disabled, hidden: false, isArticle })) {
    match.element.remove();
    removed.push(match.removal);
  }
  if (!disabled.step('repeated-line')) removed.push(...removeRepeatedLines(article));
  if (!disabled.step('repeated-block')) removed.push(...removeRepeatedBlocks(article), ...removeCutOffPreviews(article));
  if (!disabled.step('edge-menu')) removed.push(...removeEdgeMenus(article));
  if (!disabled.step('entry-form')) removed.push(...removeEntryForms(article));
  if (!disabled.step('table-of-contents')) removed.push(...removeContentsLists(article));
  if (!disabled.step('story-pages')) removed.push(...removeStoryPagers(article, source));
  codeLineBreaks(article);
  if (!disabled.step('code-line-numbers')) removed.push(...removeCodeLineNumbers(article));
  if (!disabled.step('code-toolbar')) removed.push(...removeCodeToolbars(article));
  if (!disabled.step('standards-line')) removed.push(...removeStandardsLine(article));
  // Only in a story: a forum reply quotes an earlier post word for word, and that quote is the reply's context.
  if (isArticle && !disabled.step('pull-quote')) removed.push(...removePullQuotes(article));
  const wantedTitle = normalizeLabel(title);
  if (wantedTitle && !disabled.step('title-repeat')) {
    const first = isArticle ? null : article.querySelector('h1, h2, h3, p');
    const repeat = isArticle ? openingTitleRepeat(article, wantedTitle) : first && normalizeLabel(first.textContent ?? '') === wantedTitle ? first : null;
    if (repeat) {
      removed.push(recordRemoval(repeat, STEP_RULES.titleRepeat, STEP_RULES.titleRepeat.match));
      repeat.remove();
    }
  }
  if (isArticle && !disabled.step('title-repeat')) removed.push(...removeSectionKicker(article, source));
  if (!disabled.step('empty-blocks')) {
    removeEmptyBlocks(article);
    const heading = endHeading(article);
    if (heading) {
      removed.push(recordRemoval(heading, STEP_RULES.endHeading, STEP_RULES.endHeading.match));
      heading.remove();
    }
  }
  // After the removals: the comment form's item had made the post's list one of two.
  if (!disabled.step('lone-list-item')) unwrapLoneListItems(article);
  spaceCaptionParts(article);
  return removed;
}

/**
 * Blocks with text at the top of a story's body the headline is looked for among: a kicker or a section
 * label may stand above it. On other pages only the first heading or paragraph, as before: a product's
 * or a service's name printed under a few lines of its own is the page's text (WCXB 0624, 0599, 0066).
 */
const TITLE_REPEAT_BLOCKS = 3;
/** A block this long is the story's prose (or its standfirst): the headline is not looked for below it. */
const TITLE_REPEAT_PROSE_CHARS = 80;
const TITLE_BLOCKS = new Set(['h1', 'h2', 'h3', 'p']);

/**
 * The headline printed again at the top of the body: the first of its few opening blocks that reads as
 * the title. Readability drops such a heading itself only when their words match by its ASCII word
 * split, which finds no words in Khmer, Thai, Chinese or Japanese; and a section's name above the
 * headline ("ជាតិ", "Opinion") made the first block not the headline.
 */
function openingTitleRepeat(article: Element, wantedTitle: string): Element | null {
  let found: Element | null = null;
  let blocks = 0;
  walkElements(article, (element) => {
    if (!TITLE_BLOCKS.has(element.localName)) return undefined;
    const label = normalizeLabel(element.textContent ?? '');
    if (!label) return 'skip';
    if (label === wantedTitle) {
      found = element;
      return 'stop';
    }
    const long = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length >= TITLE_REPEAT_PROSE_CHARS;
    return long || ++blocks >= TITLE_REPEAT_BLOCKS ? 'stop' : 'skip';
  });
  return found;
}

const END_HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The story's last heading when nothing comes after it: the block it headed was taken out (a club's
 * "Next match" over its fixture card, a "More on this" over links) and the heading stayed (probe ring
 * institutions). Only when the story has text before it, and nothing at all, not even a picture, after.
 */
function endHeading(article: Element): Element | null {
  let last: Element | null = null;
  for (let element = article.lastElementChild; element; ) {
    if ((element.textContent ?? '').trim() || element.querySelector('img, picture, video, iframe, svg, table')) {
      last = element;
      if (END_HEADINGS.has(element.tagName) || !element.lastElementChild) break;
      element = element.lastElementChild;
    } else element = element.previousElementSibling;
  }
  if (!last || !END_HEADINGS.has(last.tagName)) return null;
  // A heading that ends as a sentence or a quote ends is the story's own line set large (a closing
  // sentence, a reader's quote), not a title over something.
  if (/[.”"»]$/.test((last.textContent ?? '').trim())) return null;
  // Nothing after it in any block that holds it.
  for (let at: Element | null = last; at && at !== article; at = at.parentElement) {
    for (let next = at.nextSibling; next; next = next.nextSibling) {
      if ((next.textContent ?? '').trim() || (next.nodeType === 1 && (next as Element).querySelector('img, picture, video, iframe, svg, table'))) return null;
    }
  }
  const before = (article.textContent ?? '').length - (last.textContent ?? '').length;
  return before >= 200 ? last : null;
}

/**
 * A code block whose lines the page ends with <br>s (Medium: `<pre><span>line<br>line</span></pre>`):
 * each <br> becomes the line end it shows as, so that the text, the Markdown and the line-number check
 * read the code's lines, not one run-together line. The block looks the same.
 */
function codeLineBreaks(article: Element): void {
  for (const pre of codeBlocksIn(article)) {
    for (const br of listOf(pre.getElementsByTagName('br'))) br.replaceWith(pre.ownerDocument.createTextNode('\n'));
  }
}

/**
 * A caption printed as parts side by side with nothing between them, which the page's stylesheet sets
 * on lines of their own ("<span>… for two hours.</span><span>Callie Navarro for The Daily Ledger</span>"):
 * without it they run together ("hours.Callie"). A space goes between two such parts.
 */
function spaceCaptionParts(article: Element): void {
  for (const caption of listOf(article.getElementsByTagName('figcaption'))) {
    for (let part = caption.firstElementChild?.nextElementSibling ?? null; part; part = part.nextElementSibling) {
      const before = part.previousSibling;
      if (!before || before.nodeType !== 1) continue;
      const left = before.textContent ?? '';
      const right = part.textContent ?? '';
      if (left.trim() && right.trim() && !/\s$/.test(left) && !/^\s/.test(right)) caption.insertBefore(caption.ownerDocument.createTextNode(' '), part);
    }
  }
}

/** Whether a media element stands under the element (a walk: the blocks asked are small and without text). */
function holdsMedia(element: Element): boolean {
  let found = false;
  walkElements(element, (inner) => {
    if (!MEDIA.has(inner.localName)) return undefined;
    found = true;
    return 'stop';
  });
  return found;
}

/**
 * The separators that stood between buttons or links once those went: " · · " under a story whose like,
 * comment and share buttons were removed, a lone "|". One or two of them; a scene break ("* * *",
 * "· · ·", "•••") has three and is not one. Only a block of them goes: a "|" in a <span> between two
 * links of a line stays.
 */
function isLoneSeparators(text: string): boolean {
  return /^[\s·|•]+$/.test(text) && (text.match(/[·|•]/g) ?? []).length <= 2;
}

/**
 * Drops elements with neither text (or only a separator or two: isLoneSeparators) nor media, innermost
 * first (not reported: nothing to show); zero-width characters are no text (text.ts VISIBLE_CHAR). An inline element whose only text is white space (a
 * no-break space counts) is replaced by one space, so that the words around it stay apart (WCXB 0344 read "makesiPhones").
 */
export function removeEmptyBlocks(root: Element): void {
  const candidates: Element[] = [];
  walkElements(root, (element) => {
    if (EMPTY_CANDIDATES.has(element.localName)) candidates.push(element);
  });
  for (let i = candidates.length - 1; i >= 0; i--) {
    const element = candidates[i];
    const text = element?.textContent ?? '';
    if (!element || (VISIBLE_CHAR.test(text) && (INLINE.has(element.localName) || !isLoneSeparators(text)))) continue;
    if (MEDIA.has(element.localName) || holdsMedia(element)) continue;
    if (element.id && element.tagName === 'A') continue;
    // In code, white space is the layout: a highlighter's span holding a line's end (Hugo's
    // <span class="w">\n</span>) stays as the text it holds.
    if (text && INLINE.has(element.localName)) element.replaceWith(element.ownerDocument.createTextNode(element.closest('pre') ? text : ' '));
    else element.remove();
  }
}
