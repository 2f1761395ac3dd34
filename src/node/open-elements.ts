// A model of the HTML tree builder's stack of open elements, fed tag by tag (./markup-tags.ts), so that
// the depth of the tree a parser will build is known before jsdom builds it. It follows the rules that
// decide depth: void elements, the one html/head/body, start tags that close an open <p>, <li>, <dd>,
// <dt>, heading, cell, row or <a>, end tags that close everything up to their element within scope,
// unknown end tags that stop at a "special" element, "/>" inside svg and math. It is a model, not a
// parser: where it errs, the depth cap (./prescan-page.ts) starts a little early or late.
//
// Every lookup is a few array reads (the topmost index of each name is kept), never a walk down the
// stack: a hostile page may open 300,000 elements and then send as many end tags.
import {
  BUTTON_SCOPE, CELL_SCOPE, CELLS, CLOSES_P, DEFINITIONS, DOCUMENT_ROOTS, FOREIGN_BREAKOUT, FOREIGN_ROOTS, FORMATTING, HEADINGS,
  LIST_ITEM_SCOPE, LIST_ITEM_TRANSPARENT, SCOPE, SPECIAL, TABLE_CONTEXT, TABLE_SCOPE, TABLE_SECTIONS, VOID,
} from './element-kinds';

/**
 * What the output did with an element: `open` as written (open in the real parse too), `dropped`
 * (its tags were removed), `closed` (its end tag was written early, before its content).
 */
export type ElementState = 'open' | 'dropped' | 'closed';

export interface Entry {
  name: string;
  state: ElementState;
  foreign: boolean;
}

const NONE: ReadonlySet<string> = new Set();

export class OpenElements {
  private readonly entries: Entry[] = [];
  /** Stack indices of each name's entries, in order. */
  private readonly byName = new Map<string, number[]>();
  /** Indices of special elements, and of those that a new list item does not stop at. */
  private readonly specials: number[] = [];
  private readonly listStoppers: number[] = [];
  private readonly foreignIndices: number[] = [];
  /** Indices of the entries written open: the elements the parser will have open. */
  private readonly openIndices: number[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** The depth of the tree the parser will build from the output so far. */
  get openDepth(): number {
    return this.openIndices.length;
  }

  entry(index: number): Entry | undefined {
    return this.entries[index];
  }

  push(name: string, state: ElementState, foreign: boolean): void {
    const index = this.entries.length;
    this.entries.push({ name, state, foreign });
    let indices = this.byName.get(name);
    if (!indices) this.byName.set(name, (indices = []));
    indices.push(index);
    if (SPECIAL.has(name) && !foreign) {
      this.specials.push(index);
      if (!LIST_ITEM_TRANSPARENT.has(name)) this.listStoppers.push(index);
    }
    if (foreign) this.foreignIndices.push(index);
    if (state === 'open') this.openIndices.push(index);
  }

  /** Pops the entry at `index` and everything above it; returns them, the topmost first. */
  popThrough(index: number): Entry[] {
    const popped = this.entries.splice(index).reverse();
    for (const entry of popped) this.byName.get(entry.name)?.pop();
    for (const list of [this.specials, this.listStoppers, this.foreignIndices, this.openIndices]) {
      while ((list.at(-1) ?? -1) >= index) list.pop();
    }
    return popped;
  }

  /** The topmost entry written open (the real parser's current node), or -1. */
  topOpen(): number {
    return this.openIndices.at(-1) ?? -1;
  }

  /** Marks the topmost open entry closed early (its end tag has been written). */
  closeTopOpen(): void {
    const index = this.openIndices.pop();
    const entry = index === undefined ? undefined : this.entries[index];
    if (entry) entry.state = 'closed';
  }

  inForeign(): boolean {
    return this.foreignIndices.length > 0;
  }

  /** The lowest entry of foreign content (svg, math), or -1. */
  foreignStart(): number {
    return this.foreignIndices[0] ?? -1;
  }

  private topmost(names: string | Iterable<string>): number {
    if (typeof names === 'string') return this.byName.get(names)?.at(-1) ?? -1;
    let top = -1;
    for (const name of names) top = Math.max(top, this.byName.get(name)?.at(-1) ?? -1);
    return top;
  }

  /** The topmost entry named one of `names` with no `boundary` element above it, or -1. */
  inScope(names: string | Iterable<string>, boundary: ReadonlySet<string>): number {
    const found = this.topmost(names);
    return found !== -1 && found >= this.topmost(boundary) ? found : -1;
  }

  /** The topmost `name` with no special element above it (how an unknown end tag is matched), or -1. */
  belowNoSpecial(name: string): number {
    const found = this.topmost(name);
    return found !== -1 && found > (this.specials.at(-1) ?? -1) ? found : -1;
  }

  /** The topmost of `names` with no special element but address, div or p above it (itself aside), or -1. */
  listItem(names: string | Iterable<string>): number {
    const found = this.topmost(names);
    return found !== -1 && found >= (this.listStoppers.at(-1) ?? -1) ? found : -1;
  }
}

/** The entry a start tag closes implicitly (with everything above it), per the "in body" and table rules; -1 if none. */
function impliedClose(stack: OpenElements, name: string): number {
  const p = CLOSES_P.has(name) ? stack.inScope('p', BUTTON_SCOPE) : -1;
  if (p !== -1) return p;
  if (name === 'li') return stack.listItem('li');
  if (DEFINITIONS.has(name)) return stack.listItem(DEFINITIONS);
  const top = stack.entry(stack.size - 1)?.name ?? '';
  if (HEADINGS.has(name) && HEADINGS.has(top)) return stack.size - 1;
  if ((name === 'option' || name === 'optgroup') && top === 'option') return stack.size - 1;
  if (name === 'a' || name === 'nobr') return stack.inScope(name, TABLE_SCOPE);
  if (name === 'button' || name === 'select') return stack.inScope(name, SCOPE);
  if (CELLS.has(name)) return stack.inScope(CELLS, CELL_SCOPE);
  if (name === 'tr') return stack.inScope('tr', TABLE_SCOPE);
  if (TABLE_SECTIONS.has(name)) return stack.inScope(TABLE_SECTIONS, TABLE_SCOPE);
  if (name === 'table' && TABLE_CONTEXT.has(top)) return stack.inScope('table', TABLE_SCOPE);
  return -1;
}

/** Elements the table rules insert before a tag that skips them (<table><tr> has a <tbody>). */
function impliedParents(top: string, name: string): string[] {
  if (top === 'table') {
    if (name === 'tr') return ['tbody'];
    if (CELLS.has(name)) return ['tbody', 'tr'];
  }
  if (TABLE_SECTIONS.has(top) && CELLS.has(name)) return ['tr'];
  return [];
}

export interface StartEffect {
  /** Whether the tag opens an element that stays open (not void, not merged into html/head/body, not ignored). */
  opens: boolean;
  foreign: boolean;
  /** Elements the parser inserts first (open too), when the tag is written. */
  implied: string[];
}

/**
 * Applies a start tag's implied closes to the stack (the parser closes those elements by itself, so
 * the output needs nothing for them) and says what the tag opens.
 */
export function startTag(stack: OpenElements, name: string, selfClosing: boolean): StartEffect {
  if (stack.inForeign()) {
    if (!FOREIGN_BREAKOUT.has(name)) return { opens: !selfClosing, foreign: true, implied: [] };
    // Back to HTML: the foreign content closes, then the tag is an HTML start tag.
    stack.popThrough(stack.foreignStart());
  }
  // A second <form> while one is open is ignored by the parser.
  if (name === 'form' && stack.inScope('form', NONE) !== -1) return { opens: false, foreign: false, implied: [] };
  const closes = impliedClose(stack, name);
  if (closes !== -1) stack.popThrough(closes);
  const foreign = FOREIGN_ROOTS.has(name);
  const opens = !VOID.has(name) && !DOCUMENT_ROOTS.has(name) && !(foreign && selfClosing);
  return { opens, foreign, implied: opens ? impliedParents(stack.entry(stack.size - 1)?.name ?? '', name) : [] };
}

/** The entry an end tag closes (with everything above it), or -1 when the parser ignores it. */
export function endTag(stack: OpenElements, name: string): number {
  if (DOCUMENT_ROOTS.has(name) || VOID.has(name)) return -1;
  if (stack.inForeign()) {
    const foreign = stack.inScope(name, NONE);
    if (foreign !== -1 && foreign >= stack.foreignStart()) return foreign;
  }
  if (HEADINGS.has(name)) return stack.inScope(HEADINGS, SCOPE);
  if (TABLE_CONTEXT.has(name)) return stack.inScope(name, TABLE_SCOPE);
  if (name === 'li') return stack.inScope('li', LIST_ITEM_SCOPE);
  if (SPECIAL.has(name)) return stack.inScope(name, name === 'p' ? BUTTON_SCOPE : SCOPE);
  // The adoption agency closes a formatting element through the blocks opened inside it.
  if (FORMATTING.has(name)) return stack.inScope(name, SCOPE);
  return stack.belowNoSpecial(name);
}
