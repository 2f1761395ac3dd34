// The one module that puts page-derived data into an extension page (popup and reader). Text
// goes in as textContent; the article body goes through DOMPurify once more, here, even though
// the core already sanitized it: this page holds extension privileges, so it trusts nothing.
import DOMPurify from 'dompurify';
import type { Article, Removal, RemovalCategory, Signal } from '../core/types';
import { t } from '../i18n/t';
import { REMOVAL_CATEGORY_KEYS } from '../i18n/ui-keys';
import { applyArticleLanguage } from '../theme/apply-prefs';
import { formatMeta } from './format-meta';
import { verdictReasons } from './verdict-reasons';

const SAFE_URL = /^(?:https?:|mailto:|#)/i;

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null = null;

function getPurifier(win: Window & typeof globalThis): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(win);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
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

function isWebUrl(url: string): boolean {
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

/** The "what was removed" list, grouped by category, biggest group first. */
export function renderRemoved(doc: Document, removed: Removal[]): void {
  const groups = new Map<RemovalCategory, Removal[]>();
  for (const removal of removed) groups.set(removal.category, [...(groups.get(removal.category) ?? []), removal]);
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
        texts.append(...items.map((item) => element(doc, 'li', 'removed-text', item.text || `(${item.ruleId})`)));
        li.append(heading, texts);
        return li;
      }),
  );
  setText(doc, 'removed-summary', removed.length === 0 ? t('removedNothing') : t('removedCount', String(removed.length)));
}

/** About a screenful of text: what the first frame shows of a long article (issue 11, click to article). */
const FIRST_FRAME_CHARS = 1800;
/** The latest render of each content element: a rest from an earlier render is never appended. */
const latestRender = new WeakMap<Element, object>();

/**
 * Puts the body into `content`: the first blocks, about a screenful, at once, and the rest in the next
 * frame, so the title and first paragraphs are drawn without waiting for a long article's layout. The
 * rest goes below what is shown, so nothing on screen moves.
 */
function showInTwoFrames(content: Element, body: DocumentFragment, win: Window & typeof globalThis): void {
  const render = {};
  latestRender.set(content, render);
  const first: Node[] = [];
  let chars = 0;
  for (let node = body.firstChild; node && chars < FIRST_FRAME_CHARS; node = node.nextSibling) {
    first.push(node);
    chars += (node.textContent ?? '').length;
  }
  content.replaceChildren(...first);
  if (!body.firstChild) return;
  const appendRest = (): void => {
    if (latestRender.get(content) === render) content.append(body);
  };
  // After the frame that draws the first part (a task queued from rAF runs once it is painted).
  if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => win.setTimeout(appendRest, 0));
  else win.setTimeout(appendRest, 0);
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
  if (article.leadImage && isWebUrl(article.leadImage) && !hasImage) {
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
