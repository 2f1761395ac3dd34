// The one-line descriptions shared by every export format.
import type { Article, RelatedLink } from '../core/types';

function present(part: string | null | undefined): part is string {
  return typeof part === 'string' && part.trim().length > 0;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An ISO timestamp as its date ("2026-11-25"): readable in any language; other text is kept. */
export function publishedDate(value: string | null): string | null {
  return value?.trim().match(/^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/)?.[1] ?? value;
}

/** "Byline · Site · Date" with the parts the article has, as plain text ('' when none). */
export function metaLine(article: Pick<Article, 'byline' | 'siteName' | 'publishedTime'>): string {
  return [article.byline, article.siteName, publishedDate(article.publishedTime)].filter(present).map(oneLine).join(' · ');
}

/** "Source, time" of a related link as plain text ('' when neither is known). */
export function relatedDetails(link: Pick<RelatedLink, 'source' | 'time'>): string {
  return [link.source, link.time].filter(present).map(oneLine).join(', ');
}

export { oneLine };
