// One input of the CLI, from its bytes to what is printed for it: read, decode, pre-scan and parse
// (src/node), extract (src/core), render. The answer is plain strings, so a worker thread can send
// it back (./worker.ts), and a failure of any step is that input's error, never the run's.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectArticle } from '../core/detect';
import { extractArticle } from '../core/index';
import { withSanitizedHtml } from '../core/removed-markup';
import type { Verdict } from '../core/types';
import { decodeHtml } from '../node/decode-html';
import { closeWindow, loadDocument } from '../node/load-document';
import type { CliOptions } from './args';
import { articleToMarkdown } from '../export/markdown';
import { errorLine, jsonLine, plainText } from './output';
import type { Outcome } from './output';
import { readInput } from './read-input';

/** What one input gives, ready to print. */
export interface Answer {
  ok: boolean;
  /** What goes to stdout ('' for a failure in text and Markdown mode). */
  stdout: string;
  /** What goes to stderr ('' unless a failure in text and Markdown mode). */
  stderr: string;
}

/** Where an input comes from: its name, and for stdin (`-`) the bytes the main thread read. */
export interface InputSource {
  file: string;
  stdin?: Uint8Array;
  /** Directory that a relative file name is resolved against. */
  cwd: string;
}

/** The answer for a failed input, in the output format. */
export function failureAnswer(file: string, format: CliOptions['format'], error: string, message: string, verdict?: Verdict): Answer {
  const outcome: Extract<Outcome, { ok: false }> = verdict ? { file, ok: false, error, message, verdict } : { file, ok: false, error, message };
  return format === 'json' ? { ok: false, stdout: jsonLine(outcome), stderr: '' } : { ok: false, stdout: '', stderr: errorLine(outcome) };
}

function describe(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 200);
}

function safeDetect(document: Document, url: string): Verdict | undefined {
  try {
    return detectArticle(document, url);
  } catch {
    return undefined;
  }
}

async function readSource(source: InputSource, maxBytes: number): ReturnType<typeof readInput> {
  const stdin: AsyncIterable<Uint8Array> = (async function* () {
    if (source.stdin) yield source.stdin;
  })();
  return readInput(source.file, { maxBytes, stdin });
}

/** Reads, decodes, parses and extracts one input; renders its answer in the output format. Never rejects. */
export async function processInput(source: InputSource, options: CliOptions): Promise<Answer> {
  try {
    return await answerFor(source, options);
  } catch (error) {
    // A bug in a step before extraction: this input fails, the batch goes on.
    return failureAnswer(source.file, options.format, 'failed', `internal error: ${describe(error)}`);
  }
}

async function answerFor(source: InputSource, options: CliOptions): Promise<Answer> {
  const { file } = source;
  const fail = (error: string, message: string, verdict?: Verdict): Answer => failureAnswer(file, options.format, error, message, verdict);
  const read = await readSource(source, options.maxBytes);
  if (!read.ok) return fail(read.reason, read.message);
  const decoded = decodeHtml(read.bytes);
  if (!decoded.ok) return fail(decoded.reason, decoded.message);
  const path = file === '-' ? 'stdin.html' : file;
  const fallbackUrl = pathToFileURL(resolve(source.cwd, path)).href;
  const loaded = loadDocument(decoded.html, { url: options.url, fallbackUrl, maxElements: options.maxElements });
  if (!loaded.ok) return fail(loaded.reason, loaded.message);
  const { window } = loaded.dom;
  try {
    const document = window.document;
    const result = extractArticle(document, loaded.url, {
      window: window as unknown as Window & typeof globalThis,
      maxElements: options.maxElements,
    });
    if (!result.ok) return fail(result.reason, result.message, result.verdict ?? safeDetect(document, loaded.url));
    switch (options.format) {
      case 'json': {
        // The removed blocks carry the page's markup: printed only sanitized, as the popup shows them.
        const removed = withSanitizedHtml(result.article.removed, window as unknown as Window & typeof globalThis);
        const outcome: Outcome = { file, ok: true, article: { ...result.article, removed }, verdict: result.verdict };
        return { ok: true, stdout: jsonLine(outcome), stderr: '' };
      }
      case 'text':
        return { ok: true, stdout: plainText(result.article), stderr: '' };
      case 'markdown': {
        // The body is sanitized HTML; parsing it in this page's window keeps one DOM per input.
        const parse = (html: string): Node => new window.DOMParser().parseFromString(html, 'text/html').body;
        return { ok: true, stdout: articleToMarkdown(result.article, parse), stderr: '' };
      }
    }
  } catch (error) {
    // extractArticle promises never to throw; if it does, this input fails and the batch goes on.
    return fail('failed', `extraction failed: ${describe(error)}`);
  } finally {
    closeWindow(loaded.dom);
  }
}
