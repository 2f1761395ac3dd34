// The one module that puts page-derived data into an extension page (popup and reader). Text
// goes in as textContent; the article body goes through DOMPurify once more, here, even though the
// core already sanitized it: this page holds extension privileges, so it trusts nothing, and loads no
// tracking pixel or broken image address either (image-guard.ts). A removed block travels as the
// page's markup, unsanitized: put back, it is sanitized first with the core's configuration
// (removed-markup.ts), then as the body is.
import DOMPurify from 'dompurify';
import type { Article, Removal, RemovalCategory, Signal } from '../core/types';
import { GUARDED_IMAGE_TAGS, dropBrokenSrcset, imageProblem, isBrokenImageUrl } from '../core/image-guard';
import { sanitizeRemovedMarkup } from '../core/removed-markup';
import { MAX_REMOVAL_HTML, MAX_REMOVED_HTML } from '../core/restore-limits';
import { t } from '../i18n/t';
import { REMOVAL_CATEGORY_KEYS } from '../i18n/ui-keys';
import { applyArticleLanguage } from '../theme/apply-prefs';
import { formatMeta } from './format-meta';
import { RESTORED_CLASS, restorePlace } from './restore-place';
import { verdictReasons } from './verdict-reasons';

const SAFE_URL = /^(?:https?:|mailto:|#)/i;
/** What DOMPurify puts before every id and name from the page (its SANITIZE_NAMED_PROPS). */
const NAMED_PROPS_PREFIX = 'user-content-';

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null = null;

function getPurifier(win: Window & typeof globalThis): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(win);
  instance.addHook('uponSanitizeElement', (node) => {
    if (node.nodeType !== 1 || !GUARDED_IMAGE_TAGS.has((node as Element).localName)) return;
    const image = node as Element;
    if (imageProblem(image)) image.parentNode?.removeChild(image);
    else if (image.localName === 'img') dropBrokenSrcset(image);
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        // A link to a place in the article (a footnote and its way back): it stays in this page,
        // and points at the id as renamed below (SANITIZE_NAMED_PROPS).
        if (href.length > 1 && !href.startsWith(`#${NAMED_PROPS_PREFIX}`)) node.setAttribute('href', `#${NAMED_PROPS_PREFIX}${href.slice(1)}`);
        node.removeAttribute('target');
        return;
      }
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  purifier = instance;
  return instance;
}

/** Sanitizes article HTML into a fragment for this page (no styles, forms, frames or scripts). */
export function sanitizeArticleHtml(html: string, win: Window & typeof globalThis): DocumentFragment {
  return getPurifier(win).sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcdoc', 'action', 'formaction'],
    ALLOWED_URI_REGEXP: SAFE_URL,
    // Ids from the page must not clash with this page's own (#title, #content…).
    SANITIZE_NAMED_PROPS: true,
  });
}

function byId(doc: Document, id: string): HTMLElement {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`The page lacks #${id}`);
  return element;
}

function setText(doc: Document, id: string, text: string): void {
  const element = byId(doc, id);
  element.textContent = text;
  element.hidden = text === '';
}

/** Whether the address is a web page's (http or https): page data links only to those. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function renderRelated(doc: Document, article: Article): void {
  const section = byId(doc, 'related');
  const list = section.querySelector('ul');
  if (!list) throw new Error('#related lacks its list');
  const items = article.related.filter((link) => isWebUrl(link.url) && link.title.trim() !== '');
  list.replaceChildren(
    ...items.map((link) => {
      const li = element(doc, 'li', 'related-item');
      // A headline may be in another script than the UI (Arabic, Hebrew): the item takes its direction.
      li.dir = 'auto';
      const anchor = element(doc, 'a', 'related-title', link.title);
      anchor.href = link.url;
      anchor.target = '_blank';
      anchor.rel = 'noopener noreferrer';
      li.append(anchor);
      const details = element(doc, 'p', 'related-details');
      details.append(element(doc, 'span', 'related-source', link.source ?? ''), element(doc, 'span', 'related-time', link.time ?? ''));
      const summary = element(doc, 'p', 'related-summary', link.summary ?? '');
      summary.dir = 'auto';
      li.append(details, summary);
      return li;
    }),
  );
  section.hidden = items.length === 0;
}

/** Why a removal was made, in one line: its rule, what of the rule matched, and the rule's reason. */
function removalWhy(doc: Document, removal: Removal, className: string): HTMLElement {
  const why = element(doc, 'p', className);
  why.append(
    element(doc, 'span', 'removed-rule', removal.ruleId),
    ' · ',
    element(doc, 'code', 'removed-match', removal.match),
    ' — ',
    element(doc, 'span', 'removed-reason', removal.reason),
  );
  return why;
}

function actionButton(doc: Document, action: 'restore' | 'keep', index: number, label: string): HTMLButtonElement {
  const button = element(doc, 'button', `removed-${action}`, label);
  button.type = 'button';
  button.dataset.action = action;
  button.dataset.index = String(index);
  // "Always keep" is a toggle with a fixed name; "Restore" says what it will do next instead.
  if (action === 'keep') button.setAttribute('aria-pressed', 'false');
  // The block's text names what the button acts on.
  button.setAttribute('aria-describedby', `removed-text-${index}`);
  return button;
}

/** One removed block in the list: its text, why it went, and what can be done with it. */
function removedItem(doc: Document, removal: Removal, index: number): HTMLLIElement {
  const li = element(doc, 'li', 'removed-item');
  li.dataset.index = String(index);
  const text = element(doc, 'p', 'removed-text', removal.text || `(${removal.ruleId})`);
  text.id = `removed-text-${index}`;
  text.dir = 'auto';
  li.append(text, removalWhy(doc, removal, 'removed-why'));
  const actions = element(doc, 'p', 'removed-actions');
  if (removal.markup !== undefined) actions.append(actionButton(doc, 'restore', index, t('removedRestore')));
  else if (removal.unrestorable === 'too-large') {
    actions.append(element(doc, 'span', 'removed-note', t('removedTooLarge', [String(MAX_REMOVAL_HTML / 1024), String(MAX_REMOVED_HTML / 1024)])));
  } else if (removal.unrestorable === 'empty') actions.append(element(doc, 'span', 'removed-note', t('removedEmpty')));
  else actions.append(element(doc, 'span', 'removed-note', t('removedNeverRestored')));
  // Keeping what is never shown, or shows nothing, would keep nothing.
  if (removal.unrestorable !== 'unsafe' && removal.unrestorable !== 'empty') actions.append(actionButton(doc, 'keep', index, t('removedKeep')));
  li.append(actions);
  return li;
}

/** The "what was removed" list, grouped by category, biggest group first; each block with its restore and keep buttons. */
export function renderRemoved(doc: Document, removed: Removal[]): void {
  const groups = new Map<RemovalCategory, Array<[Removal, number]>>();
  removed.forEach((removal, index) => groups.set(removal.category, [...(groups.get(removal.category) ?? []), [removal, index]]));
  const list = byId(doc, 'removed-groups');
  list.replaceChildren(
    ...[...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([category, items]) => {
        const li = element(doc, 'li', 'removed-group');
        li.dataset.category = category;
        const heading = element(doc, 'h3', 'removed-heading');
        heading.append(
          element(doc, 'span', 'removed-category', t(REMOVAL_CATEGORY_KEYS[category])),
          ' ',
          element(doc, 'span', 'removed-count', String(items.length)),
        );
        const texts = element(doc, 'ul', 'removed-texts');
        texts.append(...items.map(([removal, index]) => removedItem(doc, removal, index)));
        li.append(heading, texts);
        return li;
      }),
  );
  setText(doc, 'removed-summary', removed.length === 0 ? t('removedNothing') : t('removedCount', String(removed.length)));
}

/** The restored block of removal `index` in #content, if it is there. */
export function restoredBlock(doc: Document, index: number): HTMLElement | null {
  return byId(doc, 'content').querySelector<HTMLElement>(`.${RESTORED_CLASS}[data-removal="${index}"]`);
}

/** What putting a block back did: shown, or found unsafe (nothing of its markup survives the sanitizer). */
export type RestoreResult = { ok: true; block: HTMLElement } | { ok: false; reason: 'unsafe' };

/**
 * The removal's item in the Removed list redrawn from the record, after restoring it found the block
 * unsafe: its note says so in place of the Restore button (which goes, so the note takes the focus).
 */
function redrawItem(doc: Document, removal: Removal, index: number): void {
  const old = byId(doc, 'removed-groups').querySelector(`.removed-item[data-index="${index}"]`);
  if (!old) return;
  const item = removedItem(doc, removal, index);
  old.replaceWith(item);
  const note = item.querySelector<HTMLElement>('.removed-note');
  if (note) {
    note.tabIndex = -1;
    note.focus();
  }
}

/**
 * Puts removed block `index` back into #content, in its place, marked as restored with the rule and
 * reason that removed it; returns it (null when the removal carries no markup). The markup is
 * sanitized now: when nothing of it is left, the record becomes `unsafe` and its item says so.
 */
export function restoreRemoved(doc: Document, article: Article, index: number, win: Window & typeof globalThis): RestoreResult | null {
  const removal = article.removed[index];
  if (!removal || removal.markup === undefined) return null;
  const existing = restoredBlock(doc, index);
  if (existing) return { ok: true, block: existing };
  const html = sanitizeRemovedMarkup(removal.markup, win);
  if (html === null) {
    delete removal.markup;
    removal.unrestorable = 'unsafe';
    redrawItem(doc, removal, index);
    return { ok: false, reason: 'unsafe' };
  }
  const content = byId(doc, 'content');
  finishRender(content);
  const section = element(doc, 'section', RESTORED_CLASS);
  section.dataset.removal = String(index);
  section.setAttribute('aria-label', t('restoredLabel'));
  const place = restorePlace(content, removal, index, section);
  const note = removalWhy(doc, removal, 'restored-note');
  note.prepend(element(doc, 'span', 'restored-label', t('restoredLabel')), ' · ');
  if (place.where !== 'inside') note.append(' · ', element(doc, 'span', 'restored-where', t(place.where === 'end' ? 'restoredAtEnd' : 'restoredOutside')));
  const body = element(doc, 'div', 'restored-body');
  body.append(sanitizeArticleHtml(html, win));
  applyArticleLanguage(body, article);
  section.append(note, body);
  place.parent.insertBefore(section, place.before);
  return { ok: true, block: section };
}

/** Takes restored block `index` out of #content again. */
export function unrestoreRemoved(doc: Document, index: number): void {
  restoredBlock(doc, index)?.remove();
}

/** About a screenful of text: what the first frame shows of a long article (issue 11, click to article). */
const FIRST_FRAME_CHARS = 1800;
/**
 * The rest of the latest render of each content element, not yet drawn: a rest from an earlier render is
 * never appended, and a restored block draws the rest first (finishRender).
 */
const pendingRest = new WeakMap<Element, () => void>();

/**
 * Puts the body into `content`: the first blocks, about a screenful, at once, and the rest in the next
 * frame, so the title and first paragraphs are drawn without waiting for a long article's layout. The
 * rest goes below what is shown, so nothing on screen moves.
 */
function showInTwoFrames(content: Element, body: DocumentFragment, win: Window & typeof globalThis): void {
  pendingRest.delete(content);
  const first: Node[] = [];
  let chars = 0;
  for (let node = body.firstChild; node && chars < FIRST_FRAME_CHARS; node = node.nextSibling) {
    first.push(node);
    chars += (node.textContent ?? '').length;
  }
  content.replaceChildren(...first);
  if (!body.firstChild) return;
  const appendRest = (): void => {
    if (pendingRest.get(content) !== appendRest) return;
    pendingRest.delete(content);
    content.append(body);
  };
  pendingRest.set(content, appendRest);
  // After the frame that draws the first part (a task queued from rAF runs once it is painted).
  if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => win.setTimeout(appendRest, 0));
  else win.setTimeout(appendRest, 0);
}

/** Draws now what the latest render left for the next frame: a restored block finds its place in the whole body. */
function finishRender(content: Element): void {
  pendingRest.get(content)?.();
}

/**
 * Fills the article view: title, byline, meta line, body, related links and the removed list.
 * The title, byline and body take the article's language and direction (Arabic and Hebrew read
 * right to left); the meta line is ours and stays in the UI language, but lines up with the
 * article's start edge, so a right-to-left story does not get a meta line hanging on the left.
 */
export function renderArticle(doc: Document, article: Article, win: Window & typeof globalThis, uiLanguage?: string): void {
  setText(doc, 'title', article.title);
  setText(doc, 'byline', article.byline ?? '');
  setText(doc, 'meta', formatMeta(article, uiLanguage));
  byId(doc, 'meta').classList.toggle('rtl-article', article.dir === 'rtl');
  const content = byId(doc, 'content');
  const body = sanitizeArticleHtml(article.html, win);
  const hasImage = body.querySelector('img') !== null;
  showInTwoFrames(content, body, win);
  for (const id of ['title', 'byline', 'content']) applyArticleLanguage(byId(doc, id), article);
  if (article.leadImage && isWebUrl(article.leadImage) && !isBrokenImageUrl(article.leadImage) && !hasImage) {
    const img = element(doc, 'img', 'lead-image');
    img.src = article.leadImage;
    img.alt = '';
    img.referrerPolicy = 'no-referrer';
    content.prepend(img);
  }
  renderRelated(doc, article);
  renderRemoved(doc, article.removed);
  doc.title = t('readerTabTitle', article.title);
}

/**
 * Why a page is "not an article": one or two plain sentences (verdict-reasons.ts), and under
 * "Details" every raw signal, strongest first, for the curious.
 */
export function renderVerdict(doc: Document, signals: Signal[]): void {
  setText(doc, 'verdict-reasons', verdictReasons(signals).map((key) => t(key)).join(' '));
  const sorted = [...signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  byId(doc, 'signals').replaceChildren(
    ...sorted.map((signal) => {
      const li = element(doc, 'li', `signal ${signal.weight < 0 ? 'negative' : signal.weight > 0 ? 'positive' : 'neutral'}`);
      const sign = signal.weight > 0 ? '+' : '';
      li.append(element(doc, 'span', 'signal-name', signal.name), ` ${sign}${signal.weight.toFixed(1)}`);
      // A detail may quote the page (its og:type): text only, like every page-derived string here.
      if (signal.detail) li.append(element(doc, 'span', 'signal-detail', ` — ${signal.detail}`));
      return li;
    }),
  );
}

/** The text of the loading, not-article, restricted and error states. */
export function renderMessage(doc: Document, text: string): void {
  setText(doc, 'message', text);
}
