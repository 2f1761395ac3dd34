// The calls the background makes into the cleaner script in a tab, as a table of the same kind as the
// runtime messages (src/message-spec.ts): names, request fields checked on arrival, answer types. The
// cleaner is injected with scripting.executeScript({files}) and registers itself under CLEANER_GLOBAL;
// the background then calls it with scripting.executeScript({func: callCleaner, args: [call]}).
import type { Article, ExtractFailureReason, Verdict } from '../core/types';
import type { Answer, MessageTable, RequestIn, ResponseIn } from '../message-spec';
import { isKeepList } from '../core/keep';
import { isRecord, isVerdict } from '../guards';

/**
 * The detector's verdict on the page at `url`, as the background keeps it for the tab
 * (src/background/tab-state.ts). The cleaner takes a verdict that says article instead of judging the
 * page again (20–25 ms of script, profiled, in a new Chromium tab's first click) while the page is still
 * at that address; anything else it judges itself. null: the tab has no verdict to offer. Chromium's
 * scripting.executeScript drops an object's null fields on the way to the tab, so there it arrives as
 * no field at all, which means the same.
 */
export interface Detected {
  url: string;
  verdict: Verdict;
}

const isDetected = (x: unknown): x is Detected | null | undefined => x == null || (isRecord(x) && typeof x.url === 'string' && isVerdict(x.verdict));

export interface HiddenState {
  hidden: boolean;
  count: number;
}

/**
 * What one click reads from the page. An article comes with the clutter's state, so one call to the
 * tab answers the popup. Without force, a page the detector judged no article is still an article
 * when its extraction reads as one (src/core/reads-as-article.ts): `verdict` then says isArticle false.
 */
export type ExtractOutcome =
  | { status: 'article'; article: Article; verdict: Verdict; clutter: HiddenState }
  | { status: 'not-article'; verdict: Verdict }
  | { status: 'failed'; reason: ExtractFailureReason; message: string }
  | { status: 'restricted'; message: string };

export const CLEANER_CALLS = {
  /**
   * Extract the page's article (force: even when it is neither detected nor reads as one; keep: the site's
   * kept blocks; detected: the detector's verdict on the page, if any).
   */
  extract: { request: { force: 'boolean', keep: isKeepList, detected: isDetected }, response: {} as Answer<ExtractOutcome> },
  /** Hide the page's clutter in place, but not the site's kept blocks. */
  hide: { request: { keep: isKeepList }, response: {} as Answer<HiddenState> },
  /** Show what hide hid. */
  restore: { request: {}, response: {} as Answer<HiddenState> },
} as const satisfies MessageTable;

export type CleanerName = keyof typeof CLEANER_CALLS;
export type CleanerRequest<N extends CleanerName> = RequestIn<typeof CLEANER_CALLS, N>;
export type CleanerResponse<N extends CleanerName> = ResponseIn<typeof CLEANER_CALLS, N>;

export interface CleanerCall<N extends CleanerName = CleanerName> {
  name: N;
  request: CleanerRequest<N>;
}

/** What comes back from the tab: `missing` means the cleaner script is not injected yet. */
export type CleanerResult =
  | { ok: true; value: unknown }
  | { ok: false; missing: true }
  | { ok: false; missing: false; message: string };

export const CLEANER_GLOBAL = '__tidyReaderCleaner';
/** Where callCleaner leaves a call, by ticket, for the cleaner being loaded. */
export const PENDING_GLOBAL = '__tidyReaderPending';

/** The calls that may wait in the tab for the cleaner to load (runPending): only reads, which change nothing if they run late. */
export const WAITS_FOR_CLEANER: ReadonlySet<CleanerName> = new Set(['extract']);

export interface CleanerApi {
  run(call: unknown): CleanerResult;
  /**
   * Runs the calls left waiting by callCleaner (and forgets them), by ticket. cleaner.js ends with a call
   * of this (build.mjs, CLEANER_FOOTER), so that its injection answers the waiting call: a first click
   * takes two trips to the tab instead of three (ask, load, call).
   */
  runPending(): Record<string, CleanerResult>;
}

/**
 * Runs in the tab. The browser serialises this function's source, so it must not refer to
 * anything outside itself (hence the repeated global names). `ticket`: when the cleaner is not there
 * yet, leave the call waiting under this ticket for the cleaner that the caller loads next.
 */
export function callCleaner(call: unknown, ticket: string | null): CleanerResult {
  const scope = globalThis as { __tidyReaderCleaner?: CleanerApi; __tidyReaderPending?: Record<string, unknown> };
  const api = scope.__tidyReaderCleaner;
  if (api) return api.run(call);
  if (ticket !== null) (scope.__tidyReaderPending ??= {})[ticket] = call;
  return { ok: false, missing: true };
}

/** The answers of runPending, as the injection of cleaner.js returns them (anything else: none). */
export function pendingAnswer(result: unknown, ticket: string): CleanerResult | undefined {
  if (typeof result !== 'object' || result === null || !Object.hasOwn(result, ticket)) return undefined;
  return (result as Record<string, CleanerResult>)[ticket];
}
