// The objects a page's JSON-LD blocks declare, for the readers that look for one kind of node in them
// (a fact-check's ClaimReview, a paywall's isAccessibleForFree): each block parsed once it is reached,
// its nodes visited breadth first through arrays and the keys given, within fixed bounds, as a
// generator, so a reader stops where it found what it wanted. A malformed block says nothing.
import { listOf } from './tag-lists';

/** Work bound: never more blocks, nodes a block, or items of one array than these. */
const MAX_BLOCKS = 8;
const MAX_NODES = 400;
const MAX_ITEMS = 50;

/** Every object node of the page's JSON-LD blocks, following arrays and the `keys` that hold nodes. */
export function* jsonLdNodes(doc: Document, keys: readonly string[]): Generator<Record<string, unknown>> {
  // By tag, then by type: under jsdom an attribute selector is matched against every element of the page.
  const scripts = listOf(doc.getElementsByTagName('script')).filter((script) => (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json').slice(0, MAX_BLOCKS);
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < MAX_NODES; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        queue.push(...node.slice(0, MAX_ITEMS));
        continue;
      }
      if (node === null || typeof node !== 'object') continue;
      const record = node as Record<string, unknown>;
      yield record;
      for (const key of keys) if (record[key] !== null && typeof record[key] === 'object') queue.push(record[key]);
    }
  }
}
