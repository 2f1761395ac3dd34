// The one sanitizer of extracted HTML: DOMPurify, with the DOM implementation of the window given.
// No scripts, event handlers, javascript: URLs, forms, iframes, embeds or style attributes; every
// link gets rel="noopener noreferrer".
import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';
import type { Removal } from './types';

const purifiers = new WeakMap<object, Purifier>();

const CONFIG: Config & { RETURN_DOM: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'style', 'script', 'noscript', 'link', 'meta', 'base', 'dialog', 'template', 'portal', 'fencedframe',
  ],
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'action', 'formaction', 'ping', 'target', 'background'],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM: true,
};

function purifierFor(win: Window & typeof globalThis): Purifier {
  const cached = purifiers.get(win);
  if (cached) return cached;
  const purifier = DOMPurify(win);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' || node.nodeName === 'AREA') {
      if (node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

export interface Sanitized {
  /** A <body> element of a fresh document holding the clean article. */
  body: HTMLElement;
  removed: Removal[];
}

/** Sanitizes an article element (or HTML string) into a fresh body; reports removed unsafe elements. */
export function sanitizeArticle(content: Element | string, win: Window & typeof globalThis): Sanitized {
  const purifier = purifierFor(win);
  let dirty: Node | string = content;
  // A node from another realm (e.g. page vs. content-script world) goes through its HTML instead.
  if (typeof content !== 'string' && !((content as Node) instanceof win.Node)) dirty = (content as Element).outerHTML;
  const body = purifier.sanitize(dirty, CONFIG) as HTMLElement;
  const removed: Removal[] = [];
  for (const item of purifier.removed) {
    if ('element' in item && item.element && item.element.nodeType === 1) {
      const element = item.element as Element;
      removed.push({
        category: 'unsafe',
        ruleId: 'sanitize',
        text: `<${element.nodeName.toLowerCase()}> ${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}`.trim().slice(0, 120),
      });
    }
  }
  return { body, removed };
}
