// Runs a cleaner command in a tab: calls the cleaner if the tab already has it, injects
// cleaner.js first if not. Injection errors become reply failures that say why.
import type { Scripting } from 'webextension-polyfill';
import { isRecord } from '../guards';
import { ReplyFailure } from '../messages';
import { WAITS_FOR_CLEANER, callCleaner, pendingAnswer } from '../content/cleaner-protocol';
import type { CleanerCall, CleanerName, CleanerRequest, CleanerResponse, CleanerResult } from '../content/cleaner-protocol';
import { accessErrorMessage, isAccessError } from './restricted-url';

export const CLEANER_FILE = 'cleaner.js';

export interface RunCleanerOptions {
  /**
   * False: only talk to a cleaner already in the page, never load one (the call fails instead).
   * For commands that have nothing to do in a page the cleaner never touched, such as restoring the clutter.
   */
  inject?: boolean;
}

export type RunCleaner = <N extends CleanerName>(
  tabId: number,
  name: N,
  request: CleanerRequest<N>,
  options?: RunCleanerOptions,
) => Promise<CleanerResponse<N>>;

type ScriptingLike = Pick<Scripting.Static, 'executeScript'>;

function isCleanerResult(x: unknown): x is CleanerResult {
  return isRecord(x) && typeof x.ok === 'boolean';
}

/** The steps of a call into the tab, for the click's phase marks: the tab said it had no cleaner (which is loaded next). */
export type CleanerStep = 'probed';

export function createCleanerBridge(
  scripting: ScriptingLike,
  tabUrl: (tabId: number) => Promise<string | undefined>,
  onStep: (step: CleanerStep) => void = () => undefined,
): RunCleaner {
  async function call(tabId: number, cleanerCall: CleanerCall, ticket: string | null): Promise<CleanerResult> {
    const [first] = await scripting.executeScript({ target: { tabId }, func: callCleaner, args: [cleanerCall, ticket] });
    const result: unknown = first?.result;
    if (!isCleanerResult(result)) throw new ReplyFailure('failed', 'The page did not answer.');
    return result;
  }

  return async (tabId, name, request, options) => {
    try {
      const inject = options?.inject !== false;
      // A read left waiting in a tab without the cleaner is answered by the injection itself.
      const ticket = inject && WAITS_FOR_CLEANER.has(name) ? crypto.randomUUID() : null;
      let result = await call(tabId, { name, request }, ticket);
      if (!result.ok && result.missing && inject) {
        onStep('probed');
        const [loaded] = await scripting.executeScript({ target: { tabId }, files: [CLEANER_FILE] });
        const answer = ticket === null ? undefined : pendingAnswer(loaded?.result, ticket);
        // No answer: the call did not wait (not a read), or another load of the cleaner ran it first; ask again.
        result = answer !== undefined && isCleanerResult(answer) ? answer : await call(tabId, { name, request }, null);
      }
      if (result.ok) {
        // The cleaner's command table answers `name` with CleanerResponse<typeof name>.
        return result.value as CleanerResponse<typeof name>;
      }
      throw new ReplyFailure('failed', result.missing ? 'The cleaner could not be loaded into the page.' : result.message);
    } catch (error) {
      if (error instanceof ReplyFailure) throw error;
      const message = error instanceof Error ? error.message : String(error);
      if (isAccessError(message)) throw new ReplyFailure('restricted', accessErrorMessage(await tabUrl(tabId).catch(() => undefined)));
      throw new ReplyFailure('failed', message);
    }
  };
}
