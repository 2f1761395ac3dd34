// Menus that Readability keeps at the edges of a story: a list of section links (Politik, Wirtschaft,
// Sport…) that shared the story's container, before its first paragraph or after its last one
// (fixture menu-in-story: a `<ul role="directory">` of sections above the headline). A list of links
// inside the story (sources, "see also" with whole headlines) is left alone: it is not at an edge, or
// its entries are longer than menu labels.
import type { Removal } from '../types';
import { removalText } from './compile-rules';
import { walkElements } from './walk';

/** A menu has at least this many entries… */
const MIN_ENTRIES = 3;
/** …each one link of at most this many words. */
const MAX_ENTRY_WORDS = 3;
/** A paragraph this long is story text: menus are looked for only before the first and after the last. */
const PROSE_CHARS = 80;
const LIST_TAGS = new Set(['UL', 'OL', 'MENU']);

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Whether every entry of a list is one short link and nothing else. */
function isMenu(list: Element): boolean {
  let entries = 0;
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    if (item.tagName !== 'LI') return false;
    const links = item.getElementsByTagName('a');
    const text = flat(item.textContent);
    if (!text) continue;
    const link = links[0];
    if (links.length !== 1 || !link?.hasAttribute('href') || flat(link.textContent) !== text) return false;
    if (text.split(' ').length > MAX_ENTRY_WORDS) return false;
    entries++;
  }
  return entries >= MIN_ENTRIES;
}

/** Removes section menus before the story's first paragraph and after its last one; returns what went. */
export function removeEdgeMenus(article: Element): Removal[] {
  const lists: Element[] = [];
  const prose: Element[] = [];
  walkElements(article, (element) => {
    if (LIST_TAGS.has(element.tagName)) {
      lists.push(element);
      return 'skip';
    }
    if (element.tagName === 'P' && flat(element.textContent).length >= PROSE_CHARS) prose.push(element);
    return undefined;
  });
  const first = prose[0];
  const last = prose[prose.length - 1];
  if (!first || !last) return [];
  const removed: Removal[] = [];
  for (const list of lists) {
    const before = (list.compareDocumentPosition(first) & 4) !== 0;
    const after = (last.compareDocumentPosition(list) & 4) !== 0;
    if ((before || after) && isMenu(list)) {
      removed.push({ category: 'navigation', ruleId: 'edge-menu', text: removalText(list) });
      list.remove();
    }
  }
  return removed;
}
