// What the CLI prints for one input, in each output format. The run loop decides where it goes.
import type { Article, SanitizedRemoval, Verdict } from '../core/types';

/** An article as the JSON prints it: each removed block's markup sanitized (src/core/removed-markup.ts). */
export type PrintedArticle = Omit<Article, 'removed'> & { removed: SanitizedRemoval[] };

/** The result of one input: an article (with the detector's verdict beside it) or why not. */
export type Outcome =
  | { file: string; ok: true; article: PrintedArticle; verdict: Verdict }
  | { file: string; ok: false; error: string; message: string; verdict?: Verdict };

/** One JSON line: `file`, every Article field, then the verdict; or `file`, `error`, `message`. */
export function jsonLine(outcome: Outcome): string {
  if (outcome.ok) {
    const { verdict } = outcome;
    return JSON.stringify({
      file: outcome.file,
      ...outcome.article,
      isArticle: verdict.isArticle,
      score: verdict.score,
      signals: verdict.signals,
    }) + '\n';
  }
  const line: Record<string, unknown> = { file: outcome.file, error: outcome.error, message: outcome.message };
  if (outcome.verdict) line.isArticle = outcome.verdict.isArticle;
  return JSON.stringify(line) + '\n';
}

/** Title, a blank line, then the body text. */
export function plainText(article: Article): string {
  const body = article.text.replace(/\s+$/, '');
  return article.title.trim() ? `${article.title.trim()}\n\n${body}\n` : `${body}\n`;
}

/** The header that separates inputs in text and Markdown output when there are several (as `head` does). */
export function fileHeader(file: string): string {
  return `==> ${file} <==\n`;
}

/** The stderr line for a failed input in text and Markdown mode. */
export function errorLine(outcome: Extract<Outcome, { ok: false }>): string {
  return `tidy-reader: ${outcome.file}: ${outcome.error}: ${outcome.message}\n`;
}
