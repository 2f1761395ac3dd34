// The article as a Markdown document: title, the "Byline · Site · Date" line, the source URL, the body,
// then the page's related links. The one converter for "Copy as Markdown" and `tidy-reader --markdown`;
// the body goes through markdown-body.ts, which needs only standard DOM calls, so any DOM will do.
import type { Article, RelatedLink } from '../core/types';
import { metaLine, oneLine, relatedDetails } from './article-meta';
import { safeHttpUrl } from './escape-html';
import { htmlToMarkdown } from './markdown-body';
import { emphasize, resolveEmphasis } from './markdown-emphasis';
import { escapeHeadingEnd, escapeInline, escapeLineStart, linkDestination } from './markdown-escape';
import type { ParseHtml } from './parse-html';
import { parseWithDomParser } from './parse-html';

function relatedItem(link: RelatedLink): string {
  const details = relatedDetails(link);
  let item = `- [${escapeInline(oneLine(link.title) || link.url)}](${linkDestination(link.url)})`;
  if (details) item += ` — ${escapeInline(details)}`;
  const summary = oneLine(link.summary ?? '');
  if (summary) item += `  \n  ${escapeLineStart(escapeInline(summary))}`;
  return item;
}

/**
 * The related links as a Markdown section ('' when there are none). Only web links are listed: a
 * javascript: URL would survive as a clickable target.
 */
export function relatedToMarkdown(related: readonly RelatedLink[], heading = 'Related'): string {
  const items = related.flatMap((link) => {
    const url = safeHttpUrl(link.url);
    return url ? [relatedItem({ ...link, url })] : [];
  });
  return items.length ? `## ${escapeHeadingEnd(escapeInline(heading))}\n\n${items.join('\n')}` : '';
}

/** The article as a Markdown document ending in a newline. `parse` turns the body HTML into a DOM node. */
export function articleToMarkdown(article: Article, parse: ParseHtml = parseWithDomParser): string {
  const parts: string[] = [];
  const title = oneLine(article.title);
  if (title) parts.push(`# ${escapeHeadingEnd(escapeInline(title))}`);
  const meta = metaLine(article);
  if (meta) parts.push(resolveEmphasis(emphasize(escapeInline(meta), '*')));
  const source = safeHttpUrl(article.url);
  if (source) parts.push(`Source: <${source.replace(/[<>\s]/g, encodeURIComponent)}>`);
  const body = htmlToMarkdown(parse(article.html));
  if (body) parts.push(body);
  const related = relatedToMarkdown(article.related);
  if (related) parts.push(related);
  return `${parts.join('\n\n')}\n`;
}
