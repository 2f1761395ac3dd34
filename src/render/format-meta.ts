// The "site · date · N min read" line under the title.
import type { Article } from '../core/types';

/** A short human date for an ISO timestamp; other text (already human) is kept as it is. */
export function formatDate(value: string | null, locale?: string): string {
  if (!value) return '';
  const trimmed = value.trim().slice(0, 60);
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return trimmed;
  const date = new Date(trimmed);
  if (Number.isNaN(date.getTime())) return trimmed;
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

function siteOf(article: Pick<Article, 'siteName' | 'url'>): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function formatMeta(
  article: Pick<Article, 'siteName' | 'url' | 'publishedTime' | 'readingMinutes'>,
  locale?: string,
): string {
  const minutes = Math.max(1, Math.round(article.readingMinutes));
  return [siteOf(article), formatDate(article.publishedTime, locale), `${minutes} min read`].filter(Boolean).join(' · ');
}
