// A whole article as a Markdown document: title, a byline line, the body, then the page's related
// links. DOM-agnostic like markdown.ts: the caller supplies the parsed body.
import type { Article, RelatedLink } from '../core/types';
import { escapeMarkdown, htmlToMarkdown } from './markdown';

function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

function linkTarget(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

function relatedItem(link: RelatedLink): string {
  const details = [link.source, link.time].filter((part): part is string => Boolean(part?.trim())).map(oneLine);
  let item = `- [${oneLine(link.title) || linkTarget(link.url)}](${linkTarget(link.url)})`;
  if (details.length) item += ` — ${details.join(', ')}`;
  if (link.summary?.trim()) item += `  \n  ${oneLine(link.summary)}`;
  return item;
}

/** The related links as a Markdown section ('' when there are none). */
export function relatedToMarkdown(related: readonly RelatedLink[]): string {
  if (related.length === 0) return '';
  return `## Related\n\n${related.map(relatedItem).join('\n')}`;
}

/** Renders an article as Markdown; `body` is its `html` parsed by whatever DOM the caller has. */
export function articleToMarkdown(article: Article, body: Node): string {
  const parts: string[] = [];
  if (article.title.trim()) parts.push(`# ${oneLine(article.title)}`);
  const meta = [article.byline, article.siteName, article.publishedTime]
    .filter((part): part is string => Boolean(part?.trim()))
    .map(oneLine);
  if (meta.length) parts.push(`*${meta.join(' · ')}*`);
  const text = htmlToMarkdown(body);
  if (text) parts.push(text);
  const related = relatedToMarkdown(article.related);
  if (related) parts.push(related);
  return parts.join('\n\n') + '\n';
}
