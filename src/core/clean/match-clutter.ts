// One walk over a document that evaluates the whole compiled rule table and returns the outermost
// blocks to remove. Read-only: used on the clone by the pre-clean step and on the live page by
// findClutter.
import type { Removal } from '../types';
import type { ClutterRule } from '../rules/rule-types';
import type { Disabled } from '../disable';
import type { PageStats } from './main-content';
import { holdsTooMuch } from './main-content';
import { videoTitle, videoTwins, withoutTimestamps } from './video-debris';
import { PLAYER_RULES, playerBox } from './player-box';
import { elementStepper, hasMoreChildren, nextNode, walkElements } from './walk';
import { compileRules, labelRule, normalizeLabel, phraseMatch, simpleSelectorRule, tokenRule, MAX_LABEL_CHARS } from './compile-rules';
import type { AcceptHit, CompiledRules, PhraseEntry, RuleHit } from './compile-rules';
import { recordRemoval } from '../removal-record';
import { BLOCK_TAGS } from '../text';
import type { RuleFacts } from '../removal-record';
import { HIDDEN_MATCHES, STEP_RULES } from '../rules/step-rules';
import { holdsKept, isMarkedKept, markKept } from '../clone-marks';
import { headsProse } from './section-headings';

export interface ClutterMatch {
  element: Element;
  removal: Removal;
}

export interface MatchOptions {
  /** The rules switched off (by id or category). */
  disabled: Disabled;
  /** Also report hidden elements (hidden attribute, aria-hidden, inline display:none). */
  hidden: boolean;
  /**
   * The page is an article. Then a pitch's call takes the small box it closes (ctaBox), and a comments
   * heading with its count ("328 Comments") its section: on a product or service page a heading, a
   * sentence and a button is a section of what the page offers, and a forum's comments are its content.
   */
  isArticle?: boolean;
}

// A <pre> is code or verbatim text: a line of it ("if ceiling > maxBackoff {", a highlighter's
// <span class="line">) is never a label, a breadcrumb trail or a date, whatever it looks like.
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD', 'TITLE', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME', 'PRE']);
const NO_LABEL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR', 'TABLE', 'PRE', 'CODE', 'OPTION', 'SELECT', 'TEXTAREA', 'BLOCKQUOTE', 'Q', 'CITE']);
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** The most element children of a block that a long pattern (a rule's patternChars) is tried on. */
const MAX_NOTICE_CHILDREN = 12;
/** Paragraph text that makes a hidden block a story a reader came for, not a stray panel. */
const MIN_STORY_CHARS = 300;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HIDDEN_DECLARATIONS = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?=;|$)/gi;


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

/** What hides the element (a match of the hidden step), or null. */
function hiddenBy(element: Element): string | null {
  if (element.hasAttribute('hidden')) return HIDDEN_MATCHES.attribute;
  if (element.getAttribute('aria-hidden') === 'true') return HIDDEN_MATCHES.aria;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style) ? HIDDEN_MATCHES.style : null;
}

/** Shows a hidden element of the working clone: without its hidden attribute, aria-hidden and inline hiding. */
export function reveal(element: Element): void {
  element.removeAttribute('hidden');
  if (element.getAttribute('aria-hidden') === 'true') element.removeAttribute('aria-hidden');
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) element.setAttribute('style', style.replace(HIDDEN_DECLARATIONS, ''));
}

/** Hidden by the page's own markup: the hidden attribute, aria-hidden, an inline display:none or visibility:hidden. */
export function isHidden(element: Element): boolean {
  return hiddenBy(element) !== null;
}

/** Whether `text` (the element's) is all the text of its parent, white space aside. */
function holdsParentText(element: Element, text: string): boolean {
  const parentText = element.parentElement?.textContent ?? '';
  return parentText.replace(/\s+/g, '').length <= text.replace(/\s+/g, '').length;
}

/**
 * Whether an element, or its parent, stands beside its aria-hidden twin: the shown half of a pair whose
 * other half is for screen readers ("30<span class=sr-only> minutes</span>" beside "<span
 * aria-hidden=true>mins</span>"), a word that opens with the same letter. The hidden step removes that
 * half, as Readability does. An icon's glyph or ligature beside ", opens new tab" is no twin.
 */
function hasHiddenTwin(element: Element): boolean {
  const first = (text: string | null): string => (text ?? '').trim().charAt(0).toLowerCase();
  const own = first(element.textContent);
  if (!/\p{L}/u.test(own)) return false;
  for (let at: Element | null = element, level = 0; at && level < 2; at = at.parentElement, level++) {
    for (const twin of [at.previousElementSibling, at.nextElementSibling]) {
      if (twin?.getAttribute('aria-hidden') === 'true' && first(twin.textContent) === own && !/[_]/.test(twin.textContent ?? '')) return true;
    }
  }
  return false;
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
  const accept: AcceptHit = (rule, match) => enabled(rule) && !options.disabled.kept(rule.id, match);
  const keptOnly: AcceptHit = (rule, match) => enabled(rule) && options.disabled.kept(rule.id, match);
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
  // Nested wrappers repeat one text ("<li><a><span>Home</span></a></li>") and a page repeats its
  // labels: each distinct text is normalised, and compared with the phrase and pattern rules, once.
  const normalized = new Map<string, string>();
  const labels = new Map<string, RuleHit | null>();
  let controlled: Set<string> | undefined;
  /** Records a match; false (nothing recorded) when the block holds a block the user keeps. */
  const add = (element: Element, rule: RuleFacts, match: string): boolean => {
    if (options.disabled.keeping && holdsKept(element)) return false;
    matches.push({ element, removal: recordRemoval(element, rule, match) });
    return true;
  };

  const next = elementStepper(body);
  let node: Element | null = body.firstElementChild;
  while (node) {
    let element: Element = node;
    let removed: Element | null = null;
    if (options.disabled.keeping && (element.hasAttributes() || element.tagName.includes('-')) && isKept(element)) {
      // A block the user keeps on this site is kept whole: no other rule takes its label or its parts,
      // before Readability or after it (the mark outlives the class names it was recognised by).
      markKept(element);
      node = next(element, false);
      continue;
    }
    if (!SKIP_TAGS.has(element.tagName) && !stats.protectedSet.has(element)) {
      removed = evaluate(element);
      // A section heading may remove an ancestor: continue after that ancestor.
      if (removed) element = removed;
    }
    // Next element in document order, skipping the subtree of a match (it goes as a whole).
    node = next(element, !removed && !SKIP_TAGS.has(element.tagName));
  }
  // A section climb can swallow blocks matched earlier inside it: keep only the outermost.
  const unique = new Map<Element, ClutterMatch>();
  for (const m of matches) if (!unique.has(m.element)) unique.set(m.element, m);
  const outer = new Set(unique.keys());
  return withoutTimestamps(
    Array.from(unique.values()).filter((m) => {
      for (let e = m.element.parentElement; e; e = e.parentElement) if (outer.has(e)) return false;
      return true;
    }),
  );

  /** True when a rule would remove the element by its attributes but the user keeps that match on the site. */
  function isKept(element: Element): boolean {
    if (isMarkedKept(element)) return true;
    const hidden = options.hidden ? hiddenBy(element) : null;
    if (hidden && options.disabled.kept(STEP_RULES.hidden.id, hidden)) return true;
    if (tokenRule(compiled, element, keptOnly) ?? simpleSelectorRule(compiled, element, keptOnly)) return true;
    return bySelector.has(element) && compiled.selectorRules.some((s) => keptOnly(s.rule, s.selector) && safeMatches(element, s.selector));
  }

  /** The player box around a player's piece, recorded, when there is one (player-box.ts); else null. */
  function withPlayer(element: Element, rule: ClutterRule, match: string): Element | null {
    if (!PLAYER_RULES.has(rule.id)) return null;
    const boxMatch = `${match}${MATCH_SUFFIXES.player}`;
    if (!accept(rule, boxMatch)) return null;
    const box = playerBox(element, (at) => stats.protectedSet.has(at));
    return box && add(box, rule, boxMatch) ? box : null;
  }

  function evaluate(element: Element): Element | null {
    // A saved copy of a page that hides its body until its scripts run (WCXB 0384, a LessWrong post
    // under visibility:hidden) keeps the story in a hidden block: hiding never takes a block that holds
    // most of the page's paragraph text. Its paragraphs, not all its text: a hidden toolbar of a short
    // story's page still goes (trafilatura dev 0437, the Wayback Machine's).
    const hidden = options.hidden && element.hasAttributes() ? hiddenBy(element) : null;
    if (hidden && !options.disabled.kept(STEP_RULES.hidden.id, hidden)) {
      // A collapsed panel is shown open, as a <details> is: Readability drops what is hidden, and the
      // panel is a part of the story the reader came for (a tab's panel of an explainer).
      if (isDisclosurePanel(element, (controlled ??= controlledIds(body)))) {
        if (!options.disabled.step('open-panels')) reveal(element);
      } else if (!holdsStory(element, stats) && add(element, STEP_RULES.hidden, hidden)) return element;
    }
    let hit: RuleHit | null = tokenRule(compiled, element, accept) ?? simpleSelectorRule(compiled, element, accept);
    if (!hit && bySelector.has(element)) {
      const entry = compiled.selectorRules.find((s) => safeMatches(element, s.selector) && accept(s.rule, s.selector));
      hit = entry ? { rule: entry.rule, match: entry.selector } : null;
    }
    if (hit) {
      const { rule } = hit;
      const text = element.textContent ?? '';
      const chars = text.trim().length;
      const fires = (rule.maxChars === undefined || chars <= rule.maxChars) && !rule.spares?.test(text) && !(rule.sparesAlone && holdsParentText(element, text))
        && !(rule.sparesTwin && hasHiddenTwin(element))
        && (rule.neverStory || !holdsTooMuch(chars, stats));
      const player = fires ? withPlayer(element, rule, hit.match) : null;
      if (player) return player;
      // An ad slot's box whose only words are its label ("<div><p>TALLA</p><ins class="adsbygoogle"></ins></div>",
      // probe ring lang10, a Hausa page): the label goes with its slot, in whatever language it is written.
      const labelled = fires && rule.category === 'ad' ? slotBox(element, stats) : null;
      const boxMatch = `${hit.match}${MATCH_SUFFIXES.label}`;
      if (labelled && accept(rule, boxMatch) && add(labelled, rule, boxMatch)) return labelled;
      if (fires && add(element, rule, hit.match)) {
        // A player taken with its duration inside leaves the video's title printed twice after it.
        const twinMatch = `${hit.match}${MATCH_SUFFIXES.twins}`;
        if (rule.category === 'video' && accept(rule, twinMatch)) for (const twin of videoTwins(element)) add(twin, rule, twinMatch);
        return element;
      }
    }
    // A label is a block of a few parts; a notice that runs to a few sentences (a rule's patternChars)
    // may carry a few more links ("filed under <a>News</a>, <a>Events</a> …").
    const many = hasMoreChildren(element, 4);
    if (many && (compiled.maxPatternChars === MAX_LABEL_CHARS || hasMoreChildren(element, MAX_NOTICE_CHILDREN))) return null;
    const raw = shortText(element, compiled.maxPatternChars * 3);
    if (raw === null) return null;
    let text = normalized.get(raw);
    if (text === undefined) {
      text = normalizeLabel(raw);
      normalized.set(raw, text);
    }
    const short = text.length <= MAX_LABEL_CHARS;
    if (!text || (many && short)) return null;
    const isHeading = HEADING_TAGS.has(element.tagName) || element.getAttribute('role') === 'heading';
    const heading = short ? compiled.headings.get(text) ?? (options.isArticle ? countedComments(compiled, text) : undefined) : undefined;
    const headingMatch = heading ? phraseMatch('heading', heading.phrase) : '';
    if (heading && accept(heading.rule, headingMatch) && (isHeading || !hasMoreChildren(element, 1))) {
      const section = sectionOf(element, heading.rule, stats);
      // A run-in heading that opens a line of text ("<strong>Über den Autor</strong>: Ich schreibe …",
      // traf 0428) is not a section's heading when its line is not taken with it: it stays.
      // A related heading over a paragraph of prose is the story's subhead ("UP NEXT"): it stays.
      const subhead = heading.rule.category === 'related' && headsProse(element, section);
      // A read-also label that leads its line's link ("<b>Baca juga:</b> <a>Bulog serap gabah…</a><br>", probe
      // ring aggregators) stays for the read-also step, which takes the line whole and lists its link.
      const leadsLink = heading.rule.category === 'related' && section === element && INLINE_TAGS.has(element.tagName) && linkFollows(element);
      if (!subhead && !leadsLink && (section !== element || isHeading || !opensLine(element))) {
        if (add(section, heading.rule, headingMatch)) return section;
      }
    }
    // A <cite> in a picture's caption is its credit's element ("<figcaption>Main Street in 1931.
    // <cite>Courtesy of the … Society</cite>", fixture leak-photo-credit-forms): tried for credits only.
    const captionCite = element.tagName === 'CITE' && element.closest('figcaption') !== null;
    if ((NO_LABEL_TAGS.has(element.tagName) && !captionCite) || isHeading) return null;
    let label = labels.get(text);
    if (label === undefined) {
      label = labelRule(compiled, text, accept);
      labels.set(text, label);
    }
    if (captionCite && label?.rule.category !== 'credit') return null;
    // An invitation that is a link inside a sentence ("… and <a>follow us on Twitter</a> for updates")
    // is part of the sentence: taking it would leave a broken line. A credit, an ad label or a video's
    // duration beside other text still goes (a caption's "<span>Foto: …</span>").
    if (label && IN_SENTENCE_KEPT.has(label.rule.category) && opensLine(element)) return null;
    // A live blog's post time (<time datetime="2026-03-08T14:52">14:52</time>) is a time of day, not
    // a video's duration (whose datetime, if any, is a duration: "PT3M32S").
    if (label && label.rule.category === 'video' && isClockTime(element)) return null;
    // A promotion's call that a word processor's spans split from the rest of its sentence ("<span> and
    // </span><a><span>donate today</span></a><span> to help us …</span>", WCXB 0136) has no text beside
    // it, but its line has words outside links: it stays. One in a row of links ("Open in app", "Sign
    // up", "Sign in", WCXB 2972) still goes. Promotions only, where the dev sets measured it; the other
    // calls to the reader keep opensLine's narrower test above.
    if (label && label.rule.category === 'promo' && inSentence(element)) return null;
    if (label && label.rule.wholeLink && !isWholeLink(element)) return null;
    // A credit is the words beside a picture, never the picture: a box that holds both ("<div><img><span>Image
    // source, Getty Images</span></div>", whose text is the credit alone) is looked into for the credit's own element.
    if (label && label.rule.category === 'credit' && element.querySelector('img, picture, video')) return null;
    // A pitch's call to action (a newsletter's "Subscribe", "Donate now") takes the small
    // box it closes: the pitch's heading and copy around the button, which say nothing a rule knows on
    // a page whose classes are hashed ("css-1q2w3e").
    const box = label && options.isArticle && takesBox(label.rule, text) ? ctaBox(element, stats) : null;
    const boxMatch = label ? `${label.match}${MATCH_SUFFIXES.box}` : '';
    if (label && box && accept(label.rule, boxMatch) && add(box, label.rule, boxMatch)) return box;
    const player = label ? withPlayer(element, label.rule, label.match) : null;
    if (player) return player;
    if (label && add(element, label.rule, label.match)) {
      // A duration's widget prints the video title twice right after it.
      const twinMatch = `${label.match}${MATCH_SUFFIXES.twins}`;
      if (label.rule.category === 'video' && accept(label.rule, twinMatch)) for (const twin of videoTwins(element)) add(twin, label.rule, twinMatch);
      // Or printed once under a player that nothing names.
      const titleMatch = `${label.match}${MATCH_SUFFIXES.title}`;
      const title = label.rule.category === 'video' && accept(label.rule, titleMatch) ? videoTitle(element) : null;
      if (title) add(title, label.rule, titleMatch);
      return element;
    }
    return null;
  }
}

/**
 * What a removal record's match adds to the rule's own when the rule took more than the block it
 * matched: a video's title printed twice after its duration, or once under its player; a call to
 * action's box.
 */
export const MATCH_SUFFIXES = {
  twins: ', its title twice after it',
  title: ", the video's title under its player",
  box: ', with the box it closes',
  player: ', with the player around it',
  label: ', with the label beside it',
} as const;

/** An ad slot's label, at most: "Advertisement", "Publicidade", "Reklama", "TALLA", "광고". */
const SLOT_LABEL_CHARS = 30;
/** How far up from an ad slot its label's box is looked for. */
const SLOT_BOX_LEVELS = 3;
/** A slot's box with its label holds at most this many elements. */
const SLOT_BOX_ELEMENTS = 12;
/** What an ad slot's label never holds: a link, a picture, a player, a form's field. */
const SLOT_LABEL_STOPS = 'a, img, picture, video, iframe, svg, input, button, select, textarea, figure, table, ul, ol';

/**
 * The box around an ad slot whose only text is a short label of at most three words, with no link or
 * picture beside it: the widest such ancestor up to SLOT_BOX_LEVELS. Null when there is none (a slot
 * alone in its wrapper goes alone; so does one inside a story's paragraph).
 */
function slotBox(slot: Element, stats: PageStats): Element | null {
  let box: Element | null = null;
  for (let at = slot.parentElement, level = 0; at && level < SLOT_BOX_LEVELS; at = at.parentElement, level++) {
    if (stats.protectedSet.has(at) || at.tagName === 'BODY') break;
    const text = (at.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > SLOT_LABEL_CHARS || text.split(' ').length > 3) break;
    if (at.getElementsByTagName('*').length > SLOT_BOX_ELEMENTS) break;
    if (Array.from(at.querySelectorAll(SLOT_LABEL_STOPS)).some((stop) => !slot.contains(stop))) break;
    if (/[\p{L}]/u.test(text) && !/[\p{L}]/u.test(slot.textContent ?? '')) box = at;
  }
  return box;
}

/** Each rule's labels (normalised) whose call takes its box, for the rules that list them. */
const boxCalls = new WeakMap<ClutterRule, ReadonlySet<string>>();

/** Whether a label hit of `rule` on the (normalised) text `text` takes the box it closes (ClutterRule.takesBox). */
function takesBox(rule: ClutterRule, text: string): boolean {
  if (rule.takesBox === undefined) return false;
  if (rule.takesBox === true) return true;
  let calls = boxCalls.get(rule);
  if (!calls) {
    calls = new Set(rule.takesBox.map(normalizeLabel));
    boxCalls.set(rule, calls);
  }
  return calls.has(text);
}
/** A call's box holds at most this many characters, the call's own included: a heading, a sentence or two, the button. */
const CTA_BOX_CHARS = 400;
/** How far up from the call its box is looked for. */
const CTA_BOX_LEVELS = 3;
/**
 * A box that holds one of these is more than a pitch: a picture, a list, a table or a quote; or a
 * date or an author's name, as a meta line ending in "5 Comments" does (its byline stays for Readability).
 */
const CTA_BOX_STOPS = 'figure, table, pre, blockquote, video, audio, iframe, li, img, picture, h1, time, [rel~="author"], [itemprop="author"]';
/** A byline's line: "By Jane Doe · 3 Comments", "Posted by admin | Leave a comment". */
const BYLINE_START = /^(?:(?:posted|written) )?(?:by|von|par|por|door|av|af|przez)\s/i;
/** At most this many paragraphs in a call's box. */
const CTA_BOX_PARAGRAPHS = 2;

/**
 * The small box a call to action closes: the element (a whole link or button on its own line) and the
 * widest ancestor up to CTA_BOX_LEVELS that holds at most CTA_BOX_CHARS of text, none of CTA_BOX_STOPS,
 * no byline, at most two paragraphs, with the call its last words, and that stands among other
 * text (its parent holds more: the box is apart from the story, not the story). Null when there is
 * no such box.
 */
function ctaBox(element: Element, stats: PageStats): Element | null {
  if (!isWholeLink(element)) return null;
  const call = flatText(element);
  let box: Element | null = null;
  for (let at = element.parentElement, level = 0; at && level < CTA_BOX_LEVELS; at = at.parentElement, level++) {
    if (stats.protectedSet.has(at) || at.tagName === 'BODY' || at.tagName === 'ARTICLE' || at.tagName === 'MAIN') break;
    const text = flatText(at);
    if (text.length > CTA_BOX_CHARS || !text.endsWith(call) || at.querySelector(CTA_BOX_STOPS) || BYLINE_START.test(text)) break;
    if (at.getElementsByTagName('p').length > CTA_BOX_PARAGRAPHS) break;
    if (text.length > call.length) box = at;
  }
  if (!box) return null;
  const parent = box.parentElement;
  return parent && flatText(parent).length > flatText(box).length + CTA_BOX_CHARS ? box : null;
}

function flatText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A count before or after a heading's words: "328 Comments", "Kommentare (12)". */
const HEADING_COUNT = /^\d[\d,.]*\s+|\s*\(\d[\d,.]*\)$/g;

/**
 * The comments section a heading with its count names ("328 Comments", "Comments (12)"): only a
 * comments heading, as a listicle's "3 Recommended" is a heading of the story.
 */
function countedComments(compiled: CompiledRules, text: string): PhraseEntry | undefined {
  const bare = text.replace(HEADING_COUNT, '');
  if (bare === text || !bare) return undefined;
  const heading = compiled.headings.get(bare);
  return heading?.rule.category === 'comments' ? heading : undefined;
}

const INLINE_TAGS = new Set(['STRONG', 'B', 'EM', 'I', 'SPAN', 'A', 'U', 'SMALL', 'FONT', 'MARK']);
/** Categories of calls to the reader (share, subscribe, comment, go elsewhere), kept when they run on inside a sentence. */
const IN_SENTENCE_KEPT: ReadonlySet<string> = new Set(['share', 'newsletter', 'promo', 'comments', 'navigation', 'cookie']);

/** Whether the element is, or holds nothing but, a <time> whose datetime names a date. */
function isClockTime(element: Element): boolean {
  const time = element.tagName === 'TIME' ? element : element.querySelector('time');
  return Boolean(time && /\d{4}-\d{2}-\d{2}/.test(time.getAttribute('datetime') ?? '') && (time.textContent ?? '').trim() === (element.textContent ?? '').trim());
}

/**
 * Whether the element is a line of its own that is all one link or button: it is one, or holds one with
 * the same text, and an inline element is the whole text of the block it sits in. A link inside a
 * sentence ("Want to see how it works? <a>Request a demo</a>!", WCXB 0051; an affiliate note's
 * "<u><a>Learn more</a></u>.", 0500) or beside other parts of its line stays.
 */
function isWholeLink(element: Element): boolean {
  if (!isOwnLine(element)) return false;
  if (element.tagName === 'A' || element.tagName === 'BUTTON') return true;
  const text = (element.textContent ?? '').trim();
  const link = element.querySelector('a, button');
  return link !== null && (link.textContent ?? '').trim() === text;
}

/** The block an element's line is: the element itself, or the nearest ancestor that is not inline. */
function lineOf(element: Element): Element {
  let line: Element = element;
  while (INLINE_TAGS.has(line.tagName) && line.parentElement) line = line.parentElement;
  return line;
}

/**
 * Whether the element is a block, or an inline element that is the whole text of its line: of the
 * block it sits in, less the blocks inside that block (a box's heading and copy above its button are
 * lines of their own, fixture leak-tip-box-newsletter-plug).
 */
function isOwnLine(element: Element): boolean {
  const line = lineOf(element);
  return line === element || inlineText(line).trim() === (element.textContent ?? '').trim();
}

/** A block's text outside the blocks inside it (bounded: past 200 nodes, all its text). */
function inlineText(line: Element): string {
  let text = '';
  let visited = 0;
  for (let node: Node | null = line.firstChild; node; node = nextNode(node, line, !breaksLine(node))) {
    if (++visited > 200) return line.textContent ?? '';
    if (node.nodeType === 3) text += node.nodeValue ?? '';
  }
  return text;
}

/**
 * Whether an inline element shares its line with words that are not links or buttons (bounded: a
 * line of more than 200 nodes counts as prose). Words in a block inside the line are on lines of
 * their own: a box's heading and copy above its button ("<div><h3>…</h3><p>…</p><a>Submit a tip</a>
 * </div>", fixture leak-tip-box-newsletter-plug).
 */
function inSentence(element: Element): boolean {
  const line = lineOf(element);
  if (line === element) return false;
  let visited = 0;
  let node: Node | null = line.firstChild;
  while (node) {
    if (++visited > 200) return true;
    const skip = node === element || (node.nodeType === 1 && ((node as Element).tagName === 'A' || (node as Element).tagName === 'BUTTON' || breaksLine(node)));
    if (node.nodeType === 3 && /[\p{L}\p{N}]/u.test(node.nodeValue ?? '')) return true;
    node = nextNode(node, line, !skip);
  }
  return false;
}

/** Whether an inline element runs on into text on its own line ("<strong>Über den Autor</strong>: Ich …"). */
function opensLine(element: Element): boolean {
  if (!INLINE_TAGS.has(element.tagName)) return false;
  for (const sibling of [element.previousSibling, element.nextSibling]) {
    if (sibling?.nodeType === 3 && /[\p{L}\p{N}]/u.test(sibling.nodeValue ?? '')) return true;
  }
  return false;
}

/** Whether the next thing on the element's line, blanks and a colon or dash aside, is a link. */
function linkFollows(element: Element): boolean {
  let next = element.nextSibling;
  while (next?.nodeType === 3 && /^[\s:：–—-]*$/.test(next.nodeValue ?? '')) next = next.nextSibling;
  return next?.nodeType === 1 && (next as Element).tagName === 'A';
}

/** Whether rendered text breaks the line at the element (a block, a cell or a <br>). */
function breaksLine(node: Node | null): boolean {
  if (node?.nodeType !== 1) return false;
  const tag = (node as Element).tagName;
  return BLOCK_TAGS.has(tag) || tag === 'BR' || tag === 'TD' || tag === 'TH';
}

/**
 * The element's text if its subtree is small and its text short, else null (bounded work). Blocks are
 * kept apart by a space, as rendered text keeps them on lines of their own: "<div>… on WhatsApp</div>
 * <div>Join our channel</div>" reads "… on whatsapp join our channel", not "whatsappjoin".
 */
function shortText(element: Element, limit: number): string | null {
  let text = '';
  let visited = 0;
  let node: Node | null = element.firstChild;
  while (node) {
    if (++visited > 40) return null;
    if (node.nodeType === 3) {
      if (breaksLine(node.previousSibling)) text += ' ';
      text += node.nodeValue ?? '';
      if (text.length > limit) return null;
    } else if (text !== '' && breaksLine(node)) {
      text += ' ';
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
