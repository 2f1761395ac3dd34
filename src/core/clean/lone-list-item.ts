// A story that a blog theme prints inside a list item (`<ul><li class="post">`, with the comment form
// in the next item) comes out of the cleaning as a list of one item, which a reader shows as a single
// bullet holding the whole post (fixture post-in-list-item). A list left with one item that holds
// paragraphs is no list: the item's content takes the list's place. Not a removal: nothing goes.
import { walkElements } from './walk';

const LISTS = new Set(['ul', 'ol']);
/** An item of this many paragraphs is a block of text, not a point of a list. */
const MIN_PARAGRAPHS = 2;

/** Replaces each list whose only child is an item of paragraphs by a <div> of that item's content; returns how many. */
export function unwrapLoneListItems(article: Element): number {
  const lists: Element[] = [];
  walkElements(article, (element) => {
    if (LISTS.has(element.localName)) lists.push(element);
  });
  let unwrapped = 0;
  for (const list of lists) {
    const item = list.firstElementChild;
    if (!item || item.localName !== 'li' || item !== list.lastElementChild || !list.parentNode) continue;
    if (item.getElementsByTagName('p').length < MIN_PARAGRAPHS) continue;
    const box = list.ownerDocument.createElement('div');
    while (item.firstChild) box.appendChild(item.firstChild);
    list.parentNode.replaceChild(box, list);
    unwrapped++;
  }
  return unwrapped;
}
