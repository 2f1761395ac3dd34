// The cheap "is this an article?" verdict that the content script runs on every page load.
// One bounded pass over the page's elements (no cloning, no layout, no full-text pass) plus the
// <meta> tags, JSON-LD blocks and a capped sample of paragraphs; what it sees becomes a few named
// features in [0, 1], added up with the weights in rules/detect-weights.ts. Every feature that
// counts becomes a Signal, so the popup can say why.
import type { Signal, Verdict } from './types.js';
import {
  CART_PHRASE,
  DATE_META_NAMES,
  SCHEMA_KINDS,
  URL_RULES,
} from './rules/detect-signals.js';
import { DETECT_BIAS, DETECT_WEIGHTS } from './rules/detect-weights.js';
import { scanPage } from './detect-scan.js';
import { readableDocument } from './inner-roots.js';
import type { PageScan } from './detect-scan.js';

/** One measured feature: its value in [0, 1] and what was seen. */
export interface DetectFeature {
  name: string;
  value: number;
  detail?: string;
}

// Work bounds: the detector never looks at more than this many of a kind.
const MAX_METAS = 300;
const MAX_JSONLD_CHARS = 300_000;
const MAX_JSONLD_NODES = 400;
const LONG_PARAGRAPH = 140;
/** This many long paragraphs give 'paragraph-count' its full value. */
const FULL_PARAGRAPHS = 20;

const clamp = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
/** log-scaled count: 0 -> 0, `full` -> 1. */
const logScale = (n: number, full: number): number => clamp(Math.log1p(n) / Math.log1p(full));

const SCHEMA_FEATURE = new Map<string, string>();
for (const [feature, types] of Object.entries(SCHEMA_KINDS)) for (const type of types) SCHEMA_FEATURE.set(type, feature);

/** schema.org type names from JSON-LD: top level, @graph members and mainEntity, bounded. */
function jsonLdTypes(scripts: Element[]): string[] {
  const types: string[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSONLD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // a malformed block says nothing
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < MAX_JSONLD_NODES; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        queue.push(...node.slice(0, 50));
      } else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        const type = record['@type'];
        for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.push(t);
        if (record['@graph'] !== undefined) queue.push(record['@graph']);
        if (record.mainEntity !== undefined) queue.push(record.mainEntity);
      }
    }
  }
  return types;
}

function schemaFeatures(scan: PageScan, out: DetectFeature[]): void {
  const found = new Map<string, string[]>();
  for (const type of [...jsonLdTypes(scan.jsonLd), ...scan.itemTypes]) {
    const kind = SCHEMA_FEATURE.get(type);
    if (!kind) continue;
    const list = found.get(kind) ?? [];
    if (!list.includes(type)) list.push(type);
    found.set(kind, list);
  }
  for (const [kind, types] of found) out.push({ name: kind, value: 1, detail: types.join(', ') });
}

function metaFeatures(doc: Document, scan: PageScan, out: DetectFeature[]): void {
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, MAX_METAS);
  let ogType = '';
  let date = '';
  let author = false;
  let articleMeta = '';
  for (let i = 0; i < count; i++) {
    const meta = metas[i];
    if (!meta) continue;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (key === 'og:type') ogType = (meta.getAttribute('content') ?? '').trim().toLowerCase();
    else if (DATE_META_NAMES.includes(key)) date = key;
    else if (key === 'author' || key === 'article:author') author = true;
    if (key.startsWith('article:') || (key.startsWith('twitter:label') && /read|written/i.test(meta.getAttribute('content') ?? ''))) articleMeta = key;
  }
  if (ogType === 'article' || ogType.endsWith('.article')) out.push({ name: 'og-article', value: 1, detail: ogType });
  else if (ogType.includes('product')) out.push({ name: 'og-product', value: 1, detail: ogType });
  else if (ogType === 'website') out.push({ name: 'og-website', value: 1, detail: ogType });
  if (date) out.push({ name: 'published-meta', value: 1, detail: date });
  if (articleMeta) out.push({ name: 'article-meta', value: 1, detail: articleMeta });
  const times = scan.counts.get('time-datetime') ?? 0;
  if (times > 0 && times <= 3) out.push({ name: 'time-few', value: 1, detail: `${times} <time>` });
  if (times > 3) out.push({ name: 'time-many', value: logScale(times - 3, 30), detail: `${times} <time>` });
  const bylines = scan.counts.get('byline') ?? 0;
  if (author || bylines > 0) out.push({ name: 'byline', value: 1, detail: author ? 'author meta' : `${bylines} byline elements` });
}

/** Whether an ancestor within `maxDepth` levels is a `tag` (an <a> must have an href). */
function hasAncestor(el: Element, tag: string, maxDepth: number): boolean {
  for (let node = el.parentElement, depth = 0; node && depth < maxDepth; node = node.parentElement, depth++) {
    if (node.localName === tag && (tag !== 'a' || node.hasAttribute('href'))) return true;
  }
  return false;
}

function hasLink(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 5; i++) if (links[i]?.hasAttribute('href')) return true;
  return false;
}

function paragraphFeatures(scan: PageScan, out: DetectFeature[]): void {
  let score = 0;
  let long = 0;
  let textChars = 0;
  for (const p of scan.paragraphs) {
    // closest() asks the browser once; a walk up in script touched every ancestor (a cost per element type).
    if (p.hasAttribute('hidden') || p.parentElement?.closest('li')) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < 40) continue;
    textChars += length;
    if (length >= LONG_PARAGRAPH) {
      long++;
      score += Math.sqrt(length - LONG_PARAGRAPH);
    }
  }
  out.push({ name: 'paragraph-score', value: logScale(score, 150), detail: `${long} long paragraphs, score ${Math.round(score)}` });
  out.push({ name: 'paragraph-count', value: clamp(long / FULL_PARAGRAPHS), detail: `${long} paragraphs of ${LONG_PARAGRAPH}+ chars` });
  out.push({ name: 'paragraph-text', value: logScale(textChars, 20_000), detail: `${textChars} chars in paragraphs` });
}

function structureFeatures(scan: PageScan, out: DetectFeature[]): void {
  const count = (key: string): number => scan.counts.get(key) ?? 0;
  const articles = count('article');
  if (articles >= 1 && articles <= 2) out.push({ name: 'article-element', value: 1, detail: `${articles} <article>` });
  if (articles > 2) out.push({ name: 'article-many', value: logScale(articles - 2, 30), detail: `${articles} <article>` });
  let linked = 0;
  for (const h of scan.headings) if (hasLink(h) || hasAncestor(h, 'a', 6)) linked++;
  out.push({ name: 'teaser-headings', value: logScale(linked, 40), detail: `${linked} of ${count('heading')} headings are links` });
  out.push({ name: 'links', value: logScale(count('a'), 1500), detail: `${count('a')} links` });
  out.push({ name: 'nav-links', value: logScale(count('nav-link'), 500), detail: `${count('nav-link')} links in nav/aside` });
  const code = count('pre') + count('code');
  if (code > 0) out.push({ name: 'code', value: logScale(code, 50), detail: `${code} code blocks` });
  const posts = count('forum-posts');
  if (posts > 0) out.push({ name: 'forum-posts', value: logScale(posts, 30), detail: `${posts} post blocks` });
  if (count('input') > 0) out.push({ name: 'inputs', value: logScale(count('input'), 40), detail: `${count('input')} inputs` });
  if (count('password') > 0) out.push({ name: 'password', value: 1, detail: 'password field' });
}

function shopFeatures(scan: PageScan, out: DetectFeature[]): void {
  const prices = scan.counts.get('prices') ?? 0;
  if (prices > 0) out.push({ name: 'prices', value: logScale(prices, 30), detail: `${prices} price elements` });
  let cart = (scan.counts.get('add-to-cart') ?? 0) > 0;
  for (const b of scan.buttons) {
    if (cart) break;
    cart = CART_PHRASE.test((b.textContent || b.getAttribute('value') || '').slice(0, 80).toLowerCase());
  }
  if (cart) out.push({ name: 'add-to-cart', value: 1, detail: 'add-to-cart control' });
  const share = scan.counts.get('share-links') ?? 0;
  if (share > 0) out.push({ name: 'share-links', value: logScale(share, 10), detail: `${share} share links` });
}

function urlFeatures(url: string, out: DetectFeature[]): void {
  let path: string;
  try {
    const parsed = new URL(url);
    path = (parsed.pathname + parsed.search).toLowerCase();
  } catch {
    return;
  }
  for (const rule of URL_RULES) if (rule.match.test(path)) out.push({ name: rule.id, value: 1, detail: rule.reason });
  const segments = (path.split('?')[0] ?? '').split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.\w+$/, '');
  const words = last.split(/[-_]+/).filter((w) => /[a-z]/.test(w)).length;
  if (words >= 4) out.push({ name: 'url-slug', value: 1, detail: `${words}-word slug` });
  out.push({ name: 'url-slug-words', value: clamp(words / 10), detail: `${words}` });
}

/**
 * How the page is scanned: scanPage walks it (fast in jsdom), scanPageByQueries (detect-scan-queries.ts)
 * queries it (fast in browsers); both give the same scan. The detector content script passes the
 * second, and so never bundles the first.
 */
export type PageScanner = (doc: Document) => PageScan;

/**
 * What the detector measured on the page itself (every feature but the URL's), or why it could not.
 * The content script measures in the page and the background judges the measure (judgePage): the
 * URL rules' regular expressions, compiled afresh on every page load, cost the page's main thread
 * more than the whole scan (traced in Chromium with ../shared/tools/perf-detector.mjs).
 */
export type PageMeasure = { features: DetectFeature[] } | { failure: Signal };

function pageFeatures(scanner: PageScanner, doc: Document, out: DetectFeature[]): void {
  const scan = scanner(doc);
  schemaFeatures(scan, out);
  metaFeatures(doc, scan, out);
  paragraphFeatures(scan, out);
  structureFeatures(scan, out);
  shopFeatures(scan, out);
}

const failed = (error: unknown): Signal => ({ name: 'detector-error', weight: 0, detail: error instanceof Error ? error.message : String(error) });

/** Measures the detector's features on a document (bounded work, read-only). */
export function detectFeatures(doc: Document, url: string): DetectFeature[] {
  const out: DetectFeature[] = [];
  pageFeatures(scanPage, doc, out);
  urlFeatures(url, out);
  return out;
}

/** The page's own features, scanned by `scanner` (bounded, read-only), or why there are none; never throws. */
export function measurePage(scanner: PageScanner, doc: Document): PageMeasure {
  try {
    if (!doc.body) return { failure: { name: 'no-body', weight: 0, detail: 'the document has no body' } };
    const features: DetectFeature[] = [];
    pageFeatures(scanner, doc, features);
    return { features };
  } catch (error) {
    return { failure: failed(error) };
  }
}

/** How many paragraphs of LONG_PARAGRAPH+ characters a measure saw (counted up to FULL_PARAGRAPHS; 0 for a failure). */
export function longParagraphs(measure: PageMeasure): number {
  if ('failure' in measure) return 0;
  const feature = measure.features.find((f) => f.name === 'paragraph-count');
  return Math.round((feature?.value ?? 0) * FULL_PARAGRAPHS);
}

/** The verdict on a page at `url` from its measure: the URL's features added, every feature weighed; never throws. */
export function judgePage(url: string, measure: PageMeasure): Verdict {
  if ('failure' in measure) return { isArticle: false, score: 0, signals: [measure.failure] };
  try {
    const features = [...measure.features];
    urlFeatures(url, features);
    const signals: Signal[] = [{ name: 'prior', weight: DETECT_BIAS }];
    let score = DETECT_BIAS;
    for (const f of features) {
      // Own keys only: a measure arrives as a message, and 'constructor' is no feature.
      const weight = Object.hasOwn(DETECT_WEIGHTS, f.name) ? Math.round((DETECT_WEIGHTS[f.name] ?? 0) * f.value * 100) / 100 : 0;
      if (weight === 0) continue;
      score += weight;
      signals.push(f.detail === undefined ? { name: f.name, weight } : { name: f.name, weight, detail: f.detail });
    }
    score = Math.round(score * 100) / 100;
    return { isArticle: score > 0, score, signals };
  } catch (error) {
    return { isArticle: false, score: 0, signals: [failed(error)] };
  }
}

/** Decides whether a page is an article, with the weighted signals that decided it; never throws. */
export function detectArticle(doc: Document, url: string): Verdict {
  // Open shadow roots and same-origin frames are read too (inner-roots.ts; fixture shadow-root-story).
  return judgePage(url, measurePage(scanPage, readableDocument(doc)));
}
