// A story's tabs (an explainer's "Base charge / Usage charge / Sewer fee", a guide's versions of one
// step): the page shows one panel at a time and hides the others until their tab is clicked. The
// reader shows every panel, open, one after the other, each under its tab's name; the strip of tabs,
// which would only repeat those names, goes. What makes them is what the page declares for assistive
// technology, the same on any site: role="tabpanel", named by its tab (aria-labelledby, or the tab's
// aria-controls). Only on the working clone.
import { bySelector } from '../tag-lists';
import { reveal } from './match-clutter';

/** A tab's name is a short label; anything longer is not used as a panel's name. */
const MAX_LABEL_CHARS = 80;

function flat(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The tab that names a panel: the one its aria-labelledby names, else the one that says it controls it. */
function tabOf(panel: Element, controls: Map<string, Element>): Element | null {
  const doc = panel.ownerDocument;
  for (const id of (panel.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const named = id ? doc.getElementById(id) : null;
    if (named) return named.closest('[role="tab"]') ?? named;
  }
  return panel.id ? (controls.get(panel.id) ?? null) : null;
}

/** Opens the tab panels of the clone, each under its tab's name, and removes the tab strips so replaced. */
export function openTabPanels(doc: Document): void {
  const panels = doc.body ? bySelector(doc.body, '[role="tabpanel"]', (element) => element.getAttribute('role') === 'tabpanel') : [];
  if (!panels.length) return;
  const controls = new Map<string, Element>();
  for (const control of Array.from(doc.body?.querySelectorAll('[aria-controls]') ?? [])) {
    for (const id of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id && !controls.has(id)) controls.set(id, control);
  }
  const named = new Set<Element>();
  for (const panel of panels) {
    reveal(panel);
    const tab = tabOf(panel, controls);
    const label = flat(tab?.textContent);
    if (!tab || !label || label.length > MAX_LABEL_CHARS || panel.contains(tab)) continue;
    // An accordion marked up as tabs: its "tab" is the header right above the panel, in the same
    // list, and it stays where it is (WCXB 0307, a podcast's transcript under its header).
    if (tab.closest('[role="tablist"]')?.contains(panel)) continue;
    named.add(tab.closest('[role="tab"]') ?? tab);
    if (flat(panel.textContent).startsWith(label)) continue;
    const heading = doc.createElement('p');
    heading.appendChild(doc.createElement('strong')).textContent = label;
    panel.insertBefore(heading, panel.firstChild);
  }
  // A strip whose every tab names a panel shown under it now.
  const strips = new Set<Element>();
  for (const tab of named) {
    const strip = tab.closest('[role="tablist"]');
    if (strip) strips.add(strip);
  }
  for (const strip of strips) {
    const tabs = Array.from(strip.querySelectorAll('[role="tab"]'));
    if (tabs.length && tabs.every((tab) => named.has(tab))) strip.remove();
  }
}
