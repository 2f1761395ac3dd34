// Video-widget debris: a lone duration ("03:32") is usually followed by the video's title printed twice
// (title and caption). The duration itself is a rule (rules/widget-rules.ts, video-debris); this file
// finds the twin lines after it, and removes repeated adjacent lines left in the article.
import type { Removal } from '../types';
import { normalizeLabel } from './compile-rules';
import { walkElements } from './walk';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { holdsKept } from '../clone-marks';
import { BLOCKS } from '../prose';

const MAX_TWIN_CHARS = 240;
/** Real articles repeat a handful of lines at most; the cap keeps a pathological page linear. */
const MAX_REPEATS = 100;

function leafBlocksAfter(marker: Element, scope: Element, limit: number): Element[] {
  const found: Element[] = [];
  let passed = false;
  walkElements(scope, (element) => {
    if (element === marker) {
      passed = true;
      return 'skip';
    }
    if (!passed) return undefined;
    let hasTextChild = false;
    for (let c = element.firstElementChild; c && !hasTextChild; c = c.nextElementSibling) hasTextChild = (c.textContent ?? '').trim() !== '';
    if (hasTextChild || !(element.textContent ?? '').trim()) return undefined;
    found.push(element);
    return found.length >= limit ? 'stop' : 'skip';
  });
  return found;
}

/** The two identical title lines that follow a video duration, if that is what follows it. */
export function videoTwins(duration: Element): Element[] {
  let scope: Element = duration;
  for (let level = 0; level < 3 && scope.parentElement && scope.parentElement.tagName !== 'BODY'; level++) {
    scope = scope.parentElement;
    const [first, second] = leafBlocksAfter(duration, scope, 2);
    if (!first || !second) continue;
    const a = normalizeLabel(first.textContent ?? '');
    const b = normalizeLabel(second.textContent ?? '');
    return a === b && a.length <= MAX_TWIN_CHARS ? [first, second] : [];
  }
  return [];
}

/** A play control's label or glyph: "Play video, …", "play", "▶". */
const PLAY = /(?<![\p{L}])(?:play|abspielen|reproducir|lire|riproduci|afspelen|spela)(?![\p{L}])|[▶►]/iu;
/** A video's title under its player is a headline's length at most. */
const MAX_TITLE_CHARS = 160;

/**
 * The video's title printed once under its player, when nothing names the player (hashed classes):
 * the duration's box holds a play control, and the line right after that box is the only other thing in
 * their common box, short and not a sentence ("<div><div><img><button aria-label="Play video">…
 * <span>1:12</span></div><p>The moment the kayakers were pulled from the water</p></div>"). Else null.
 */
export function videoTitle(duration: Element): Element | null {
  // The duration's own box is the player when it holds the play control (its text is the duration alone).
  const player = hasPlayControl(duration) ? duration : duration.parentElement;
  const box = player?.parentElement;
  if (!player || !box || box.tagName === 'BODY' || box.firstElementChild !== player || !hasPlayControl(player)) return null;
  const title = player.nextElementSibling;
  // A <figcaption> is the video-caption rule's to judge: it keeps a caption that does not say it is a video's.
  if (!title || title.nextElementSibling || title.localName === 'figcaption' || title.querySelector('img, picture, video, iframe, a, p, div')) return null;
  const text = (title.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text.length <= MAX_TITLE_CHARS && !/[.!?…]$/.test(text) ? title : null;
}

function hasPlayControl(element: Element): boolean {
  const controls = Array.from(element.querySelectorAll('button, [role="button"]'));
  return controls.some((control) => PLAY.test(control.getAttribute('aria-label') ?? '') || PLAY.test(control.textContent ?? ''));
}

const LINE_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'div', 'span']);

/**
 * Whether the element runs inside a line of text rather than being one: an inline line element (a
 * <span>) whose block says more than it does ("Enablement of <span>DNS</span>-based",
 * "<span><a>Power BI</a></span><span> is a tool…</span>", "Take an existing <em><span>&lt;commit&gt;</span></em>
 * object": WCXB 2534, 0163, 0689). Only a block that is the span, or the span twice (a video widget's
 * "<div><span>Title</span><span>Title</span></div>"), makes it a line. `blockTexts` keeps each block's text, read once.
 */
function inRunningText(element: Element, root: Element, blockTexts: Map<Element, string>): boolean {
  if (BLOCKS.has(element.tagName)) return false;
  let block = element.parentElement;
  while (block && block !== root && !BLOCKS.has(block.tagName)) block = block.parentElement;
  if (!block) return false;
  const own = normalizeLabel(element.textContent ?? '');
  let whole = blockTexts.get(block);
  if (whole === undefined) blockTexts.set(block, (whole = normalizeLabel(block.textContent ?? '')));
  return whole !== own && whole !== `${own}${own}` && whole !== `${own} ${own}`;
}

/** The line elements (LINE_TAGS, not inside running text) that hold no other line element, in document order, in one walk. */
function innermostLines(root: Element): Element[] {
  const lines: Element[] = [];
  const blockTexts = new Map<Element, string>();
  walkElements(root, (element) => {
    if (LINE_TAGS.has(element.localName) && !inRunningText(element, root, blockTexts)) lines.push(element);
  });
  // Mark each line's line ancestors; a climb stops where an earlier one passed, so this stays linear.
  const outer = new Set<Element>();
  const climbed = new Set<Element>();
  for (const line of lines) {
    for (let up = line.parentElement; up && up !== root && !climbed.has(up); up = up.parentElement) {
      climbed.add(up);
      if (LINE_TAGS.has(up.localName)) outer.add(up);
    }
  }
  return lines.filter((line) => !outer.has(line));
}

/** Removes a short line that repeats the line just before it (the second copy only), in place. */
export function removeRepeatedLines(root: Element): Removal[] {
  const removed: Removal[] = [];
  let previous = '';
  // Asked once: on most pages nothing is kept, and asking every line costs a query each.
  const keeping = holdsKept(root);
  for (const element of innermostLines(root)) {
    // Not isConnected: the article is a detached element (Readability's result) and nothing in it is connected.
    if (!root.contains(element)) continue;
    // A block the user keeps on the site stays whole, its widget's title twins too.
    if (keeping && holdsKept(element)) continue;
    const text = normalizeLabel(element.textContent ?? '');
    if (!text) continue;
    if (text === previous && text.length <= MAX_TWIN_CHARS) {
      if (removed.length >= MAX_REPEATS) break;
      removed.push(recordRemoval(element, STEP_RULES.repeatedLine, STEP_RULES.repeatedLine.match));
      element.remove();
      continue;
    }
    previous = text;
  }
  return removed;
}

/** A duration as the rule reads it: "00:44", "1:02:45" (also a player's seek button's, tab-panels.ts). */
export const CLOCK = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/;
/** A run of durations in order that starts in the first minute, this long, is a transcript's timestamps. */
const TIMESTAMP_RUN = 3;
/** A run in order this long is one wherever it starts (a transcript's later part). */
const LONG_TIMESTAMP_RUN = 5;

function seconds(text: string): number {
  const parts = CLOCK.exec(text);
  return parts ? Number(parts[1] ?? 0) * 3600 + Number(parts[2]) * 60 + Number(parts[3]) : NaN;
}

/**
 * The matches to remove, without a transcript's or a chapter list's timestamps: durations that the
 * video-debris rule took, when they are a run in the page's order, each later than the one before
 * (00:00, 00:44, 01:32 …), three or more from the first minute or five or more from anywhere. A video
 * widget leaves one or two durations, a playlist several in no order (probe ring features 3: a
 * podcast's transcript lost its 17 timestamps).
 */
export function withoutTimestamps<T extends { element: Element; removal: Removal }>(matches: T[]): T[] {
  const stamps = matches.filter((m) => m.removal.ruleId === 'video-debris' && CLOCK.test((m.element.textContent ?? '').trim()));
  if (stamps.length < TIMESTAMP_RUN) return matches;
  let last = -1;
  for (const stamp of stamps) {
    const at = seconds((stamp.element.textContent ?? '').trim());
    if (!(at > last)) return matches;
    last = at;
  }
  const first = seconds((stamps[0]?.element.textContent ?? '').trim());
  if (first >= 60 && stamps.length < LONG_TIMESTAMP_RUN) return matches;
  const kept = new Set<T>(stamps);
  return matches.filter((m) => !kept.has(m));
}
