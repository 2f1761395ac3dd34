// Why the detector said "not an article", in words: the popup shows one or two short sentences
// made from the verdict's signals instead of the raw feature names and weights (those stay
// available under "Details"). The signal names are src/core/detect.ts's feature names; the
// tables below are data, and test/extension/verdict-reasons.test.ts checks them against
// src/core/rules/detect-weights.ts so that a new feature cannot go unexplained unnoticed.
import type { Signal } from '../core/types';
import type { MessageKey } from '../i18n/t';

/** Page kinds that negative features point at, and the sentence for each. */
export const KIND_SIGNALS: readonly { key: MessageKey; signals: readonly string[] }[] = [
  { key: 'whySearch', signals: ['url-search'] },
  { key: 'whySignIn', signals: ['url-auth', 'password'] },
  { key: 'whyShop', signals: ['schema-product', 'og-product', 'prices', 'add-to-cart', 'url-product'] },
  { key: 'whyForum', signals: ['schema-forum', 'forum-posts', 'url-forum'] },
  { key: 'whyList', signals: ['schema-list', 'url-list'] },
  { key: 'whyHome', signals: ['url-root', 'og-website', 'time-many'] },
  { key: 'whyDocs', signals: ['code', 'url-docs', 'anchor-links'] },
  { key: 'whyService', signals: ['url-service'] },
  { key: 'whyMedia', signals: ['media-page'] },
];

/** Positive features that say "this is marked up, or laid out, as an article": metadata, headline, byline, date. */
export const MARKUP_SIGNALS: readonly string[] = [
  'schema-article', 'schema-published', 'og-article', 'article-element', 'published-meta', 'byline', 'time-few',
  'headline-date', 'headline-byline', 'comments',
];

/** Positive features that measure paragraphs of running text. */
export const TEXT_SIGNALS: readonly string[] = ['paragraph-score', 'paragraph-cluster', 'paragraph-mean'];

/**
 * Features that name no page kind and are left to "Details": the bias, counts every page has (links,
 * buttons, headings), URL shapes, an FAQ's schema.org markup (articles, shops and service pages all
 * print it), itemprop=articleBody, which on the dev pages comes with a
 * schema.org Article type that already counted (fitted weight about 0), and main-block-share, a
 * share of the text that says nothing of how much text there is (so not among TEXT_SIGNALS).
 */
export const UNSPECIFIC_SIGNALS: readonly string[] = [
  'prior', 'links', 'nav-links', 'buttons', 'heading-density', 'share-links', 'article-body', 'schema-faq',
  'url-article-word', 'url-slug', 'url-slug-words', 'url-dated', 'main-block-share',
];

/** A page kind is named only when its features together weigh at least this much (log-odds). */
const KIND_MIN_WEIGHT = 0.2;
/**
 * Below this summed weight of the paragraph features, the text counts as "little": about two short
 * paragraphs side by side (a sign-in page's notes, a product's blurb); a three-paragraph brief is above.
 */
const LITTLE_TEXT_WEIGHT = 0.8;

function totalWeight(signals: readonly Signal[], names: readonly string[], sign: 1 | -1): number {
  let total = 0;
  for (const signal of signals) if (names.includes(signal.name) && Math.sign(signal.weight) === sign) total += Math.abs(signal.weight);
  return total;
}

/** The page kind with the heaviest negative evidence, if any weighs enough. */
function strongestKind(signals: readonly Signal[]): MessageKey | null {
  let best: MessageKey | null = null;
  let bestWeight = KIND_MIN_WEIGHT;
  for (const kind of KIND_SIGNALS) {
    const weight = totalWeight(signals, kind.signals, -1);
    if (weight >= bestWeight) {
      best = kind.key;
      bestWeight = weight;
    }
  }
  return best;
}

/** What the page lacks that articles have: article markup, running text, or both. */
function missingEvidence(signals: readonly Signal[]): MessageKey | null {
  const noMarkup = totalWeight(signals, MARKUP_SIGNALS, 1) === 0;
  const littleText = totalWeight(signals, TEXT_SIGNALS, 1) < LITTLE_TEXT_WEIGHT;
  if (noMarkup && littleText) return 'whyNoMarkupLittleText';
  if (noMarkup) return 'whyNoMarkup';
  if (littleText) return 'whyLittleText';
  return null;
}

/** One or two sentences (message keys) saying why a page was judged not to be an article. */
export function verdictReasons(signals: readonly Signal[]): MessageKey[] {
  if (signals.some((s) => s.name === 'detector-error')) return ['whyError'];
  if (signals.some((s) => s.name === 'no-body')) return ['whyEmpty'];
  const reasons = [strongestKind(signals), missingEvidence(signals)].filter((key): key is MessageKey => key !== null);
  return reasons.length > 0 ? reasons : ['whyWeak'];
}
