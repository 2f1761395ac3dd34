// Registers the detector content script with scripting.registerContentScripts instead of the
// manifest's content_scripts, so that the sites marked "never run" are left out by the browser
// itself: none of our code is injected into their pages. Re-synced when the per-site choices change
// and on install, update and browser start (Chrome drops registered scripts when the extension is
// updated; Firefox when a temporary add-on is reloaded).
import type { Scripting } from 'webextension-polyfill';
import type { SiteChoices } from '../settings/schema';
import { DETECTOR_SCOPE_ID, detectorScopes } from './detector-scopes';
import type { DetectorScope } from './detector-scopes';

export const DETECTOR_FILE = 'detector.js';

/** The slice of the scripting API used here (browser.scripting, or a fake in tests). */
export type ScriptRegistry = Pick<
  Scripting.Static,
  'getRegisteredContentScripts' | 'registerContentScripts' | 'updateContentScripts' | 'unregisterContentScripts'
>;

const isDetectorId = (id: string): boolean => id === DETECTOR_SCOPE_ID || id.startsWith(`${DETECTOR_SCOPE_ID}:`);

/**
 * One scope as a registered content script: what the manifest entry said (top frame, document_idle),
 * kept across browser restarts (Chrome 96+, Firefox 105+). Every field is given on update too:
 * Chromium's updateContentScripts resets an omitted persistAcrossSessions to false (seen in 156).
 * No matchOriginAsFallback: the detector has nothing to do in about:, data: or blob: documents, and
 * the default (false) is the same in both browsers.
 */
export function detectorScript(scope: DetectorScope): Scripting.RegisteredContentScript {
  return {
    id: scope.id,
    js: [DETECTOR_FILE],
    matches: scope.matches,
    excludeMatches: scope.excludeMatches,
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** Makes the registered detector scripts those of `sites`: updates the ones there, adds and drops the rest. */
export async function syncDetectorScripts(registry: ScriptRegistry, sites: Record<string, SiteChoices>): Promise<void> {
  const wanted = detectorScopes(sites).map(detectorScript);
  const registered = new Set((await registry.getRegisteredContentScripts()).map((script) => script.id).filter(isDetectorId));
  const wantedIds = new Set(wanted.map((script) => script.id));
  const stale = [...registered].filter((id) => !wantedIds.has(id));
  try {
    if (stale.length > 0) await registry.unregisterContentScripts({ ids: stale });
    const existing = wanted.filter((script) => registered.has(script.id));
    if (existing.length > 0) await registry.updateContentScripts(existing);
    const added = wanted.filter((script) => !registered.has(script.id));
    if (added.length > 0) await registry.registerContentScripts(added);
  } catch (error) {
    // Fail closed: a detector left registered with an old exclude list could run on a site that was
    // just turned off. Without a registration, the background's injection on page load (which checks
    // the site first) still gives every other page its verdict.
    const left = (await registry.getRegisteredContentScripts().catch(() => [])).map((script) => script.id).filter(isDetectorId);
    if (left.length > 0) await registry.unregisterContentScripts({ ids: left }).catch(() => undefined);
    throw error;
  }
}

/**
 * A sync function that runs one sync at a time: a call made while one runs queues one more, and
 * calls made while that one waits share it (it reads the settings when it starts, so it sees theirs).
 */
export function createDetectorSync(registry: ScriptRegistry, loadSites: () => Promise<Record<string, SiteChoices>>): () => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  return () => {
    if (queued) return queued;
    const run = tail.then(async () => {
      queued = null;
      await syncDetectorScripts(registry, await loadSites());
    });
    queued = run;
    tail = run.catch(() => undefined);
    return run;
  };
}
