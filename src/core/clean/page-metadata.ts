// Page metadata read from the live document without changing it: <meta> tags, JSON-LD, <html lang/dir>.
// Readability's own values win where it has them; these fill the gaps (and serve the fallback path).

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** The JSON-LD publisher's name ("Times Of Bharat"), which may differ from og:site_name ("The Times of Bharat"). */
  publisher: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  /**
   * Whether `byline` is the JSON-LD author and that author is an organisation (often the publisher
   * itself: "Northcoast Broadcasting"): a person's "By" line printed under the headline wins over it.
   */
  organizationAuthor: boolean;
  /**
   * The headline the page's JSON-LD article declares, apart from og:title: where there is none, a
   * templated og:title ("Thunder 118-112 Nuggets (Mar 4, 2026) Game Recap") may give way to the
   * headline printed in the story (extract.ts pickTitle).
   */
  headline: string | null;
}

import { walkElements } from './walk';
import { bySelector } from '../tag-lists';

// A review (a product or a critic's, its author the reviewer), not a fact check's ClaimReview (its author the outlet).
const ARTICLE_TYPES = /article|posting|report|newsarticle|blog|webpage|qapage|product|(?<!claim)review/i;
/**
 * Other works a page may be about that name their authors: a photo gallery (ImageGallery, MediaGallery),
 * a video. Read only when no article type is declared (probe detection2's gallery-story: "Photos by
 * Nadia Kessler and Owen Trask" went as a photo credit and no byline was left).
 */
const AUTHORED_TYPES = /gallery|videoobject/i;

interface Landmarks {
  metas: Element[];
  jsonLd: Element[];
  title: Element | null;
  time: Element | null;
  /** The first element marked itemprop="datePublished" that gives the date in an attribute (Blogger's <abbr title>). */
  published: string | null;
}

/** One walk over the page collecting the elements metadata comes from (selector calls are slow in jsdom). */
function landmarks(doc: Document): Landmarks {
  const found: Landmarks = { metas: [], jsonLd: [], title: null, time: null, published: null };
  const root = doc.documentElement;
  if (!root) return found;
  walkElements(root, (element) => {
    const tag = element.tagName;
    if (tag === 'META') found.metas.push(element);
    else if (tag === 'SCRIPT') {
      if ((element.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') found.jsonLd.push(element);
      return 'skip';
    } else if (tag === 'TITLE' && !found.title) found.title = element;
    else if (tag === 'TIME' && !found.time && element.hasAttribute('datetime')) found.time = element;
    else if (tag === 'STYLE' || tag === 'svg' || tag === 'SVG') return 'skip';
    if (!found.published && tag !== 'META' && element.getAttribute('itemprop') === 'datePublished') {
      found.published = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.getAttribute('title');
    }
    return undefined;
  });
  return found;
}

function metaMap(metas: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  const record = asRecord(value);
  return record ? nameOf(record.name) : null;
}

/** An organisation's JSON-LD type: NewsMediaOrganization, Corporation, Organization … */
const ORGANIZATION_TYPE = /organi[sz]ation|corporation/i;

function isOrganization(value: unknown): boolean {
  const type = asRecord(value)?.['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ORGANIZATION_TYPE.test(t));
}

/** Whether the JSON-LD author names organisations only. */
function organizationsOnly(value: unknown): boolean {
  const list = Array.isArray(value) ? value : [value];
  return list.length > 0 && list.every(isOrganization);
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return urlOf(value[0]);
  const record = asRecord(value);
  return record ? urlOf(record.url ?? record.contentUrl) : null;
}

/** The first JSON-LD object whose @type looks like an article (searching @graph and arrays), else the first other authored work. */
function jsonLdArticle(scripts: Element[]): Record<string, unknown> | null {
  let authored: Record<string, unknown> | null = null;
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      const record = asRecord(item);
      if (!record) continue;
      const type = record['@type'];
      const types = Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
      if (ARTICLE_TYPES.test(types) && (record.headline || record.datePublished || record.author)) return record;
      if (!authored && AUTHORED_TYPES.test(types) && record.author) authored = record;
      if (record['@graph']) queue.push(record['@graph']);
    }
  }
  return authored;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Where a page marks its author in the text: schema.org microdata, the rel="author" link, an hCard's name. */
const AUTHOR_MARKS = '[itemprop~="author"], a[rel~="author"], .author .fn, .author.fn, .vcard .fn';
/** A name is shorter than this; a longer text is a bio or a sentence. */
const MAX_AUTHOR_CHARS = 80;

/** Whether `AUTHOR_MARKS` matches the element, told without the selector engine (the walk under jsdom). */
function isAuthorMark(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.getAttribute('itemprop')?.split(/\s+/).includes('author')) return true;
  if (element.localName === 'a' && element.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('author')) return true;
  if (!element.classList.contains('fn')) return false;
  if (element.classList.contains('author')) return true;
  for (let up = element.parentElement; up; up = up.parentElement) if (up.classList.contains('author') || up.classList.contains('vcard')) return true;
  return false;
}

/**
 * The author's name as the page marks it in its text: the first mark outside the comments (a comment's
 * author is marked up alike). One query, asked only when neither the head nor Readability nor the meta
 * line gave a byline.
 */
export function markedAuthor(doc: Document): string | null {
  let marks: Element[];
  try {
    marks = doc.body ? bySelector(doc.body, AUTHOR_MARKS, isAuthorMark).slice(0, 10) : [];
  } catch {
    return null;
  }
  for (const mark of marks) {
    // A comment's author, or the publisher's own card in the footer (an hCard's "fn org") is not the story's.
    if (mark.closest('[class*="comment" i], [id*="comment" i], footer') || mark.classList.contains('org')) continue;
    const named = mark.getAttribute('itemprop')?.split(/\s+/).includes('author') ? mark.querySelector('[itemprop~="name"]') : null;
    const name = ((named?.getAttribute('content') || named?.textContent) ?? mark.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^(?:posted |written )?by\s+/i, '');
    if (name.length >= 2 && name.length <= MAX_AUTHOR_CHARS) return name;
  }
  return null;
}

/** Reads title, byline, site name, dates, language, direction, excerpt and lead image from the page. */
export function readMetadata(doc: Document, baseUrl: string): PageMetadata {
  const marks = landmarks(doc);
  const meta = metaMap(marks.metas);
  const ld = jsonLdArticle(marks.jsonLd);
  const root = doc.documentElement;
  const dirAttr = (root?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const image = meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('twitter:image') ?? (ld ? urlOf(ld.image) : null);
  let leadImage: string | null = null;
  if (image) {
    try {
      leadImage = new URL(image, baseUrl).href;
    } catch {
      leadImage = null;
    }
  }
  const titleTag = marks.title?.textContent?.trim() || null;
  return {
    title: meta.get('og:title') ?? (ld ? str(ld.headline) : null) ?? meta.get('twitter:title') ?? titleTag,
    // article:author is often the author's page (an address), not a name.
    byline: (ld ? nameOf(ld.author) : null) ?? meta.get('author') ?? notAddress(meta.get('article:author')) ?? meta.get('dc.creator') ?? null,
    siteName: meta.get('og:site_name') ?? (ld ? nameOf(ld.publisher) : null) ?? meta.get('application-name') ?? null,
    publisher: ld ? nameOf(ld.publisher) : null,
    publishedTime:
      meta.get('article:published_time') ?? (ld ? str(ld.datePublished) : null) ?? meta.get('date') ?? meta.get('dc.date') ?? meta.get('pubdate') ?? meta.get('datepublished') ?? marks.published ?? marks.time?.getAttribute('datetime') ?? null,
    lang: root?.getAttribute('lang')?.trim() || meta.get('og:locale') || null,
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    excerpt: meta.get('description') ?? meta.get('og:description') ?? (ld ? str(ld.description) : null) ?? null,
    leadImage,
    organizationAuthor: ld !== null && nameOf(ld.author) !== null && organizationsOnly(ld.author),
    headline: ld ? str(ld.headline) : null,
  };
}

/** A meta value that is not a web address, else null. */
function notAddress(value: string | undefined): string | null {
  return value && !/^(?:https?:)?\/\//i.test(value.trim()) ? value : null;
}
