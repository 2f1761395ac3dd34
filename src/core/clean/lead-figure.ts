// The story's lead picture. Readability scores text, so a hero <figure> that sits in the <article>
// before the body container (fixture lazy-images) is often left out of its result, and the reader
// then opens without the picture the story leads with. The figure is copied from the prepared clone
// before Readability runs (lazy images already real) and put back in front when it went missing.
import type { PageStats } from './main-content';
import { walkElements } from './walk';

/** Elements looked at from the top of the story before giving up. */
const SCAN_LIMIT = 60;
/** A paragraph this long means the story text has started: a picture further down is not the lead. */
const PROSE_CHARS = 80;
/** Declared sizes below this are icons, avatars or logos. */
const MIN_SIDE = 100;
const NOT_A_PHOTO = /logo|icon|avatar|sprite|badge|placeholder/i;
const PICTURE_TAGS = new Set(['FIGURE', 'PICTURE', 'IMG']);

function isPhoto(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  if (!/^https?:|^\/|^\.|^[\w-]+\//i.test(src) || NOT_A_PHOTO.test(src)) return false;
  for (const side of ['width', 'height']) {
    const value = Number(img.getAttribute(side) ?? '');
    if (value > 0 && value < MIN_SIDE) return false;
  }
  return true;
}

/** The <img> a picture element shows: itself, or its first descendant <img>. */
function imageOf(element: Element): Element | null {
  return element.tagName === 'IMG' ? element : element.getElementsByTagName('img')[0] ?? null;
}

/**
 * A detached copy of the story's lead picture (the first figure, picture or photo in the story before
 * its text starts), or null. The story is the <article> measurePage found, or the parent of an
 * itemprop=articleBody (the picture sits beside the body there).
 */
export function copyLeadFigure(stats: PageStats): Element | null {
  const main = stats.main;
  if (!main) return null;
  const story = main.tagName === 'ARTICLE' ? main : main.parentElement;
  if (!story || story.tagName === 'BODY' || story.tagName === 'MAIN') return null;
  let found: Element | null = null;
  let seen = 0;
  walkElements(story, (element) => {
    if (++seen > SCAN_LIMIT) return 'stop';
    if (element.tagName === 'P' && (element.textContent ?? '').trim().length >= PROSE_CHARS) return 'stop';
    if (!PICTURE_TAGS.has(element.tagName)) return undefined;
    const img = imageOf(element);
    if (img && isPhoto(img)) found = element;
    return found ? 'stop' : 'skip';
  });
  const lead = found as Element | null;
  return lead ? (lead.cloneNode(true) as Element) : null;
}

/** Puts the lead picture at the top of the article unless the article already shows that image. */
export function restoreLeadFigure(article: Element, figure: Element): boolean {
  const src = imageOf(figure)?.getAttribute('src');
  if (!src) return false;
  for (const img of Array.from(article.getElementsByTagName('img'))) if (img.getAttribute('src') === src) return false;
  const copy = article.ownerDocument.importNode(figure, true);
  const first = article.firstElementChild;
  // Readability wraps its result in one <div>: the picture goes inside it, before the first block.
  const into = first && first.tagName === 'DIV' && first.nextElementSibling === null ? first : article;
  into.insertBefore(copy, into.firstChild);
  return true;
}
