// The "site · date · N min read" line under the title.
import type { Article } from '../core/types';
import { t } from '../i18n/t';

/** A short human date for an ISO timestamp; other text (already human) is kept as it is. */
export function formatDate(value: string | null, locale?: string): string {
  if (!value) return '';
  const trimmed = value.trim().slice(0, 60);
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return trimmed;
  const date = new Date(trimmed);
  if (Number.isNaN(date.getTime())) return trimmed;
  try {
    return date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  } catch {
    // An odd UI language tag: the browser's default format instead.
    return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }
}

function siteOf(article: Pick<Article, 'siteName' | 'url'>): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The reading time is the core's (per language: characters for CJK, words otherwise); shown as is. */
export function formatMeta(
  article: Pick<Article, 'siteName' | 'url' | 'publishedTime' | 'readingMinutes'>,
  locale?: string,
): string {
  const minutes = Math.max(1, Math.round(article.readingMinutes));
  return [siteOf(article), formatDate(article.publishedTime, locale), t('readingTime', String(minutes))].filter(Boolean).join(' · ');
}
