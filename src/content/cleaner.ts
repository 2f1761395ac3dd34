// Cleaner script: injected on demand into one tab (never on every page: it carries Readability,
// the rules and DOMPurify). It registers a small API that the background calls; every call
// returns plain data and no exception leaves this file.
import { extractArticle } from '../core/index';
import { detectArticle } from '../core/detect';
import { isRecord } from '../guards';
import { isMessageName, isRequestFor } from '../message-spec';
import { CLEANER_CALLS, CLEANER_GLOBAL } from './cleaner-protocol';
import type { CleanerApi, CleanerCall, CleanerName, CleanerRequest, CleanerResponse, CleanerResult, ExtractOutcome } from './cleaner-protocol';
import { clutterStatus, hideClutter, restoreClutter } from './clutter-hider';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function extract(force: boolean): ExtractOutcome {
  // A PDF viewer, an image or a plain-text file is a document too, but not one we can read.
  if (!HTML_TYPES.has(document.contentType)) {
    return { status: 'restricted', message: `This is not a web page (${document.contentType}).` };
  }
  const url = location.href;
  if (!force) {
    const verdict = detectArticle(document, url);
    if (!verdict.isArticle) return { status: 'not-article', verdict };
  }
  const result = extractArticle(document, url);
  if (!result.ok) return { status: 'failed', reason: result.reason, message: result.message };
  return { status: 'article', article: result.article, verdict: result.verdict };
}

const commands: { [N in CleanerName]: (request: CleanerRequest<N>) => CleanerResponse<N> } = {
  extract: (request) => extract(request.force),
  hide: () => hideClutter(document, location.href),
  restore: () => restoreClutter(document),
  status: () => clutterStatus(document),
};

/** A call of the table with the fields its request must have (the page's scripts can reach this API too). */
function isCall(x: unknown): x is CleanerCall {
  return isRecord(x) && isMessageName(CLEANER_CALLS, x.name) && isRequestFor(CLEANER_CALLS, x.name, x.request);
}

function run(call: unknown): CleanerResult {
  if (!isCall(call)) return { ok: false, missing: false, message: 'Unknown cleaner call' };
  try {
    // isCall checked the name and the request's fields against the table.
    const command = commands[call.name] as (request: unknown) => unknown;
    return { ok: true, value: command(call.request) };
  } catch (error) {
    return { ok: false, missing: false, message: error instanceof Error ? error.message : String(error) };
  }
}

try {
  const scope = globalThis as typeof globalThis & { [CLEANER_GLOBAL]?: CleanerApi };
  // Injected again into a tab that already has it: keep the first copy.
  scope[CLEANER_GLOBAL] ??= { run };
} catch {
  // Never let an exception reach the page.
}
