// "Copy as Markdown": title, byline, source URL, body, related links. The body conversion is the CLI's
// DOM-agnostic converter, so the extension and `tidy-reader --markdown` write the same Markdown.
import type { Article } from '../core/types';
import { relatedToMarkdown } from '../cli/article-markdown';
import { escapeMarkdown, htmlToMarkdown } from '../cli/markdown';
import { metaLine, oneLine } from './article-meta';
import { safeHttpUrl } from './escape-html';
import type { ParseHtml } from './parse-html';
import { parseWithDomParser } from './parse-html';

function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** The article as a Markdown document ending in a newline. `parse` turns the body HTML into a DOM node. */
export function articleToMarkdown(article: Article, parse: ParseHtml = parseWithDomParser): string {
  const parts: string[] = [];
  const title = oneLine(article.title);
  if (title) parts.push(`# ${escapeMarkdown(title)}`);
  const meta = metaLine(article);
  if (meta) parts.push(`*${escapeMarkdown(meta)}*`);
  const source = safeHttpUrl(article.url);
  if (source) parts.push(`Source: ${autolink(source)}`);
  const body = htmlToMarkdown(parse(article.html));
  if (body) parts.push(body);
  // Only web links become Markdown links (a javascript: URL would survive as a clickable target).
  const related = relatedToMarkdown(
    article.related.flatMap((link) => {
      const url = safeHttpUrl(link.url);
      return url ? [{ ...link, url }] : [];
    }),
  );
  if (related) parts.push(related);
  return `${parts.join('\n\n')}\n`;
}
