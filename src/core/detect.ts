// The cheap "is this an article?" verdict that the content script runs on every page load.
// One bounded pass over the page's elements (no cloning, no layout, no full-text pass) plus the
// <meta> tags, JSON-LD blocks and a capped sample of paragraphs; what it sees becomes a few named
// features in [0, 1], added up with the weights in rules/detect-weights.ts (fitted by
// `npm run fit-detector`). Every feature that counts becomes a Signal, so the popup can say why.
// The features: publisher metadata (detect-meta.ts), the headline (detect-headline.ts), running text,
// page structure and shop controls (here), and the path of the page's declared address (detect-url.ts).
import type { Signal, Verdict } from './types.js';
import { CART_PHRASE } from './rules/detect-signals.js';
import { DETECT_BIAS, DETECT_WEIGHTS } from './rules/detect-weights.js';
import { headlineFeatures, readHeadline } from './detect-headline.js';
import { logScale, metadataFeatures } from './detect-meta.js';
import { scanPage } from './detect-scan.js';
import type { PageScan } from './detect-scan.js';
import { urlFeatures } from './detect-url.js';

/** One measured feature: its value in [0, 1] and what was seen. */
export interface DetectFeature {
  name: string;
  value: number;
  detail?: string;
}

const LONG_PARAGRAPH = 140;
/** A paragraph of this many characters holds a sentence or two of running text. */
const SENTENCES = 80;

const clamp = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Whether an ancestor is a `tag`. */
function hasAncestor(el: Element, tag: string): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (node.localName === tag) return true;
  return false;
}

/** Measures the paragraph features; returns whether the page holds any running text (a paragraph of SENTENCES+ chars). */
function paragraphFeatures(scan: PageScan, out: DetectFeature[]): boolean {
  let score = 0;
  let long = 0;
  let textChars = 0;
  let countedParagraphs = 0;
  // Paragraphs of running text side by side under one parent: a story's body is one run of them,
  // where a service or landing page spreads one or two per section (fixture news-brief: three).
  const siblings = new Map<Element, number>();
  let cluster = 0;
  for (const p of scan.paragraphs) {
    if (p.hasAttribute('hidden') || hasAncestor(p, 'li')) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < 40) continue;
    textChars += length;
    countedParagraphs++;
    if (length >= SENTENCES && p.parentElement) {
      const n = (siblings.get(p.parentElement) ?? 0) + 1;
      siblings.set(p.parentElement, n);
      if (n > cluster) cluster = n;
    }
    if (length >= LONG_PARAGRAPH) {
      long++;
      score += Math.sqrt(length - LONG_PARAGRAPH);
    }
  }
  if (cluster > 0) out.push({ name: 'paragraph-cluster', value: logScale(cluster, 15), detail: `${cluster} side by side` });
  const meanLength = textChars / Math.max(1, countedParagraphs);
  if (countedParagraphs > 0) out.push({ name: 'paragraph-mean', value: clamp(meanLength / 400), detail: `${Math.round(meanLength)} chars` });
  // Many headings over little text: a landing page's sections of blurbs, not a story's body.
  const headings = scan.counts.get('heading') ?? 0;
  out.push({ name: 'heading-density', value: logScale(headings / (1 + textChars / 1000), 10), detail: `${headings}` });
  out.push({ name: 'paragraph-score', value: logScale(score, 150), detail: `${long}` });
  return cluster > 0;
}

/**
 * Features that count something the scan counted: [feature, scan counts added up, the count at which
 * the feature reaches 1 on a log scale]. Links and headings every page has; code and in-page links
 * (a table of contents, heading anchors) are how documentation reads; buttons are what shops, apps
 * and forums are operated with; share links sit next to stories.
 */
const COUNTED: readonly (readonly [string, readonly string[], number])[] = [
  ['links', ['a'], 1500],
  ['nav-links', ['nav-link'], 500],
  ['code', ['pre', 'code'], 50],
  ['forum-posts', ['forum-posts'], 30],
  ['anchor-links', ['anchor-links'], 60],
  ['buttons', ['button'], 60],
  ['prices', ['prices'], 30],
  ['share-links', ['share-links'], 10],
];

function structureFeatures(scan: PageScan, out: DetectFeature[]): void {
  const count = (key: string): number => scan.counts.get(key) ?? 0;
  for (const [name, keys, full] of COUNTED) {
    const n = keys.reduce((sum, key) => sum + count(key), 0);
    if (n > 0) out.push({ name, value: logScale(n, full), detail: `${n}` });
  }
  const articles = count('article');
  if (articles >= 1 && articles <= 2) out.push({ name: 'article-element', value: 1, detail: `${articles}` });
  // A comment thread under the text: blogs and news stories have one, service pages do not.
  if (count('comments') > 0) out.push({ name: 'comments', value: 1 });
  if (count('password') > 0) out.push({ name: 'password', value: 1 });
  let cart = count('add-to-cart') > 0;
  for (const b of scan.buttons) {
    if (cart) break;
    cart = CART_PHRASE.test((b.textContent || b.getAttribute('value') || '').slice(0, 80).toLowerCase());
  }
  if (cart) out.push({ name: 'add-to-cart', value: 1 });
}

/** Measures the detector's features on a document (bounded work, read-only). */
export function detectFeatures(doc: Document, url: string): DetectFeature[] {
  const out: DetectFeature[] = [];
  const scan = scanPage(doc);
  const meta = metadataFeatures(doc, scan, out);
  // A dated, signed headline over no running text is a photo or video post, a gallery, a profile card
  // (fixture photo-post-related): the headline features count only where there is text to read.
  if (paragraphFeatures(scan, out)) headlineFeatures(readHeadline(scan), out);
  structureFeatures(scan, out);
  urlFeatures(url, { canonical: scan.canonical, ogUrl: meta.ogUrl }, out);
  return out;
}

/** Decides whether a page is an article, with the weighted signals that decided it; never throws. */
export function detectArticle(doc: Document, url: string): Verdict {
  try {
    if (!doc.body) return { isArticle: false, score: 0, signals: [{ name: 'no-body', weight: 0, detail: 'the document has no body' }] };
    const signals: Signal[] = [{ name: 'prior', weight: DETECT_BIAS }];
    let score = DETECT_BIAS;
    for (const f of detectFeatures(doc, url)) {
      const weight = Math.round((DETECT_WEIGHTS[f.name] ?? 0) * f.value * 100) / 100;
      if (weight === 0) continue;
      score += weight;
      signals.push(f.detail === undefined ? { name: f.name, weight } : { name: f.name, weight, detail: f.detail });
    }
    score = Math.round(score * 100) / 100;
    return { isArticle: score > 0, score, signals };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { isArticle: false, score: 0, signals: [{ name: 'detector-error', weight: 0, detail }] };
  }
}
