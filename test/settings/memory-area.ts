// An in-memory stand-in for browser.storage.sync: values are deep-copied like the real storage
// serialises them, every write is recorded, and failures can be switched on.
import type { SettingsArea } from '../../src/settings/settings-store';

export interface MemoryArea extends SettingsArea {
  items: Map<string, unknown>;
  writes: Record<string, unknown>[];
  removals: string[][];
  failReads: boolean;
  failWrites: boolean;
}

export function memoryArea(initial: Record<string, unknown> = {}): MemoryArea {
  const items = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const area: MemoryArea = {
    items,
    writes: [],
    removals: [],
    failReads: false,
    failWrites: false,
    async get(keys) {
      if (area.failReads) throw new Error('storage is unavailable');
      const wanted = keys === null || keys === undefined ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      const result: Record<string, unknown> = {};
      for (const key of wanted) if (items.has(key)) result[key] = structuredClone(items.get(key));
      return result;
    },
    async set(values) {
      if (area.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
      area.writes.push(structuredClone(values));
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    async remove(keys) {
      if (area.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
      const list = typeof keys === 'string' ? [keys] : [...keys];
      area.removals.push(list);
      for (const key of list) items.delete(key);
    },
  };
  return area;
}

/** The stored items as a plain object, for assertions. */
export function snapshot(area: MemoryArea): Record<string, unknown> {
  return Object.fromEntries(area.items);
}
