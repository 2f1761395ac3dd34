// Declarative shadow DOM for jsdom. A browser's parser turns <template shadowrootmode="open"> into
// its parent's shadow root; jsdom 29 leaves it an inert template. Saved copies of pages hold their
// shadow trees this way (SingleFile, getHTML({serializableShadowRoots})), and so do pages rendered on
// the server by web-component frameworks; without this, the CLI and the bench would see the host
// empty where a browser shows the story (fixture shadow-root-story).

/** Nested declarative roots are followed this deep (a browser has no limit; a hostile page might). */
const MAX_NESTING = 32;

function attachIn(tree: ParentNode, depth: number): number {
  if (depth > MAX_NESTING) return 0;
  let attached = 0;
  for (const template of Array.from(tree.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    // As the parser does: only the first declarative root of an element counts, and only open or closed ones.
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    const content = (template as HTMLTemplateElement).content;
    attached += attachIn(content, depth + 1);
    let root: ShadowRoot;
    try {
      root = host.attachShadow({ mode });
    } catch {
      continue; // an element that cannot host a shadow root (an <a>, a <ul>) keeps the template, inert
    }
    root.appendChild(content);
    template.remove();
    attached += 1;
  }
  return attached;
}

/** Attaches the document's declarative shadow roots (<template shadowrootmode>), as a browser's parser does; returns how many. */
export function attachDeclarativeShadowRoots(doc: Document): number {
  return attachIn(doc, 0);
}
