// Cleaner script: injected on demand into one tab (never on every page: it carries Readability,
// the rules and DOMPurify). It registers a small API that the background calls; every call
// returns plain data and no exception leaves this file.
import { extractArticle } from '../core/index';
import type { KeepException, Verdict } from '../core/types';
import { detectArticle } from '../core/detect';
import { readsAsArticle } from '../core/reads-as-article';
import { isRecord } from '../guards';
import { isMessageName, isRequestFor } from '../message-spec';
import { CLEANER_CALLS, CLEANER_GLOBAL, PENDING_GLOBAL, WAITS_FOR_CLEANER } from './cleaner-protocol';
import type { CleanerApi, CleanerCall, CleanerName, CleanerRequest, CleanerResponse, CleanerResult, Detected, ExtractOutcome } from './cleaner-protocol';
import { clutterStatus, hideClutter, restoreClutter } from './clutter-hider';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Whether the page shows an element: rendered, not display:none, visibility:hidden or transparent. */
function isVisible(element: Element): boolean {
  // Element.checkVisibility: Chrome 105+, Firefox 106+; where it is missing, the markup alone decides.
  if (typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}

/**
 * The page's verdict: the detector's, when it said article about this very address (the page has been
 * read once already: the toolbar shows it), else judged now. A "no" is judged again, since a page may
 * have filled in after the detector's look, and that second look costs little next to a missed article.
 */
function verdictOf(url: string, detected: Detected | null | undefined): Verdict {
  return detected?.url === url && detected.verdict.isArticle ? detected.verdict : detectArticle(document, url);
}

function extract(force: boolean, keep: readonly KeepException[], detected: Detected | null | undefined): ExtractOutcome {
  // A PDF viewer, an image or a plain-text file is a document too, but not one we can read.
  if (!HTML_TYPES.has(document.contentType)) {
    return { status: 'restricted', message: `This is not a web page (${document.contentType}).` };
  }
  const url = location.href;
  // Judged once: extractArticle takes this verdict instead of judging the page again. The not-shown
  // check reports only what the reader of the live page can see (CSS, layout included).
  const verdict = verdictOf(url, detected);
  const result = extractArticle(document, url, { verdict, isVisible, keep, tagLists: 'query' });
  // A click means "read this": what the detector missed is shown when its text reads as an article.
  if (!force && !verdict.isArticle && !(result.ok && readsAsArticle(result.article, document))) {
    return { status: 'not-article', verdict };
  }
  if (!result.ok) return { status: 'failed', reason: result.reason, message: result.message };
  return { status: 'article', article: result.article, verdict, clutter: clutterStatus(document) };
}

const commands: { [N in CleanerName]: (request: CleanerRequest<N>) => CleanerResponse<N> } = {
  extract: (request) => extract(request.force, request.keep, request.detected),
  hide: (request) => hideClutter(document, location.href, request.keep),
  restore: () => restoreClutter(document),
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

/** The calls callCleaner left waiting for this script, run now and forgotten (CleanerApi.runPending). */
function runPending(): Record<string, CleanerResult> {
  const scope = globalThis as typeof globalThis & { [PENDING_GLOBAL]?: Record<string, unknown> };
  const pending = scope[PENDING_GLOBAL] ?? {};
  delete scope[PENDING_GLOBAL];
  const answers: Record<string, CleanerResult> = {};
  for (const [ticket, call] of Object.entries(pending)) {
    // Only reads wait (WAITS_FOR_CLEANER): anything else left there is refused, never run late.
    answers[ticket] = isRecord(call) && WAITS_FOR_CLEANER.has(call.name as CleanerName) ? run(call) : { ok: false, missing: false, message: 'Not a call that waits' };
  }
  return answers;
}

try {
  const scope = globalThis as typeof globalThis & { [CLEANER_GLOBAL]?: CleanerApi };
  // Injected again into a tab that already has it: keep the first copy.
  scope[CLEANER_GLOBAL] ??= { run, runPending };
} catch {
  // Never let an exception reach the page.
}
