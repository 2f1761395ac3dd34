// A story that a page builder laid out as a row of sibling sections built from one template
// (WordPress page builders, a CMS's "text block" rows: `div.container-fluid.headline-with-text`,
// then a table row, then the next text section). Readability takes one candidate and its siblings and
// never climbs to <body>, so when those sections sit directly under it, it keeps one of them and drops
// the others, before and after it (trafilatura 0217 kept the middle section of five).
// story-coverage.ts gives the page to our own pick when the missing prose lies before or between;
// prose after the last kept paragraph is left out there, because on most pages it is a comment thread
// or a teaser rail. Here it comes back only in this one shape: the sections next to the one
// Readability kept that carry the same tag and classes (numbered classes aside), hold prose laid out
// as the kept prose is (most of it at the end of the same path of shapes: not an FAQ accordion or a
// pricing grid built in a section alike, WCXB 0342), and no <h1>; with whatever holds no prose between
// them (a table, a picture, a spacer). Before the run, the section with the story's own headline opens
// it (its standfirst). A section of another template that holds prose (comments, a teaser rail, an
// author box, a newsletter box) ends the run, and so does a section with an <h1> after it: the next
// story of an endless page. Fixture builder-sections.
//
// When Readability kept two or more such sections, it judged the ones beside them, but it may have
// dropped one between them: a site builder's block with a subheading and one paragraph, a quote block,
// a picture (their scores under its sibling floor of 10). Those come back in their place, whatever they
// hold, but for prose of another template (a newsletter box in the story). Fixture builder-blocks-gap.
//
// Read twice: once on the pick before Readability rewrites the document (to decide, from paragraph
// texts only), and once on a fresh preparation when the run is taken (to copy the sections).
import { byTag, firstByTag } from '../tag-lists';
import { orderedSearch } from '../ordered-search';

/** A paragraph is found in Readability's text by its first this many characters (as story-coverage.ts). */
const SAMPLE_CHARS = 80;
/** Sections whose siblings alike are separate items, never parts of one story. */
const ITEM_TAGS = new Set(['ARTICLE', 'LI', 'TR', 'TD', 'TH', 'DT', 'DD', 'OPTION']);

/** One element child of a parent that has several children built alike. */
interface Child {
  element: Element;
  /** Index of its template among the parent's templates; -1 when no sibling shares its template. */
  template: number;
  /** Characters of its substantial paragraphs. */
  prose: number;
  /** Those characters by the path of shapes that leads from it down to each paragraph. */
  paths: Map<string, number>;
  /** Whether it holds an <h1> (the start of another story). */
  headline: boolean;
  /** Whether it holds the pick's first <h1>, the story's own headline. */
  title: boolean;
  /** Whether it is a quiet part of a story, or mostly a link's words (partOf), judged before Readability moves it. */
  quiet: boolean;
  linked: boolean;
}

interface Row {
  parent: Element;
  children: Child[];
}

/** Where a substantial paragraph lies in a row: the row, its child holding the paragraph, and the path between. */
interface Place {
  row: number;
  child: number;
  path: string;
}

/** The pick's rows of sections built alike, and where each substantial paragraph sits in them. */
export interface SectionLayout {
  rows: Row[];
  /** Per substantial paragraph (snapshotPick's order): its places, nearest row first. */
  places: Place[][];
}

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** An element's shape: its tag and its classes without numbered ones (a builder numbers each section). */
function shapeOf(element: Element): string {
  const classes = flat(element.getAttribute('class'))
    .split(' ')
    .filter((token) => token !== '' && !/\d/.test(token))
    .sort();
  return classes.length ? `${element.tagName}.${classes.join('.')}` : element.tagName;
}

/** A section's template: its shape, when that names more than a bare tag (or it is a <section>). */
function templateOf(element: Element): string | null {
  if (ITEM_TAGS.has(element.tagName)) return null;
  const shape = shapeOf(element);
  return shape.includes('.') || element.tagName === 'SECTION' ? shape : null;
}

/** What makes a short section a widget, not a quiet part of the story. */
const WIDGET_TAGS = ['button', 'form', 'input', 'select', 'iframe'];

/** A section between two kept ones that holds no prose is a picture, a quote or a subheading: this short. */
const MAX_BETWEEN_CHARS = 200;

/**
 * What a short section is besides its prose: quiet (a picture, a short quote or a subheading, with no
 * links and no buttons; a product box's "Check Amazon Price", a shop's name and price, a stock quote's
 * figures are widgets, whatever their size), or linked (mostly a link's words: "Read our full … review").
 * A long section is neither.
 */
function partOf(section: Element): { quiet: boolean; linked: boolean } {
  const raw = section.textContent ?? '';
  // White space of the markup aside, a long text is neither: not folded to know it.
  if (raw.length > MAX_BETWEEN_CHARS * 8) return { quiet: false, linked: false };
  const text = flat(raw);
  let links = 0;
  for (const a of byTag(section, ['a'])) links += flat(a.textContent).length;
  return {
    quiet: text.length <= MAX_BETWEEN_CHARS && links === 0 && !firstByTag(section, WIDGET_TAGS),
    linked: text.length > 0 && links * 2 >= text.length,
  };
}

/** The parent's children and their templates, or null when no two children share one. */
function rowOf(parent: Element, headlines: ReadonlySet<Element>, title: ReadonlySet<Element>): Child[] | null {
  const children: Child[] = [];
  const seen = new Map<string, number>();
  const counts: number[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const key = templateOf(child);
    let template = -1;
    if (key !== null) {
      template = seen.get(key) ?? seen.size;
      if (!seen.has(key)) {
        seen.set(key, template);
        counts.push(0);
      }
      counts[template] = (counts[template] ?? 0) + 1;
    }
    children.push({ element: child, template, prose: 0, paths: new Map(), headline: headlines.has(child), title: title.has(child), ...partOf(child) });
  }
  let shared = false;
  for (const child of children) {
    if (child.template >= 0 && (counts[child.template] ?? 0) < 2) child.template = -1;
    if (child.template >= 0) shared = true;
  }
  return shared ? children : null;
}

/** A substantial paragraph of the pick and its length, whitespace collapsed. */
export interface Paragraph {
  element: Element;
  length: number;
}

/**
 * The layout of the pick's substantial paragraphs (snapshotPick's, in document order) over rows of
 * sections built alike, between the pick and them.
 */
export function sectionLayout(pick: Element, paragraphs: readonly Paragraph[]): SectionLayout {
  const rows: Row[] = [];
  const rowIndex = new Map<Element, number | null>();
  const childIndex = new Map<Element, number>();
  const shapes = new Map<Element, string>();
  const shape = (element: Element): string => {
    let known = shapes.get(element);
    if (known === undefined) shapes.set(element, (known = shapeOf(element)));
    return known;
  };
  const places: Place[][] = [];
  const headlines = new Set<Element>();
  const title = new Set<Element>();
  for (const h1 of byTag(pick, ['h1'])) {
    const first = headlines.size === 0;
    for (let up: Element | null = h1; up && up !== pick; up = up.parentElement) {
      if (first) title.add(up);
      headlines.add(up);
    }
  }
  for (const { element: p, length } of paragraphs) {
    const own: Place[] = [];
    let path = p.tagName;
    for (let up: Element | null = p; up && up !== pick; up = up.parentElement) {
      if (up !== p) path = `${shape(up)}>${path}`;
      const parent: Element | null = up.parentElement;
      if (!parent) break;
      let index = rowIndex.get(parent);
      if (index === undefined) {
        const children = rowOf(parent, headlines, title);
        index = children ? rows.push({ parent, children }) - 1 : null;
        rowIndex.set(parent, index);
        if (children) children.forEach((c, i) => childIndex.set(c.element, i));
      }
      if (index === null) continue;
      const child = childIndex.get(up) ?? -1;
      const entry = (rows[index] as Row).children[child];
      if (!entry) continue;
      entry.prose += length;
      entry.paths.set(path, (entry.paths.get(path) ?? 0) + length);
      own.push({ row: index, child, path });
    }
    places.push(own);
  }
  return { rows, places };
}

/** The sections to add beside the ones Readability kept: their row and child indices, before, between and after. */
export interface SectionRun {
  /** The row of the sections before and after (-1 when there are none). */
  row: number;
  before: number[];
  after: number[];
  /** Prose characters the sections added before and after hold. */
  added: number;
  /** The row of the gaps (-1 when there are none): nearer the kept paragraphs than `row`. */
  gapRow: number;
  /**
   * The sections Readability left out between two it kept (a builder's subheading block, quote block or
   * picture between two text blocks): each run of them, and the kept child they stand before.
   */
  gaps: Array<{ indices: number[]; next: number }>;
}

/**
 * The run of sections around Readability's result, when every substantial paragraph of the pick that
 * Readability kept (found by its opening in `keptText`) lies in sections of one template in one row:
 * beside the one it kept, the sections built alike that hold more prose; between those it kept, the
 * sections it left out. Nearest row first; null when there is none.
 */
export function sectionRun(layout: SectionLayout, paragraphs: readonly string[], keptText: string): SectionRun | null {
  const kept: number[] = [];
  const holds = orderedSearch(keptText);
  paragraphs.forEach((text, i) => {
    if (holds(text.slice(0, SAMPLE_CHARS))) kept.push(i);
  });
  const first = kept[0];
  if (first === undefined) return null;
  let gapRow = -1;
  let gaps: SectionRun['gaps'] = [];
  for (const place of layout.places[first] ?? []) {
    // Every kept paragraph in a child of this row, and the template most of those children share (a
    // picture's caption that Readability kept between two text blocks may have none).
    const row = layout.rows[place.row] as Row;
    const children = new Set<number>();
    let inRow = true;
    for (const i of kept) {
      const at = (layout.places[i] ?? []).find((p) => p.row === place.row);
      if (!at) {
        inRow = false;
        break;
      }
      children.add(at.child);
    }
    const taken = [...children].sort((a, b) => a - b);
    if (!inRow) continue;
    const templates = taken.map((i) => row.children[i]?.template ?? -1);
    const template = mostShared(templates);
    const alike = templates.filter((t) => t === template).length;
    const paths = new Set(kept.flatMap((i) => (layout.places[i] ?? []).filter((p) => p.row === place.row).map((p) => p.path)));
    if (taken.length > 1) {
      // Several sections kept, at least two of them of the template (the story is split into sections
      // built alike, not paragraphs with a figure of some class between them): the nearest such row's
      // gaps are filled; the sections beside are looked for further out, around the one that holds them all.
      if (gapRow >= 0 || template < 0 || alike < 2) continue;
      for (let k = 1; k < taken.length; k++) {
        const indices = between(row.children, taken[k - 1] as number, taken[k] as number, template, paths);
        if (indices?.length) gaps.push({ indices, next: taken[k] as number });
      }
      if (gaps.length) gapRow = place.row;
      continue;
    }
    const only = taken[0] as number;
    if (row.children[only]?.template !== template || template < 0) continue;
    const before = extend(row.children, only, -1, template, paths);
    const after = extend(row.children, only, 1, template, paths);
    const added = [...before, ...after].reduce((sum, i) => sum + (row.children[i]?.prose ?? 0), 0);
    if (added > 0) return { row: place.row, before: before.reverse(), after, added, gapRow, gaps };
  }
  return gapRow >= 0 ? { row: -1, before: [], after: [], added: 0, gapRow, gaps } : null;
}

/** The template most of the kept children share (the first of equals), or -1 when none has one. */
function mostShared(templates: readonly number[]): number {
  let best = -1;
  let most = 0;
  for (const template of templates) {
    if (template < 0) continue;
    const count = templates.filter((t) => t === template).length;
    if (count > most) [best, most] = [template, count];
  }
  return best;
}

/**
 * The children strictly between two kept ones, when each continues the story: a section of its template
 * laid out alike and not mostly a link, or a quiet one that holds no prose (a picture, a short quote, a
 * subheading). Null when one holds prose of another kind or is a widget (a newsletter box, a product
 * box, a stock quote in the story): then none come back.
 */
function between(children: readonly Child[], from: number, to: number, template: number, paths: ReadonlySet<string>): number[] | null {
  const indices: number[] = [];
  for (let i = from + 1; i < to; i++) {
    const child = children[i] as Child;
    if (child.headline) return null;
    if (child.prose > 0 ? child.template !== template || child.linked || !laidOutAlike(child, paths) : !child.quiet) return null;
    indices.push(i);
  }
  return indices;
}

/**
 * Whether most of a section's prose sits at the end of the same paths as the kept paragraphs: the same
 * template of text, not an FAQ, a pricing grid or a call to action built in another section alike.
 */
function laidOutAlike(child: Child, paths: ReadonlySet<string>): boolean {
  let same = 0;
  for (const [path, chars] of child.paths) if (paths.has(path)) same += chars;
  return same * 2 >= child.prose;
}

/**
 * The children next to `from`, in direction `step`, that continue its story: sections of its template
 * that hold prose and no headline, and what holds no prose between them. It stops at anything else.
 */
function extend(children: readonly Child[], from: number, step: 1 | -1, template: number, paths: ReadonlySet<string>): number[] {
  const taken: number[] = [];
  let pending: number[] = [];
  for (let i = from + step; i >= 0 && i < children.length; i += step) {
    const child = children[i] as Child;
    if (child.prose === 0 && !child.headline) {
      pending.push(i);
      continue;
    }
    // Before the run, the section with the story's own headline opens it (its standfirst, its date).
    if (step === -1 && child.title) {
      taken.push(...pending, i);
      break;
    }
    if (child.template !== template || child.headline || !laidOutAlike(child, paths)) break;
    taken.push(...pending, i);
    pending = [];
  }
  return taken;
}

/** The elements of a run, read from a layout of the same prepared page: before, between and after, in document order. */
export function runElements(layout: SectionLayout, run: SectionRun): { before: Element[]; after: Element[]; gaps: Array<{ elements: Element[]; next: number }> } {
  const pickOut = (at: number, indices: readonly number[]): Element[] => {
    const row = layout.rows[at];
    return row ? indices.flatMap((i) => (row.children[i] ? [row.children[i].element] : [])) : [];
  };
  return {
    before: pickOut(run.row, run.before),
    after: pickOut(run.row, run.after),
    gaps: run.gaps.map((gap) => ({ elements: pickOut(run.gapRow, gap.indices), next: gap.next })),
  };
}

/**
 * The first substantial paragraph of a child of the run's gap row (snapshotPick's index), to find where that
 * child's text stands in Readability's result; -1 when it has none.
 */
export function firstParagraphOf(layout: SectionLayout, run: SectionRun, child: number): number {
  return layout.places.findIndex((own) => own.some((p) => p.row === run.gapRow && p.child === child));
}
