// The one place that knows how Chrome and Firefox name their extension API at runtime. Only the
// detector content script uses it: everything else imports webextension-polyfill, which would
// cost the detector most of its byte budget for the single call it makes.

/** The part of `runtime` the detector needs. Both browsers return a promise when no callback is given. */
export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

interface RuntimeLike {
  id?: string;
  sendMessage?: (message: unknown) => Promise<unknown> | undefined;
}

interface ExtensionGlobals {
  browser?: { runtime?: RuntimeLike };
  chrome?: { runtime?: RuntimeLike };
}

/**
 * The live extension runtime, or null when there is none: after the extension is reloaded or
 * updated, an orphaned content script keeps running but its runtime id is gone, and it must stand down.
 */
export function contentRuntime(): ContentRuntime | null {
  try {
    const scope = globalThis as ExtensionGlobals;
    // Firefox has both; its `browser` is the promise-based one. Chrome MV3 has only `chrome`.
    const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
    const send = runtime?.sendMessage;
    if (!runtime?.id || !send) return null;
    return {
      sendMessage: (message) => Promise.resolve(send.call(runtime, message)),
    };
  } catch {
    // Touching an invalidated runtime can throw in Chrome.
    return null;
  }
}
