// The controls of the popup / reader page (src/render/page.html), looked up by id. A missing one is a
// broken page build, so it fails loudly at start-up rather than leaving a dead control.

/** The element with this id and tag name (upper case: 'BUTTON'); throws when the page has none. */
export function pageElement<T extends HTMLElement>(doc: Document, id: string, tag: string): T {
  const element = doc.getElementById(id);
  // By tag name, not instanceof: the tests run the page in a jsdom window of its own.
  if (element?.tagName !== tag) throw new Error(`The page lacks <${tag.toLowerCase()} id="${id}">`);
  return element as T;
}

/** The <button> with this id; throws when the page has none. */
export function button(doc: Document, id: string): HTMLButtonElement {
  return pageElement<HTMLButtonElement>(doc, id, 'BUTTON');
}
