// One walk over a document that evaluates the whole compiled rule table and returns the outermost
// blocks to remove. Read-only: used on the clone by the pre-clean step and on the live page by
// findClutter.
import type { Removal } from '../types';
import type { ClutterRule } from '../rules/rule-types';
import type { Disabled } from '../disable';
import type { PageStats } from './main-content';
import { holdsTooMuch } from './main-content';
import { videoTwins } from './video-debris';
import { hasMoreChildren, nextElement, nextNode, walkElements } from './walk';
import { compileRules, labelRule, normalizeLabel, removalText, simpleSelectorRule, tokenRule, MAX_LABEL_CHARS } from './compile-rules';

export interface ClutterMatch {
  element: Element;
  removal: Removal;
}

export interface MatchOptions {
  /** The rules switched off (by id or category). */
  disabled: Disabled;
  /** Also report hidden elements (hidden attribute, aria-hidden, inline display:none). */
  hidden: boolean;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD', 'TITLE', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME']);
const NO_LABEL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR', 'TABLE', 'PRE', 'CODE', 'OPTION', 'SELECT', 'TEXTAREA', 'BLOCKQUOTE', 'Q', 'CITE']);
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** Paragraph text that makes a hidden block a story a reader came for, not a stray panel. */
const MIN_STORY_CHARS = 300;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;


/** Class or id words of collapsed content a reader would expand: an FAQ's answers, a tab's panel. */
const DISCLOSURE_WORDS = /(?:^|[\s_-])(?:accordion|collapse|collapsible|expandable|tab-?panel|tab-?pane|faq|answer|read-?more|spoiler)(?:$|[\s_-])/i;

/**
 * A collapsed panel the page opens on demand (a tab panel, an accordion's body, an FAQ answer): hidden
 * in the saved page, but part of what the reader came for, so the hidden rule keeps it. `controlled`
 * holds the ids that some button on the page says it controls (aria-controls).
 */
function isDisclosurePanel(element: Element, controlled: Set<string>): boolean {
  if (element.tagName === 'DETAILS') return true;
  const role = element.getAttribute('role');
  if (role === 'tabpanel' || role === 'region') return true;
  if (element.id && controlled.has(element.id)) return true;
  return DISCLOSURE_WORDS.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

/** The ids named by aria-controls under root (one walk per page, only when something is hidden). */
function controlledIds(root: Element): Set<string> {
  const ids = new Set<string>();
  walkElements(root, (control) => {
    const names = control.hasAttributes() ? control.getAttribute('aria-controls') : null;
    if (names) for (const id of names.split(/\s+/)) if (id) ids.add(id);
  });
  return ids;
}

/** Whether an element holds most of the page's paragraph text (and enough of it to be a story). */
function holdsStory(element: Element, stats: PageStats): boolean {
  let chars = 0;
  walkElements(element, (child) => {
    if (child.tagName !== 'P') return undefined;
    chars += (child.textContent ?? '').trim().length;
    return 'skip';
  });
  return chars >= MIN_STORY_CHARS && chars > stats.paragraphChars * 0.5;
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Climbs from a section heading to the small section it opens (heading first, text bounded). */
function sectionOf(heading: Element, rule: ClutterRule, stats: PageStats): Element {
  const limit = rule.maxChars ?? 20000;
  const headingText = normalizeLabel(heading.textContent ?? '');
  let best = heading;
  let current = heading;
  for (let level = 0; level < 3; level++) {
    const parent = current.parentElement;
    if (!parent || stats.protectedSet.has(parent)) break;
    if (parent.firstElementChild !== current && !(level === 0 && parent.firstElementChild?.contains(heading))) break;
    const text = (parent.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > limit || holdsTooMuch(text.length, stats)) break;
    if (!normalizeLabel(text).startsWith(headingText)) break;
    best = parent;
    current = parent;
  }
  return best;
}

/** Evaluates the rules over root's descendants; returns the outermost matching blocks, in document order. */
export function matchClutter(root: Element, rules: readonly ClutterRule[], stats: PageStats, options: MatchOptions): ClutterMatch[] {
  const body = root;
  const compiled = compileRules(rules);
  const enabled = (rule: ClutterRule) => !options.disabled.rule(rule);
  let bySelector = new Set<Element>();
  if (compiled.selector) {
    try {
      bySelector = new Set(Array.from(body.querySelectorAll(compiled.selector)));
    } catch {
      for (const { selector } of compiled.selectorRules) {
        try {
          for (const e of Array.from(body.querySelectorAll(selector))) bySelector.add(e);
        } catch {
          // A selector this DOM implementation cannot parse is skipped, not fatal.
        }
      }
    }
  }
  const matches: ClutterMatch[] = [];
  let controlled: Set<string> | undefined;
  const add = (element: Element, rule: ClutterRule | null, category = rule?.category, ruleId = rule?.id) => {
    if (!category || !ruleId) return;
    matches.push({ element, removal: { category, ruleId, text: removalText(element) } });
  };

  let node: Element | null = body.firstElementChild;
  while (node) {
    let element: Element = node;
    let removed: Element | null = null;
    if (!SKIP_TAGS.has(element.tagName) && !stats.protectedSet.has(element)) {
      removed = evaluate(element);
      // A section heading may remove an ancestor: continue after that ancestor.
      if (removed) element = removed;
    }
    // Next element in document order, skipping the subtree of a match (it goes as a whole).
    node = nextElement(element, body, !removed && !SKIP_TAGS.has(element.tagName));
  }
  // A section climb can swallow blocks matched earlier inside it: keep only the outermost.
  const unique = new Map<Element, ClutterMatch>();
  for (const m of matches) if (!unique.has(m.element)) unique.set(m.element, m);
  const outer = new Set(unique.keys());
  return Array.from(unique.values()).filter((m) => {
    for (let e = m.element.parentElement; e; e = e.parentElement) if (outer.has(e)) return false;
    return true;
  });

  function evaluate(element: Element): Element | null {
    // A saved copy of a page that hides its body until its scripts run (WCXB 0384, a LessWrong post
    // under visibility:hidden) keeps the story in a hidden block: hiding never takes a block that holds
    // most of the page's paragraph text. Its paragraphs, not all its text: a hidden toolbar of a short
    // story's page still goes (trafilatura dev 0437, the Wayback Machine's).
    if (options.hidden && element.hasAttributes() && isHidden(element) && !isDisclosurePanel(element, (controlled ??= controlledIds(body)))
      && !holdsStory(element, stats)) {
      add(element, null, 'hidden', 'hidden');
      return element;
    }
    let rule = tokenRule(compiled, element) ?? simpleSelectorRule(compiled, element);
    if (!rule && bySelector.has(element)) {
      rule = compiled.selectorRules.find((s) => safeMatches(element, s.selector))?.rule ?? null;
    }
    if (rule && enabled(rule)) {
      const chars = (element.textContent ?? '').trim().length;
      if ((rule.maxChars === undefined || chars <= rule.maxChars) && !holdsTooMuch(chars, stats)) {
        add(element, rule);
        return element;
      }
    }
    if (hasMoreChildren(element, 4)) return null;
    const raw = shortText(element, MAX_LABEL_CHARS * 3);
    if (raw === null) return null;
    const text = normalizeLabel(raw);
    if (!text || text.length > MAX_LABEL_CHARS) return null;
    const isHeading = HEADING_TAGS.has(element.tagName) || element.getAttribute('role') === 'heading';
    const heading = compiled.headings.get(text);
    if (heading && enabled(heading) && (isHeading || !hasMoreChildren(element, 1))) {
      const section = sectionOf(element, heading, stats);
      add(section, heading);
      return section;
    }
    if (NO_LABEL_TAGS.has(element.tagName) || isHeading) return null;
    const label = labelRule(compiled, text);
    if (label && enabled(label)) {
      add(element, label);
      // A duration's widget prints the video title twice right after it.
      if (label.category === 'video') for (const twin of videoTwins(element)) add(twin, label);
      return element;
    }
    return null;
  }
}

/** The element's text if its subtree is small and its text short, else null (bounded work). */
function shortText(element: Element, limit: number): string | null {
  let text = '';
  let visited = 0;
  let node: Node | null = element.firstChild;
  while (node) {
    if (++visited > 40) return null;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      if (text.length > limit) return null;
    }
    node = nextNode(node, element, node.nodeType === 1);
  }
  return text;
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
