// The rendered article's text as read aloud: runs of text nodes that belong to one block (a paragraph,
// a heading, a list item, a caption). A run ends where a block starts or ends and at a <br>, so
// "line one<br>line two" is two runs and a list item's own text is not glued to its nested list.
// Code blocks and whatever is hidden are not read.

/** Elements that start a new line of text (HTML's block-level elements, as rendered by our pages). */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Never read: code listings would be spelled out symbol by symbol; the rest is not text. */
const SKIPPED = new Set(['PRE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);

export interface TextRun {
  /** The block element the run belongs to (what scrolls into view). */
  block: Element;
  nodes: Text[];
  /** Where each node starts in `text`. */
  starts: number[];
  /** The nodes' data, concatenated (whitespace as in the DOM). */
  text: string;
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // Hidden by a style (images switched off hide their figures and captions). jsdom has no layout.
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return typeof check === 'function' && !check.call(element, { visibilityProperty: true });
}

function nearestBlock(node: Node, root: Element): Element {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
    if (BLOCKS.has(element.tagName.toUpperCase())) return element;
  }
  return root;
}

/** The runs of text under each root, in document order. */
export function textRuns(roots: readonly Element[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const root of roots) {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) => {
        if (node.nodeType !== 1) return 1; /* FILTER_ACCEPT */
        const element = node as Element;
        return SKIPPED.has(element.tagName.toUpperCase()) || isHidden(element) ? 2 /* FILTER_REJECT */ : 1;
      },
    });
    if (isHidden(root)) continue;
    let run: TextRun | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        const tag = (node as Element).tagName.toUpperCase();
        if (BLOCKS.has(tag) || tag === 'BR') run = null;
        continue;
      }
      const text = node as Text;
      const block = nearestBlock(text, root);
      if (run && run.block !== block) run = null;
      if (!run) {
        run = { block, nodes: [], starts: [], text: '' };
        runs.push(run);
      }
      run.nodes.push(text);
      run.starts.push(run.text.length);
      run.text += text.data;
    }
  }
  return runs.filter((run) => /\S/.test(run.text));
}
