// The story's section printed as a link above its headline (a kicker: "Politics", "ជាតិ", "Wirtschaft").
// Readability drops the headline that repeats the title, and keeps the header box around it; the kicker is
// then the body's first line, a link to the site's section front. What makes it one on any site and in any
// language: the body's first line is one short link and nothing else, to a page of the same site whose
// address is a section's (shorter than the story's, or a folder the story's address lies in), not a
// person's. A longer line, a line with words beside its link, a link to the story itself, to another site
// or to an author page stays.
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import type { StorySource } from './story-pages';

/** A section's name: at most this long… */
const MAX_KICKER_CHARS = 30;
/** …and this many words. */
const MAX_KICKER_WORDS = 3;
/** A section front's path has at most this many parts ("/news/world"). */
const MAX_SECTION_PARTS = 2;
/** A person's page, not a section's: an author's, a member's, a profile. */
const PERSON_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:authors?|autor(?:es|en)?|auteurs?|u|users?|members?|profiles?|people|persons?|staff|contributors?|writers?|journalists?|by)(?:\/|$)/i;
/** Blocks that make a line of their own; an inline box is one only as a child of the body itself. */
const LINE_BLOCKS = new Set(['p', 'div', 'header', 'section']);

const flat = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The path's parts, without empty ones and an index file. */
function parts(path: string): string[] {
  return path.split('/').filter((part) => part && !/^index\.\w+$/i.test(part));
}

/**
 * Whether `href` leads to a section front of the story's own site: the site of the address it was read
 * at or of the one it declares (a copy served from a local mirror or 127.0.0.1 is read by its canonical
 * address), a section of that address.
 */
function isSectionLink(href: string, source: StorySource): boolean {
  let stories: URL[];
  let link: URL;
  try {
    stories = [new URL(source.site || source.url), new URL(source.url)];
    link = new URL(href, source.base ?? source.url);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(link.protocol) || link.hash || PERSON_PATH.test(link.pathname)) return false;
  const section = parts(link.pathname);
  if (section.length === 0 || section.length > MAX_SECTION_PARTS || section.some((part) => /^\d+$/.test(part))) return false;
  if (!stories.some((story) => story.host === link.host)) return false;
  return stories.some((story) => {
    const own = parts(story.pathname);
    if (section.join('/') === own.join('/')) return false;
    return section.every((part, i) => own[i] === part) || section.length < own.length;
  });
}

/** The body's first element with text (a caption aside), and its first text node's link when that link is all of it. */
function openingLink(article: Element): { block: Element; link: Element } | null {
  const doc = article.ownerDocument;
  const walker = doc.createTreeWalker(article, 4 /* NodeFilter.SHOW_TEXT */);
  let node = walker.nextNode();
  // A lead picture's caption put back above the body (lead-figure.ts) is not the body's first line.
  while (node && (!flat(node.nodeValue) || node.parentElement?.closest('figcaption'))) node = walker.nextNode();
  const link = node?.parentElement?.closest('a');
  if (!link || !article.contains(link) || link === article) return null;
  const text = flat(link.textContent);
  // The outermost box that holds only the link: the line it stands on.
  let block: Element = link;
  for (let up = link.parentElement; up && up !== article && flat(up.textContent) === text; up = up.parentElement) block = up;
  // A link that opens a line of more text ("<p><a>serviscope_minor</a> shares a post: …</p>") is not one.
  if (!LINE_BLOCKS.has(block.localName) && block.parentElement !== article) return null;
  return { block, link };
}

/** Removes the section kicker at the top of a story's body (see above), in place; returns what went. */
export function removeSectionKicker(article: Element, source: StorySource): Removal[] {
  const opening = openingLink(article);
  if (!opening) return [];
  const text = flat(opening.link.textContent);
  if (text.length > MAX_KICKER_CHARS || text.split(' ').length > MAX_KICKER_WORDS || /\d/.test(text) || /[.!?:]$/.test(text)) return [];
  if (opening.block.querySelector('img, picture, svg, video')) return [];
  if (!isSectionLink(opening.link.getAttribute('href') ?? '', source)) return [];
  // The story goes on below it.
  if (flat(article.textContent).length <= text.length * 4) return [];
  const removal = recordRemoval(opening.block, STEP_RULES.sectionKicker, STEP_RULES.sectionKicker.match);
  opening.block.remove();
  return [removal];
}
