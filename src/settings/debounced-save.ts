// Coalesces quick successive changes ("+" pressed five times, a slider dragged by keyboard) into one
// storage write: storage.sync allows about 120 writes a minute, and each write syncs to every device.
import type { Settings } from './schema';
import type { SettingsArea, SettingsPatch } from './settings-store';
import { saveSettings } from './settings-store';

export interface DebouncedSaver {
  /** Queues a change; resolves with the stored settings once the write that includes it has landed. */
  push(patch: SettingsPatch): Promise<Settings>;
  /** Writes whatever is queued now (call on pagehide). */
  flush(): Promise<void>;
}

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Later patches win field by field; sites merge by host. */
export function mergePatches(a: SettingsPatch, b: SettingsPatch): SettingsPatch {
  const merged: SettingsPatch = { ...a, ...b };
  if (a.reading || b.reading) merged.reading = { ...a.reading, ...b.reading };
  if (a.sites || b.sites) merged.sites = { ...a.sites, ...b.sites };
  return merged;
}

export function debouncedSaver(area: SettingsArea, delayMs = 300, timers: Timers = globalThis as unknown as Timers): DebouncedSaver {
  let pending: SettingsPatch | null = null;
  let waiters: { resolve: (s: Settings) => void; reject: (e: unknown) => void }[] = [];
  let timer: unknown = null;
  let chain: Promise<unknown> = Promise.resolve();

  const write = (): Promise<void> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (pending === null) return chain.then(() => undefined);
    const patch = pending;
    const batch = waiters;
    pending = null;
    waiters = [];
    const run = chain.then(() => saveSettings(area, patch));
    chain = run.catch(() => undefined);
    return run.then(
      (settings) => batch.forEach((w) => w.resolve(settings)),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  };

  return {
    push(patch) {
      pending = pending ? mergePatches(pending, patch) : patch;
      const done = new Promise<Settings>((resolve, reject) => waiters.push({ resolve, reject }));
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(() => void write(), delayMs);
      return done;
    },
    flush: write,
  };
}
