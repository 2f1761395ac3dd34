// "Save as HTML": one self-contained file with the article, its related links and inline CSS. Its CSP
// forbids every script, so even a body that slipped past sanitizing cannot run code when opened.
import type { Article, RelatedLink } from '../core/types';
import type { ReadingPrefs } from '../settings/schema';
import { validateReading } from '../settings/validate';
import { articleDirection, safeLang } from '../theme/apply-prefs';
import { metaLine, oneLine, relatedDetails } from './article-meta';
import { escapeHtml, safeHttpUrl } from './escape-html';
import { standaloneCss } from './standalone-css';

export interface StandaloneOptions {
  /** Hide images (and do not load them: the CSP then allows none). Default true. */
  showImages?: boolean;
  /** Show each related link's summary. Default true. */
  relatedSummaries?: boolean;
  /** Heading of the related links, in the user's language. Default "Related". */
  relatedHeading?: string;
  /** Label before the source link, in the user's language. Default "Source:". */
  sourceLabel?: string;
}

/** The Content-Security-Policy of a saved article: no scripts, no frames, no forms, images only if shown. */
export function standaloneCsp(showImages: boolean): string {
  const images = showImages ? 'https: http: data:' : "'none'";
  return [
    "default-src 'none'",
    `img-src ${images}`,
    `media-src ${images}`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function link(url: string | null, text: string): string {
  return url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function relatedItem(related: RelatedLink, withSummary: boolean): string {
  const url = safeHttpUrl(related.url);
  const details = relatedDetails(related);
  const summary = withSummary && related.summary?.trim() ? `<p class="related-summary">${escapeHtml(oneLine(related.summary))}</p>` : '';
  const detailsHtml = details ? ` <span class="related-details">— ${escapeHtml(details)}</span>` : '';
  return `<li>${link(url, oneLine(related.title) || url || '')}${detailsHtml}${summary}</li>`;
}

/** The article as a complete HTML document (UTF-8), styled with the reader's prefs. */
export function articleToStandaloneHtml(article: Article, prefs: ReadingPrefs, options: StandaloneOptions = {}): string {
  const showImages = options.showImages ?? true;
  const lang = safeLang(article.lang);
  const dir = articleDirection(article);
  const title = oneLine(article.title);
  const meta = metaLine(article);
  const source = safeHttpUrl(article.url);
  const related = article.related.length
    ? `<section class="related" aria-labelledby="related-heading"><h2 id="related-heading">${escapeHtml(options.relatedHeading ?? 'Related')}</h2>` +
      `<ul>${article.related.map((item) => relatedItem(item, options.relatedSummaries ?? true)).join('')}</ul></section>`
    : '';
  return [
    '<!DOCTYPE html>',
    `<html${lang ? ` lang="${escapeHtml(lang)}"` : ''} dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(standaloneCsp(showImages))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title || source || 'Article')}</title>`,
    // Re-validated: a value that is not a bounded number must not reach the <style> element.
    `<style>\n${standaloneCss(validateReading(prefs, []), showImages)}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<article>',
    '<header>',
    title ? `<h1>${escapeHtml(title)}</h1>` : '',
    meta ? `<p class="meta">${escapeHtml(meta)}</p>` : '',
    source ? `<p class="source">${escapeHtml(options.sourceLabel ?? 'Source:')} ${link(source, source)}</p>` : '',
    '</header>',
    `<div class="body">\n${article.html}\n</div>`,
    '</article>',
    related,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n');
}
