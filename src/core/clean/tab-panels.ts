// A story's tabs (an explainer's "Base charge / Usage charge / Sewer fee", a guide's versions of one
// step): the page shows one panel at a time and hides the others until their tab is clicked. The
// reader shows every panel, open, one after the other, each under its tab's name; the strip of tabs,
// which would only repeat those names, goes. What makes them is what the page declares for assistive
// technology, the same on any site: role="tabpanel", named by its tab (aria-labelledby, or the tab's
// aria-controls). An accordion's buttons (openAccordionButtons) give way to their names, which
// Readability would drop with the buttons. Only on the working clone.
import { bySelector, listOf } from '../tag-lists';
import { reveal } from './match-clutter';
import { CLOCK } from './video-debris';

/** A pager's dot: a number, or a slide's number in words ("Slide 3 of 6", "Go to slide 3"). */
const PAGER_LABEL = /^(?:(?:go to |show )?(?:slide|image|photo|item|page) )?\p{Nd}{1,3}(?: (?:of|\/) \p{Nd}{1,3})?$/iu;

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
    // A carousel's pager ("1", "2", … or "Go to slide 3") marks its slides up as tabs: its dots name
    // no panel, and the strip goes all the same (probe ring media, a slideshow's numbers as lines).
    if (PAGER_LABEL.test(label) || flat(panel.textContent).startsWith(label)) continue;
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

const HEADING = /^H[1-6]$/;
/** A question's end, in the scripts whose pages ask one (Latin, Arabic, CJK full width). */
const QUESTION_END = /[?؟？]$/;
/** Longer than this, a button's text is no question's. */
const MAX_QUESTION_CHARS = 300;

/**
 * An accordion's questions (an explainer's FAQ, a guide's steps): the button that opens each panel
 * holds its name, set in a heading (`<h3><button aria-expanded aria-controls="p1">Is the water safe
 * to drink?</button></h3>`, the accordion pattern of WAI-ARIA) or standing alone when it asks a
 * question. Readability drops every button, which left the answers without their questions. Such a
 * button gives way to its content, in place; a heading's text is all in its button. So does a
 * transcript's timestamp button, which the video-debris rule then judges. Only on the working clone.
 */
export function openAccordionButtons(doc: Document): void {
  const buttons = doc.body ? listOf(doc.body.getElementsByTagName('button')) : [];
  for (const button of buttons) {
    const text = flat(button.textContent);
    if (!text || text.length > MAX_QUESTION_CHARS) continue;
    const parent = button.parentElement;
    const heading = parent && HEADING.test(parent.tagName) ? parent : parent?.parentElement && HEADING.test(parent.parentElement.tagName) ? parent.parentElement : null;
    // A transcript's timestamp, a button that seeks the player, is a duration too: the video-debris rule
    // judges it as one (it keeps a run of them in order).
    const stamp = !heading && CLOCK.test(text);
    // An accordion's button says what it opens (aria-controls) or whether it is open (aria-expanded).
    const opens = button.hasAttribute('aria-controls') || button.hasAttribute('aria-expanded');
    if (!stamp && !(opens && (heading ? flat(heading.textContent) === text : QUESTION_END.test(text)))) continue;
    const name = doc.createElement(heading || stamp ? 'span' : 'p');
    const holder = heading || stamp ? name : name.appendChild(doc.createElement('strong'));
    while (button.firstChild) holder.appendChild(button.firstChild);
    // What it opens stays known as a panel the page opens on demand (match-clutter's hidden rule keeps it).
    const controls = button.getAttribute('aria-controls');
    if (controls) name.setAttribute('aria-controls', controls);
    button.replaceWith(name);
  }
}
