// The story's last part in a block after the one Readability kept. Readability scores a paragraph's
// parent and grandparent fully, its further ancestors little; a sibling block of the body joins the
// result when its score passes a threshold. A CMS that stores the rest of the story in another field,
// its paragraphs three or four wrappers down (Drupal's "Paragraphs" field after the body field:
// `field--name-body` + `field--name-field-paragraphs > field__item > paragraph > field--name-field-text
// > p`, probe ring cms3), gives that sibling almost no score, and the story ends halfway.
//
// Put back only a block that stands right after the kept body in the same container (nothing with text
// between them), built as the body is (a class name they share that is not a layout role or a state),
// inside our own pick of the story's container, holding two or more of the pick's paragraphs that
// Readability left out, made of them (links under MAX_LINK_SHARE of its text, the missed paragraphs at
// least MIN_PROSE_SHARE of it) and with no line that is only a date (a teaser's, a comment's). On
// articles only. Comments and a blog's sidebar are not counted (the snapshot leaves what the pick marks
// as beside the story out), and the page's clutter rules have already run on the preparation it is
// copied from. Each condition was met by something else on the dev sets: docs/benchmark-log.md,
// session 32.
import { isHeaderScrap } from './meta-line';
import { SAMPLE_CHARS } from './story-coverage';
import type { PickSnapshot } from './story-coverage';
import { listOf } from '../tag-lists';
import { orderedSearch } from '../ordered-search';

/** At least this many of the pick's paragraphs after the kept ones, and this much of their text. */
const MIN_PARAGRAPHS = 2;
const MIN_CHARS = 200;
/** A block of prose: its links' text at most this share of its text. */
const MAX_LINK_SHARE = 0.3;
/** The missed paragraphs' text is at least this share of the block's text (not a card list with summaries). */
const MIN_PROSE_SHARE = 0.8;
/** What the rest of the story may be, at most, beside what Readability kept (not a second story). */
const MAX_GROWTH = 2;

const flat = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The pick's paragraphs after the last one Readability kept that it left out, with that last kept
 * one; null when there are too few of them, or too many to be the same story's.
 */
export function trailingParagraphs(pick: PickSnapshot, keptText: string): { lastKept: string; missed: string[] } | null {
  let last = -1;
  const holds = orderedSearch(keptText);
  pick.paragraphs.forEach((text, i) => {
    if (holds(text.slice(0, SAMPLE_CHARS))) last = i;
  });
  const lastKept = pick.paragraphs[last];
  if (lastKept === undefined) return null;
  const missed = pick.paragraphs.slice(last + 1).filter((text) => !holds(text.slice(0, SAMPLE_CHARS)));
  const chars = missed.reduce((sum, text) => sum + text.length, 0);
  return missed.length >= MIN_PARAGRAPHS && chars >= MIN_CHARS && chars <= MAX_GROWTH * keptText.length ? { lastKept, missed } : null;
}

/** The deepest element under `root` whose text begins with the paragraph's opening. */
function paragraphElement(root: Element, paragraph: string): Element | null {
  const sample = paragraph.slice(0, SAMPLE_CHARS);
  let found: Element | null = null;
  const visit = (element: Element): void => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      const text = flat(child.textContent);
      if (!text.includes(sample)) continue;
      if (text.startsWith(sample)) found = child;
      visit(child);
      return;
    }
  };
  visit(root);
  return found;
}

/** The child of `ancestor` that holds `element` (or is it). */
function childHolding(ancestor: Element, element: Element): Element | null {
  let cur: Element | null = element;
  while (cur && cur.parentElement !== ancestor) cur = cur.parentElement;
  return cur;
}

/**
 * Class names that lay a page out or say its state, and nothing of what a block holds: Bootstrap's and
 * Tailwind's utilities, and any name whose last word is a layout role or a state (a builder's
 * "brxe-section", "elementor-column", "bricks-lazy-hidden"). A page builder names every section alike.
 */
const LAYOUT_CLASS = /^(?:clearfix|d-.*|[mp][xytblrse]?-\d.*|w-.*|h-.*|js-.*|is-.*|has-.*)$|(?:^|[-_])(?:rows?|cols?|columns?|container|wrap|wrapper|inner|outer|block|blocks|section|sections|content|grid|flex|cell|layout|hidden|visible|lazy|loaded|active)$/;

/**
 * Whether the kept body and the block after it are of one kind: they share a class name that is not
 * layout (Drupal's "field" on the body field and on the Paragraphs field; a builder's "text-block"). A
 * comment thread, a teaser list or a sidebar after the body is classed for what it is.
 */
function builtAlike(body: Element, rest: Element): boolean {
  const own = new Set(Array.from(body.classList).filter((name) => !LAYOUT_CLASS.test(name)));
  return Array.from(rest.classList).some((name) => own.has(name));
}

/** Whether a line of the block is a date or a time alone: a teaser's or a comment's, never the story's ("March 29, 2025", "2 years ago", "vor 3 Tagen"). */
function hasDateLine(block: Element): boolean {
  for (const element of Array.from(block.querySelectorAll('*'))) {
    if (element.childElementCount > 0) continue;
    const text = flat(element.textContent);
    // isHeaderScrap tells relative times too ("2 years ago", "hace 3 días").
    if (text && text.length <= 40 && isHeaderScrap(text)) return true;
  }
  return false;
}

function linkShare(block: Element): number {
  const text = flat(block.textContent).length;
  if (!text) return 1;
  let links = 0;
  for (const a of listOf(block.getElementsByTagName('a'))) links += flat(a.textContent).length;
  return links / text;
}

/**
 * The blocks of the page (from `pick`, a fresh preparation's container) that carry the story on after
 * the part Readability kept, in order; [] when the missed paragraphs are not such a block's.
 */
export function continuationBlocks(pick: Element, lastKept: string, missed: readonly string[]): Element[] {
  const first = missed[0];
  if (!first) return [];
  const kept = paragraphElement(pick, lastKept);
  const next = paragraphElement(pick, first);
  if (!kept || !next || kept.contains(next) || next.contains(kept)) return [];
  // Their closest common container, inside the pick.
  let common: Element | null = kept.parentElement;
  while (common && !common.contains(next)) common = common.parentElement;
  if (!common || !pick.contains(common)) return [];
  const body = childHolding(common, kept);
  const rest = childHolding(common, next);
  if (!body || !rest || body === rest || !builtAlike(body, rest)) return [];
  // Right after the kept body: nothing with text between them.
  for (let between = body.nextElementSibling; between !== rest; between = between.nextElementSibling) {
    if (!between || flat(between.textContent)) return [];
  }
  const samples = missed.map((text) => text.slice(0, SAMPLE_CHARS));
  const blocks: Element[] = [];
  let carried = 0;
  for (let block: Element | null = rest; block; block = block.nextElementSibling) {
    const text = flat(block.textContent);
    if (!text) continue;
    const own = samples.filter((sample) => text.includes(sample));
    if (!own.length) break;
    const prose = missed.filter((paragraph) => text.includes(paragraph.slice(0, SAMPLE_CHARS))).reduce((sum, paragraph) => sum + paragraph.length, 0);
    if (linkShare(block) > MAX_LINK_SHARE || prose < MIN_PROSE_SHARE * text.length || block.querySelector('form, nav, aside, [role="complementary"]') || hasDateLine(block)) break;
    blocks.push(block);
    carried += own.length;
  }
  return carried >= MIN_PARAGRAPHS ? blocks : [];
}
