// Watching the detector content script from an extension page, the same way in Chromium and Firefox:
// which detector scripts the background registered, whether the detector ran in a tab (its
// state, with the URL it judged last, in the extension's isolated world), and every verdict it sent. Each function is
// passed to evaluate() in an extension page, so it is self-contained (no imports, no outer names).
import type { ExtGlobal, ExtRegisteredScript } from './extension-api';

/** A verdict message as an extension page receives it: content scripts' messages reach every extension page. */
export interface SeenVerdict {
  tabId: number | null;
  url: string;
}

/** The detector scripts the background registered (id, matches, excludeMatches). */
export async function registeredDetectors(): Promise<ExtRegisteredScript[]> {
  const scope = globalThis as unknown as ExtGlobal;
  const api = scope.browser ?? scope.chrome;
  if (api === undefined) throw new Error('no extension API in this page');
  const scripts = await api.scripting.getRegisteredContentScripts();
  return scripts
    .filter((s) => s.js?.some((file) => file.endsWith('detector.js')))
    .map((s) => ({ id: s.id, matches: s.matches ?? [], excludeMatches: s.excludeMatches ?? [] }));
}

/**
 * The URL the detector last judged in a tab, read from its marker (src/content/detector.ts) in the
 * extension's isolated world, or null when the detector never ran in the tab's current document.
 */
export async function detectorMarker(tabId: number): Promise<string | null> {
  const scope = globalThis as unknown as ExtGlobal;
  const api = scope.browser ?? scope.chrome;
  if (api === undefined) throw new Error('no extension API in this page');
  const [first] = await api.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as { __tidyReaderDetector?: { url?: string } }).__tidyReaderDetector?.url ?? null,
  });
  const result = first?.result;
  return typeof result === 'string' ? result : null;
}

/** Starts recording the reportVerdict messages that this extension page receives (once per page). */
export function recordVerdicts(): void {
  const scope = globalThis as unknown as ExtGlobal & { __tidyTestVerdicts?: SeenVerdict[] };
  const api = scope.browser ?? scope.chrome;
  if (api === undefined) throw new Error('no extension API in this page');
  if (scope.__tidyTestVerdicts) return;
  const seen: SeenVerdict[] = [];
  scope.__tidyTestVerdicts = seen;
  api.runtime.onMessage.addListener((message, sender) => {
    const m = message as { channel?: unknown; name?: unknown; request?: { url?: unknown } } | null;
    if (m?.channel !== 'tidy-reader' || m.name !== 'reportVerdict') return;
    seen.push({ tabId: sender.tab?.id ?? null, url: typeof m.request?.url === 'string' ? m.request.url : '' });
    // Returns nothing: the background alone answers the message.
  });
}

/** The verdict messages recorded so far in this page (see recordVerdicts). */
export function recordedVerdicts(): SeenVerdict[] {
  return [...((globalThis as { __tidyTestVerdicts?: SeenVerdict[] }).__tidyTestVerdicts ?? [])];
}
