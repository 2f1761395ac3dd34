// The cheap "is this an article?" verdict that the content script runs on every page load.
// One bounded pass over the page's elements (no cloning, no layout, no full-text pass) plus the
// <meta> tags, JSON-LD blocks and a capped sample of paragraphs; what it sees becomes a few named
// features in [0, 1], weighed with the weights and trees in rules/detect-weights.ts (detect-model.ts;
// fitted by `npm run fit-detector`). Every feature that counts becomes a Signal, so the popup can say why.
// The features: publisher metadata (detect-meta.ts), the headline (detect-headline.ts), running text,
// page structure and shop controls (here), and the path of the page's declared address (detect-url.ts).
// In a browser the work is split: the content script reads the page's facts (measurePage, with the
// query scan; detect-facts.ts) and the background computes the features from them and judges at the
// tab's URL (judgePage).
import type { Signal, Verdict } from './types.js';
import { CART_PHRASE } from './rules/detect-signals.js';
import { DETECT_BIAS, DETECT_TREES, DETECT_WEIGHTS } from './rules/detect-weights.js';
import { featureShares } from './detect-model.js';
import { RUNNING_TEXT_MIN, readFacts } from './detect-facts.js';
import type { PageFacts } from './detect-facts.js';
import { headlineFeatures } from './detect-headline.js';
import { countOf, logScale, metadataFeatures } from './detect-meta.js';
import { scanPage } from './detect-scan.js';
import type { PageScan } from './detect-scan.js';
import { declaredUrl, urlFeatures } from './detect-url.js';
import { readableDocument } from './inner-roots.js';

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

/**
 * Running text enough for the headline features to count: two paragraphs of SENTENCES+ characters side
 * by side, or this many characters in the main block. One paragraph under a dated headline is a video's
 * or a data page's description (probe ring "traps": a video page, a forecast page), where a brief has
 * two paragraphs at least (fixture news-brief).
 */
const HEADLINE_TEXT = { cluster: 2, chars: 400 };

/** The paragraph sample's shape: the most SENTENCES+ paragraphs side by side, and the characters of the block holding most text. */
interface RunningText {
  cluster: number;
  mainBlock: number;
}

/** Measures the paragraph features; returns the shape of the page's running text. */
function paragraphFeatures(facts: PageFacts, out: DetectFeature[]): RunningText {
  let score = 0;
  let long = 0;
  let textChars = 0;
  let countedParagraphs = 0;
  // Paragraphs of running text side by side under one parent: a story's body is one run of them,
  // where a service or landing page spreads one or two per section (fixture news-brief: three).
  const siblings = new Map<number, number>();
  let cluster = 0;
  // Characters of paragraph text per parent: a story keeps most of its text in one block, where a
  // thread, a listing or a landing page spreads it over many (post bodies, teasers, sections). Only
  // beside running text: one caption-length line is all of a photo post's text (fixture photo-post-related).
  const blockChars = new Map<number, number>();
  let mainBlock = 0;
  for (const [length, parent] of facts.paragraphs) {
    if (length < RUNNING_TEXT_MIN) continue;
    textChars += length;
    countedParagraphs++;
    if (parent >= 0) {
      const chars = (blockChars.get(parent) ?? 0) + length;
      blockChars.set(parent, chars);
      if (chars > mainBlock) mainBlock = chars;
      if (length >= SENTENCES) {
        const n = (siblings.get(parent) ?? 0) + 1;
        siblings.set(parent, n);
        if (n > cluster) cluster = n;
      }
    }
    if (length >= LONG_PARAGRAPH) {
      long++;
      score += Math.sqrt(length - LONG_PARAGRAPH);
    }
  }
  if (cluster > 0) {
    out.push({ name: 'paragraph-cluster', value: logScale(cluster, 15), detail: `${cluster} side by side` });
    out.push({ name: 'main-block-share', value: mainBlock / textChars });
  }
  const meanLength = textChars / Math.max(1, countedParagraphs);
  if (countedParagraphs > 0) out.push({ name: 'paragraph-mean', value: clamp(meanLength / 400), detail: `${Math.round(meanLength)} chars` });
  // Many headings over little text: a landing page's sections of blurbs, not a story's body.
  const headings = countOf(facts, 'heading');
  out.push({ name: 'heading-density', value: logScale(headings / (1 + textChars / 1000), 10), detail: `${headings}` });
  out.push({ name: 'paragraph-score', value: logScale(score, 150), detail: `${long}` });
  return { cluster, mainBlock };
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

function structureFeatures(facts: PageFacts, out: DetectFeature[]): void {
  const count = (key: string): number => countOf(facts, key);
  for (const [name, keys, full] of COUNTED) {
    const n = keys.reduce((sum, key) => sum + count(key), 0);
    if (n > 0) out.push({ name, value: logScale(n, full), detail: `${n}` });
  }
  const articles = count('article');
  if (articles >= 1 && articles <= 2) out.push({ name: 'article-element', value: 1, detail: `${articles}` });
  // A comment thread under the text: blogs and news stories have one, service pages do not.
  if (count('comments') > 0) out.push({ name: 'comments', value: 1 });
  if (count('password') > 0) out.push({ name: 'password', value: 1 });
  const cart = count('add-to-cart') > 0 || facts.buttons.some((text) => CART_PHRASE.test(text.toLowerCase()));
  if (cart) out.push({ name: 'add-to-cart', value: 1 });
}

/**
 * How the page is scanned: scanPage walks it (fast in jsdom), scanPageByQueries (detect-scan-queries.ts)
 * queries it (fast in browsers); both give the same scan. The detector content script passes the
 * second, and so never bundles the first.
 */
export type PageScanner = (doc: Document) => PageScan;

/**
 * What the detector measured on the page: its facts (detect-facts.ts), or why it could not. The
 * content script reads the facts in the page and the background judges them (judgePage): the
 * features' arithmetic, the JSON-LD parse and the regular expressions of the URL, headline and shop
 * rules run there, off the page's main thread (traced in Chromium with ../shared/tools/perf-detector.mjs).
 */
export type PageMeasure = PageFacts | { failure: Signal };

/** Every feature of a page at `url` from its facts: its own, its headline's and its declared (else its own) address's. */
function featuresOf(url: string, facts: PageFacts): DetectFeature[] {
  const features: DetectFeature[] = [];
  const meta = metadataFeatures(facts, features);
  // A dated, signed headline over no running text is a photo or video post, a gallery, a profile card
  // (fixture photo-post-related): the headline features count only where there is text to read.
  const text = paragraphFeatures(facts, features);
  structureFeatures(facts, features);
  const hasText = text.cluster >= HEADLINE_TEXT.cluster || (text.cluster > 0 && text.mainBlock >= HEADLINE_TEXT.chars);
  headlineFeatures(hasText ? (facts.headline ?? null) : null, features);
  // A page that declares itself a video or a podcast, over one paragraph at most: the player's page
  // and its description (probe ring "traps"; a story with a video has its run of paragraphs).
  if (meta.media && text.cluster <= 1) features.push({ name: 'media-page', value: 1, detail: meta.media });
  urlFeatures(url, declaredUrl(url, { canonical: facts.canonical, ogUrl: meta.ogUrl }), features);
  return features;
}

const failed = (error: unknown): Signal => ({ name: 'detector-error', weight: 0, detail: error instanceof Error ? error.message : String(error) });

/** Measures the detector's features on a document (bounded work, read-only; the bench fits the weights on these). */
export function detectFeatures(doc: Document, url: string): DetectFeature[] {
  return factFeatures(url, detectFacts(doc));
}

/** The facts of a document as the content script reads them, by the walk scanner (the bench saves them to refit offline). */
export function detectFacts(doc: Document): PageFacts {
  return readFacts(doc, scanPage(doc));
}

/** The features of a page at `url` from its facts, as judgePage weighs them (the bench refits on these). */
export function factFeatures(url: string, facts: PageFacts): DetectFeature[] {
  return featuresOf(url, facts);
}

/** The page's facts, scanned by `scanner` (bounded, read-only), or why there are none; never throws. */
export function measurePage(scanner: PageScanner, doc: Document): PageMeasure {
  try {
    if (!doc.body) return { failure: { name: 'no-body', weight: 0, detail: 'the document has no body' } };
    return readFacts(doc, scanner(doc));
  } catch (error) {
    return { failure: failed(error) };
  }
}

/** How many paragraphs of LONG_PARAGRAPH+ characters a measure saw (0 for a failure). */
export function longParagraphs(measure: PageMeasure): number {
  if ('failure' in measure) return 0;
  return measure.paragraphs.filter(([length]) => length >= LONG_PARAGRAPH).length;
}

/**
 * The verdict on a page at `url` from its measure: the headline's and the URL's features added (from
 * the address the page declared, else `url`), every feature weighed; never throws.
 */
export function judgePage(url: string, measure: PageMeasure): Verdict {
  if ('failure' in measure) return { isArticle: false, score: 0, signals: [measure.failure] };
  try {
    const features = featuresOf(url, measure);
    const shares = featureShares(new Map(features.map((f) => [f.name, f.value])), DETECT_WEIGHTS, DETECT_TREES);
    const signals: Signal[] = [{ name: 'prior', weight: DETECT_BIAS }];
    let score = DETECT_BIAS;
    for (const f of features) {
      const weight = Math.round((shares.get(f.name) ?? 0) * 100) / 100;
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
  return detectReadable(readableDocument(doc), url);
}

/**
 * detectArticle on a document that readableDocument already gave (extractArticle holds one): looking
 * for inner roots again would walk every element of the page a second time and find none.
 */
export function detectReadable(readable: Document, url: string): Verdict {
  return judgePage(url, measurePage(scanPage, readable));
}
