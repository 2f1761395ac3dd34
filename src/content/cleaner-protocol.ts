// The calls the background makes into the cleaner script in a tab. The cleaner is injected with
// scripting.executeScript({files}) and registers itself under CLEANER_GLOBAL; the background then
// calls it with scripting.executeScript({func: callCleaner, args: [call]}).
import type { Article, ExtractFailureReason, Verdict } from '../core/types';

export interface HiddenState {
  hidden: boolean;
  count: number;
}

export type ExtractOutcome =
  | { status: 'article'; article: Article; verdict: Verdict }
  | { status: 'not-article'; verdict: Verdict }
  | { status: 'failed'; reason: ExtractFailureReason; message: string }
  | { status: 'restricted'; message: string };

export interface CleanerMap {
  extract: { request: { force: boolean }; response: ExtractOutcome };
  hide: { request: null; response: HiddenState };
  restore: { request: null; response: HiddenState };
  status: { request: null; response: HiddenState };
}

export type CleanerName = keyof CleanerMap;

export interface CleanerCall<N extends CleanerName = CleanerName> {
  name: N;
  request: CleanerMap[N]['request'];
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
