// The CLI's run loop: inputs one at a time, in order, one jsdom window each, closed before the next
// (batches of hundreds of pages stay in bounded memory). I/O is injected so tests run it in-process.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectArticle } from '../core/detect';
import { extractArticle } from '../core/index';
import type { Verdict } from '../core/types';
import { articleToMarkdown } from './article-markdown';
import { parseArgs, USAGE } from './args';
import type { CliOptions } from './args';
import { decodeHtml } from '../node/decode-html';
import { closeWindow, loadDocument, nextTurn } from '../node/load-document';
import { errorLine, fileHeader, jsonLine, plainText } from './output';
import type { Outcome } from './output';
import { readInput } from './read-input';

declare const __VERSION__: string;

/** The version stamped by build.mjs ('dev' when run from source, as in tests). */
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

export interface CliIo {
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void | Promise<void>;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Directory that relative FILE names are resolved against (default: process.cwd()). */
  cwd?: string;
}

interface Processed {
  outcome: Outcome;
  /** What goes to stdout for this input ('' for a failure in text and Markdown mode). */
  rendered: string;
}

function failure(file: string, error: string, message: string, verdict?: Verdict): Processed {
  const outcome: Outcome = verdict ? { file, ok: false, error, message, verdict } : { file, ok: false, error, message };
  return { outcome, rendered: '' };
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

async function processInput(file: string, options: CliOptions, io: CliIo): Promise<Processed> {
  const read = await readInput(file, { maxBytes: options.maxBytes, stdin: io.stdin });
  if (!read.ok) return failure(file, read.reason, read.message);
  const decoded = decodeHtml(read.bytes);
  if (!decoded.ok) return failure(file, decoded.reason, decoded.message);
  const path = file === '-' ? 'stdin.html' : file;
  const fallbackUrl = pathToFileURL(resolve(io.cwd ?? process.cwd(), path)).href;
  const loaded = loadDocument(decoded.html, { url: options.url, fallbackUrl, maxElements: options.maxElements });
  if (!loaded.ok) return failure(file, loaded.reason, loaded.message);
  const { window } = loaded.dom;
  try {
    const document = window.document;
    const result = extractArticle(document, loaded.url, {
      window: window as unknown as Window & typeof globalThis,
      maxElements: options.maxElements,
    });
    if (!result.ok) return failure(file, result.reason, result.message, result.verdict ?? safeDetect(document, loaded.url));
    const outcome: Outcome = { file, ok: true, article: result.article, verdict: result.verdict };
    switch (options.format) {
      case 'json':
        return { outcome, rendered: jsonLine(outcome) };
      case 'text':
        return { outcome, rendered: plainText(result.article) };
      case 'markdown': {
        // The body is sanitized HTML; parsing it in this page's window keeps one DOM per input.
        const body = new window.DOMParser().parseFromString(result.article.html, 'text/html').body;
        return { outcome, rendered: articleToMarkdown(result.article, body) };
      }
    }
  } catch (error) {
    // extractArticle promises never to throw; if it does, this input fails and the batch goes on.
    return failure(file, 'failed', `extraction failed: ${describe(error)}`);
  } finally {
    closeWindow(loaded.dom);
  }
}

/** Runs `tidy-reader` with argv (without node and the script); resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      await io.stdout(USAGE);
      return 0;
    case 'version':
      await io.stdout(`tidy-reader ${VERSION}\n`);
      return 0;
    case 'usage-error':
      await io.stderr(`tidy-reader: ${parsed.message}\n\n${USAGE}`);
      return 2;
    case 'run':
      break;
  }
  const { options } = parsed;
  const several = options.files.length > 1;
  let failed = 0;
  for (const [index, file] of options.files.entries()) {
    const { outcome, rendered } = await processInput(file, options, io);
    await nextTurn();
    if (!outcome.ok) failed++;
    if (options.format === 'json') {
      await io.stdout(outcome.ok ? rendered : jsonLine(outcome));
      continue;
    }
    if (!outcome.ok) {
      await io.stderr(errorLine(outcome));
      continue;
    }
    await io.stdout((several ? (index > 0 ? '\n' : '') + fileHeader(file) : '') + rendered);
  }
  return failed > 0 ? 1 : 0;
}
