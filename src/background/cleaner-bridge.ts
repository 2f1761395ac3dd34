// Runs a cleaner command in a tab: calls the cleaner if the tab already has it, injects
// cleaner.js first if not. Injection errors become reply failures that say why.
import type { Scripting } from 'webextension-polyfill';
import { isRecord } from '../guards';
import { ReplyFailure } from '../messages';
import { callCleaner } from '../content/cleaner-protocol';
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

/** The steps of a call into the tab, for the click's phase marks: asked whether the cleaner is there, then loaded it. */
export type CleanerStep = 'probed' | 'injected';

export function createCleanerBridge(
  scripting: ScriptingLike,
  tabUrl: (tabId: number) => Promise<string | undefined>,
  onStep: (step: CleanerStep) => void = () => undefined,
): RunCleaner {
  async function call(tabId: number, cleanerCall: CleanerCall): Promise<CleanerResult> {
    const [first] = await scripting.executeScript({ target: { tabId }, func: callCleaner, args: [cleanerCall] });
    const result: unknown = first?.result;
    if (!isCleanerResult(result)) throw new ReplyFailure('failed', 'The page did not answer.');
    return result;
  }

  return async (tabId, name, request, options) => {
    try {
      let result = await call(tabId, { name, request });
      if (!result.ok && result.missing && options?.inject !== false) {
        onStep('probed');
        await scripting.executeScript({ target: { tabId }, files: [CLEANER_FILE] });
        onStep('injected');
        result = await call(tabId, { name, request });
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
