// "Hide clutter on this page": marks the elements the core calls clutter with an attribute and
// hides them with one injected stylesheet, so restoring is exact (remove both, nothing else
// was touched). The core's findClutter never mutates the document; only this file does.
import { findClutter } from '../core/index';
import type { KeepException } from '../core/types';
import type { HiddenState } from './cleaner-protocol';

export const HIDDEN_ATTR = 'data-tidy-hidden';
export const HIDE_STYLE_ID = 'tidy-reader-hide-style';

export function clutterStatus(doc: Document): HiddenState {
  return {
    hidden: doc.getElementById(HIDE_STYLE_ID) !== null,
    count: doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length,
  };
}

export function restoreClutter(doc: Document): HiddenState {
  doc.getElementById(HIDE_STYLE_ID)?.remove();
  for (const element of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) element.removeAttribute(HIDDEN_ATTR);
  return clutterStatus(doc);
}

export function hideClutter(doc: Document, url: string, keep: readonly KeepException[] = []): HiddenState {
  // Start from a clean page so that hiding twice finds the same blocks, not the leftovers.
  restoreClutter(doc);
  for (const { element, removal } of findClutter(doc, url, keep)) element.setAttribute(HIDDEN_ATTR, removal.category);
  const style = doc.createElement('style');
  style.id = HIDE_STYLE_ID;
  style.textContent = `[${HIDDEN_ATTR}]{display:none !important}`;
  (doc.head ?? doc.documentElement).append(style);
  return clutterStatus(doc);
}
