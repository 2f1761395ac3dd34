// "Copy as plain text": title, byline, source URL, then the body one block per line, then related links.
import type { Article } from '../core/types';
import { metaLine, oneLine, relatedDetails } from './article-meta';
import { safeHttpUrl } from './escape-html';

/** The article as plain text ending in a newline; `relatedHeading` lets the UI pass its own language. */
export function articleToText(article: Article, relatedHeading = 'Related'): string {
  const head = [oneLine(article.title), metaLine(article), safeHttpUrl(article.url) ?? ''].filter(Boolean);
  const blocks = article.text.split('\n').map((line) => line.trim()).filter(Boolean);
  const parts = [head.join('\n'), blocks.join('\n\n')];
  if (article.related.length > 0) {
    const items = article.related.map((link) => {
      const details = relatedDetails(link);
      const url = safeHttpUrl(link.url);
      return [`- ${oneLine(link.title) || url || ''}${details ? ` (${details})` : ''}`, url ? `  ${url}` : '']
        .filter(Boolean)
        .join('\n');
    });
    parts.push(`${relatedHeading}\n${items.join('\n')}`);
  }
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
