// Whether an extracted article reads as one: the click's second opinion when the detector said no
// (issue 8, "a click always reads"). The article's clean body is measured by prose.ts; a home page,
// search results, a listing or a sign-in form extract to teaser lines, links and labels and keep
// their "not an article" answer. `npm run bench-click` shows what this decides on the dev sets.
import { holdsProse, measureProse } from './prose';
import type { ProseMeasure } from './prose';
import type { Article } from './types';

/**
 * True when the article's body holds article-like prose. `doc` only lends its DOM implementation:
 * the sanitized html is parsed into an inert document of its own (no script runs, nothing loads).
 */
export function readsAsArticle(article: Pick<Article, 'html'>, doc: Document): boolean {
  return holdsProse(measureArticleProse(article, doc));
}

/** The prose measure of an article's clean body (what readsAsArticle judges; the bench keeps it). */
export function measureArticleProse(article: Pick<Article, 'html'>, doc: Document): ProseMeasure {
  // An inert document: the html was sanitized by the core, and nothing parsed here runs or loads.
  const scratch = doc.implementation.createHTMLDocument('');
  scratch.body.innerHTML = article.html;
  return measureProse(scratch.body);
}
