// The calls the background makes into the cleaner script in a tab, as a table of the same kind as the
// runtime messages (src/message-spec.ts): names, request fields checked on arrival, answer types. The
// cleaner is injected with scripting.executeScript({files}) and registers itself under CLEANER_GLOBAL;
// the background then calls it with scripting.executeScript({func: callCleaner, args: [call]}).
import type { Article, ExtractFailureReason, Verdict } from '../core/types';
import type { Answer, MessageTable, RequestIn, ResponseIn } from '../message-spec';

export interface HiddenState {
  hidden: boolean;
  count: number;
}

export type ExtractOutcome =
  | { status: 'article'; article: Article; verdict: Verdict }
  | { status: 'not-article'; verdict: Verdict }
  | { status: 'failed'; reason: ExtractFailureReason; message: string }
  | { status: 'restricted'; message: string };

export const CLEANER_CALLS = {
  /** Extract the page's article (force: even when the detector says it is no article). */
  extract: { request: { force: 'boolean' }, response: {} as Answer<ExtractOutcome> },
  /** Hide the page's clutter in place. */
  hide: { request: {}, response: {} as Answer<HiddenState> },
  /** Show what hide hid. */
  restore: { request: {}, response: {} as Answer<HiddenState> },
  /** Whether clutter is hidden, and how much. */
  status: { request: {}, response: {} as Answer<HiddenState> },
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

export interface CleanerApi {
  run(call: unknown): CleanerResult;
}

/**
 * Runs in the tab. The browser serialises this function's source, so it must not refer to
 * anything outside itself (hence the repeated global name).
 */
export function callCleaner(call: unknown): CleanerResult {
  const api = (globalThis as { __tidyReaderCleaner?: CleanerApi }).__tidyReaderCleaner;
  if (!api) return { ok: false, missing: true };
  return api.run(call);
}
