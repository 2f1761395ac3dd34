// Forms the user fills in (newsletter sign-up, "request our free guide", contact and comment forms)
// that Readability kept inside the story. Readability drops the fields themselves (input, select,
// textarea, button) and, on a short page where it gives up its conditional cleaning, keeps the rest;
// the sanitizer then drops the <form> tag but keeps its words. Their labels, hints and honeypot notes
// ("Email address (required)", "Leave this field empty") would read as lines of the story (fixture
// signup-form-in-story). A form that holds a paragraph of prose or most of the article's text is a
// wrapper around the story (ASP.NET pages put the whole page in one <form>): it stays.
import type { Removal } from '../types';
import type { PageStats } from './main-content';
import type { Disabled } from '../disable';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { byTag, firstByTag, listOf } from '../tag-lists';

/** A form holding at least this share of the article's text is a wrapper around the story. */
const WRAPPER_SHARE = 0.5;
/** A paragraph this long inside the form is prose of the story, not a label or a hint. */
const PROSE_CHARS = 150;
/** The form's box goes with it when the box adds at most this much text: its heading and a one-line intro. */
const BOX_EXTRA_CHARS = 120;
const TEXT_BLOCKS = ['p', 'li', 'blockquote', 'div'];

const flat = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function holdsProse(form: Element, outside: Element | null = null): boolean {
  for (const block of byTag(form, TEXT_BLOCKS)) {
    // The box's own prose only: what the form inside it says is the form's.
    if (outside?.contains(block)) continue;
    // Only a block's own text: a wrapper <div> around the labels is not one long paragraph.
    if (firstByTag(block, TEXT_BLOCKS)) continue;
    if (flat(block).length >= PROSE_CHARS) return true;
  }
  return false;
}

/**
 * The form, or the box around it that only adds a heading and a short intro ("Get our monthly planting
 * calendar"): without the form they would stand as a heading over nothing.
 */
function formBox(form: Element, article: Element, keep: (element: Element) => boolean = () => false): Element {
  const formChars = flat(form).length;
  let box = form;
  for (let parent = form.parentElement; parent && parent !== article && !keep(parent); parent = parent.parentElement) {
    if (flat(parent).length - formChars > BOX_EXTRA_CHARS || holdsProse(parent, form)) break;
    box = parent;
  }
  return box;
}

/** Removes the forms to fill in from the article in place (outermost first) and returns what went. */
export function removeEntryForms(article: Element): Removal[] {
  const forms = listOf(article.getElementsByTagName('form'));
  if (forms.length === 0) return [];
  const total = flat(article).length;
  const removed: Removal[] = [];
  for (const form of forms) {
    if (!article.contains(form) || flat(form).length >= total * WRAPPER_SHARE || holdsProse(form)) continue;
    const box = formBox(form, article);
    removed.push(recordRemoval(box, STEP_RULES.entryForm, STEP_RULES.entryForm.match));
    box.remove();
  }
  return removed;
}

/** Names of an e-mail field ("email", "e-mail", French "courriel", Spanish "correo"), in its name, id or autocomplete. */
const EMAIL_FIELD = /e-?mail|courriel|correo/;

/** Whether the form asks for an e-mail address: the one field every sign-up, contact and comment form has. */
function hasEmailField(form: Element): boolean {
  for (const input of listOf(form.getElementsByTagName('input'))) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'email') return true;
    if (type !== 'text') continue;
    if (EMAIL_FIELD.test(`${input.getAttribute('name') ?? ''} ${input.id} ${input.getAttribute('autocomplete') ?? ''}`.toLowerCase())) return true;
  }
  return false;
}

function paragraphChars(element: Element): number {
  let chars = 0;
  for (const p of listOf(element.getElementsByTagName('p'))) chars += flat(p).length;
  return chars;
}

/**
 * Before the parse, on an article page: removes each <form> that asks for an e-mail address and holds
 * neither the story (the main element or an <h1>) nor, on a page without a headline outside it, half
 * of the page's paragraph text. A sign-up form with its country list, consent text and checkboxes can
 * outweigh a short story, and Readability then takes the form for the article (trafilatura dev 0223: a two-sentence interview note). A form that
 * wraps the page (ASP.NET) holds the story and stays.
 */
export function removeFieldForms(doc: Document, stats: PageStats, disabled: Disabled): Removal[] {
  const body = doc.body;
  if (!body || disabled.kept(STEP_RULES.entryForm.id, STEP_RULES.entryForm.match)) return [];
  const removed: Removal[] = [];
  // Forms and headlines in one pass (walked under jsdom, queried in browsers: tag-lists.ts).
  const found = byTag(body, ['form', 'h1']);
  const forms = found.filter((element) => element.localName === 'form');
  if (forms.length === 0) return removed;
  const headlines = found.filter((element) => element.localName === 'h1');
  for (const form of forms) {
    if (!body.contains(form) || stats.protectedSet.has(form) || (stats.main && form.contains(stats.main))) continue;
    const inside = headlines.filter((h1) => form.contains(h1)).length;
    if (inside > 0 || !hasEmailField(form)) continue;
    const headlineOutside = headlines.length > 0;
    // The page's headline stands outside the form: the form is beside the story, whatever its share.
    if (!headlineOutside && paragraphChars(form) >= stats.paragraphChars * WRAPPER_SHARE) continue;
    // With its heading and one-line intro, as after the parse; never a container of the story or its headline.
    const box = formBox(form, body, (parent) => stats.protectedSet.has(parent) || (stats.main !== null && parent.contains(stats.main)) || parent.getElementsByTagName('h1').length > 0);
    removed.push(recordRemoval(box, STEP_RULES.entryForm, STEP_RULES.entryForm.match));
    box.remove();
  }
  return removed;
}
