// The one sanitizer of extracted HTML: DOMPurify, with the DOM implementation of the window given.
// No scripts, event handlers, javascript: URLs, forms, iframes, embeds or style attributes; every
// link gets rel="noopener noreferrer"; every <details> is open; no tracking pixel and no image address made of the page's markup
// (image-guard.ts). The article and the removed blocks (when one is put back: removed-markup.ts) go
// through the same configuration.
import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';
import type { Removal } from './types';
import { STEP_RULES } from './rules/step-rules';
import { dropBrokenSrcset, GUARDED_IMAGE_TAGS, imageProblem } from './image-guard';
import { byAttribute } from './tag-lists';

/** Our own marks that pass the sanitizer (a block an anchor points at, one part of a batch); always stripped after. */
export const ANCHOR_ATTR = 'data-tr-anchor';
const PART_ATTR = 'data-tr-part';

const purifiers = new WeakMap<object, Purifier>();

/**
 * Elements the sanitizer drops with everything inside them: forbidden below or outside the HTML profile,
 * and in DOMPurify's FORBID_CONTENTS. Markup kept to be sanitized later leaves them out (restorable.ts).
 */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'annotation', 'annotation-xml']);

/** Attributes the sanitizer always drops (and, with ALLOW_DATA_ATTR false, every data-* but its own marks). */
export const FORBIDDEN_ATTRS: readonly string[] = ['style', 'class', 'srcdoc', 'action', 'formaction', 'ping', 'target', 'background'];

const CONFIG: Config & { RETURN_DOM: true } = {
  // MathML is a formula's text (a science story's f₀ ≈ c / 4h): it stays. Its TeX source in an
  // <annotation> is not shown by a browser, and goes with its content.
  USE_PROFILES: { html: true, mathMl: true },
  ADD_FORBID_CONTENTS: ['annotation', 'annotation-xml'],
  FORBID_TAGS: [
    'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'style', 'script', 'noscript', 'link', 'meta', 'base', 'dialog', 'template', 'portal', 'fencedframe',
  ],
  FORBID_ATTR: [...FORBIDDEN_ATTRS],
  ADD_ATTR: [ANCHOR_ATTR, PART_ATTR],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM: true,
};

/** Where the image check of the sanitize call in progress reports what it dropped (null: nowhere). */
let imageSink: Removal[] | null = null;

function guardImage(node: Node): void {
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (!GUARDED_IMAGE_TAGS.has(element.localName)) return;
  const problem = imageProblem(element);
  if (!problem) {
    if (element.localName === 'img') dropBrokenSrcset(element);
    return;
  }
  const rule = problem.kind === 'tracking' ? STEP_RULES.trackingImage : STEP_RULES.brokenImageUrl;
  imageSink?.push({
    category: rule.category,
    ruleId: rule.id,
    match: `<${element.localName}> ${problem.match}`,
    reason: rule.reason,
    text: `<${element.localName}>`,
    unrestorable: 'unsafe',
  });
  element.parentNode?.removeChild(element);
}

function purifierFor(win: Window & typeof globalThis): Purifier {
  const cached = purifiers.get(win);
  if (cached) return cached;
  const purifier = DOMPurify(win);
  // Before its attributes are judged: the style marks (clone-marks.ts) are still there to read.
  purifier.addHook('uponSanitizeElement', guardImage);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' || node.nodeName === 'AREA') {
      if (node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    }
    // A section the page keeps collapsed (an accordion's answer, a "more" panel) is shown open: the
    // reader came to read it, and can still fold it (fixture collapsed-sections; WCXB 0210).
    if (node.nodeName === 'DETAILS') node.setAttribute('open', '');
  });
  purifiers.set(win, purifier);
  return purifier;
}

export interface Sanitized {
  /** A <body> element of a fresh document holding the clean article. */
  body: HTMLElement;
  removed: Removal[];
}

function run(purifier: Purifier, content: Element | string, win: Window & typeof globalThis, sink: Removal[] | null): HTMLElement {
  let dirty: Node | string = content;
  // A node from another realm (e.g. page vs. content-script world) goes through its HTML instead.
  if (typeof content !== 'string' && !((content as Node) instanceof win.Node)) dirty = (content as Element).outerHTML;
  imageSink = sink;
  try {
    return purifier.sanitize(dirty, CONFIG) as HTMLElement;
  } finally {
    imageSink = null;
  }
}

function stripMarks(body: Element): void {
  for (const element of byAttribute(body, [ANCHOR_ATTR, PART_ATTR])) {
    element.removeAttribute(ANCHOR_ATTR);
    element.removeAttribute(PART_ATTR);
  }
}

/**
 * Sanitizes an article element (or HTML string) into a fresh body; reports removed unsafe elements
 * and images. `readMarks` sees the body while the anchor marks are still on it; they are stripped after.
 */
export function sanitizeArticle(content: Element | string, win: Window & typeof globalThis, readMarks?: (body: HTMLElement) => void): Sanitized {
  const purifier = purifierFor(win);
  const removed: Removal[] = [];
  const body = run(purifier, content, win, removed);
  for (const item of purifier.removed) {
    if ('element' in item && item.element && item.element.nodeType === 1) {
      const element = item.element as Element;
      const tag = element.nodeName.toLowerCase();
      removed.push({
        category: STEP_RULES.sanitize.category,
        ruleId: STEP_RULES.sanitize.id,
        match: `<${tag}>`,
        reason: STEP_RULES.sanitize.reason,
        text: `<${tag}> ${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}`.trim().slice(0, 120),
        unrestorable: 'unsafe',
      });
    }
  }
  readMarks?.(body);
  stripMarks(body);
  return { body, removed };
}

/**
 * Sanitizes several HTML fragments in one pass (one DOMPurify call, whatever their number); returns the
 * clean HTML of each, '' for one that had nothing safe left.
 */
export function sanitizeFragments(fragments: readonly string[], win: Window & typeof globalThis): string[] {
  if (fragments.length === 0) return [];
  const nonce = Math.random().toString(36).slice(2);
  const joined = fragments.map((html, i) => `<div ${PART_ATTR}="${nonce}-${i}">${html}</div>`).join('');
  const body = run(purifierFor(win), joined, win, null);
  const out = fragments.map(() => '');
  for (const part of byAttribute(body, [PART_ATTR])) {
    const match = /^([a-z0-9]+)-(\d+)$/.exec(part.getAttribute(PART_ATTR) ?? '');
    // The page's own markup may carry the attribute too: only our nonce counts.
    if (!match || match[1] !== nonce) continue;
    const index = Number(match[2]);
    stripMarks(part);
    if (index < out.length && out[index] === '') out[index] = part.innerHTML;
  }
  return out;
}
