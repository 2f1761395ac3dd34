// Weights of the article detector's features (src/core/detect.ts), as data. Each feature is a value
// in [0, 1]; the verdict's score is DETECT_BIAS plus the sum of weight * value, and a page is an
// article when the score is above 0 (so a score is a log-odds).
//
// Fitted by L2-regularised logistic regression (src/bench/detection.ts: featureRow on every page,
// then fitDetection with l2 0.01) on the WCXB dev set (../shared/bench, CC-BY-4.0): article vs the
// six other page types, all 1,299 pages. url-search and url-auth are set by hand to -2 (too rare in
// the dev set to fit); features that earned less than ~0.1 were dropped to keep the detector small.
//   dev: accuracy 0.911, precision 0.925, recall 0.907 ("article"); isProbablyReaderable: 0.635
//   5-fold cross-validation grouped by domain (no site in both train and test): accuracy 0.906
// Judge a refit by the cross-validated figure, not the dev one.

/** The score of a page with no feature at all (log-odds). */
export const DETECT_BIAS = -1.9;

/** Weight per feature name; a feature missing here counts for nothing. */
export const DETECT_WEIGHTS: Readonly<Record<string, number>> = {
  'url-article-word': 1.32,
  'schema-article': 0.99,
  'url-slug': 0.86,
  'paragraph-count': 0.84,
  'og-article': 0.76,
  'url-slug-words': 0.73,
  'article-element': 0.71,
  'paragraph-score': 0.59,
  'share-links': 0.52,
  'byline': 0.44,
  'time-few': 0.4,
  'url-dated': 0.4,
  'published-meta': 0.39,
  'paragraph-text': 0.32,
  'article-meta': 0.18,
  'schema-list': -0.11,
  'og-website': -0.14,
  'url-list': -0.21,
  'article-many': -0.22,
  'nav-links': -0.23,
  'teaser-headings': -0.27,
  'links': -0.31,
  'password': -0.33,
  'og-product': -0.37,
  'time-many': -0.37,
  'add-to-cart': -0.38,
  'url-product': -0.39,
  'inputs': -0.4,
  'url-root': -0.43,
  'forum-posts': -0.45,
  'url-docs': -0.49,
  'prices': -0.57,
  'url-service': -0.58,
  'schema-product': -0.61,
  'schema-forum': -0.64,
  'code': -0.65,
  'url-forum': -0.84,
  'url-search': -2,
  'url-auth': -2,
};
