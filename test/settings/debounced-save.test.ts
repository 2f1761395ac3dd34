import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debouncedSaver, mergePatches } from '../../src/settings/debounced-save';
import { loadSettings } from '../../src/settings/settings-store';
import { memoryArea } from './memory-area';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('debouncedSaver', () => {
  it('writes a burst of changes once, with the last value of each field', async () => {
    const area = memoryArea();
    const saver = debouncedSaver(area, 300);
    const results = [19, 20, 21, 22].map((fontSize) => saver.push({ reading: { fontSize } }));
    const theme = saver.push({ reading: { theme: 'dark' } });
    expect(area.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(300);
    const settled = await Promise.all([...results, theme]);
    expect(area.writes).toHaveLength(1);
    expect(settled.every((s) => s.reading.fontSize === 22 && s.reading.theme === 'dark')).toBe(true);
    expect((await loadSettings(area)).reading.fontSize).toBe(22);
  });

  it('writes at once on flush', async () => {
    const area = memoryArea();
    const saver = debouncedSaver(area, 10_000);
    const done = saver.push({ showImages: false });
    await saver.flush();
    expect((await done).showImages).toBe(false);
    expect(area.writes).toHaveLength(1);
  });

  it('rejects the waiting pushes when the write fails, and recovers afterwards', async () => {
    const area = memoryArea();
    area.failWrites = true;
    const saver = debouncedSaver(area, 50);
    const failed = saver.push({ relatedSummaries: false });
    const assertion = expect(failed).rejects.toThrow(/quota/);
    await vi.advanceTimersByTimeAsync(50);
    await assertion;
    area.failWrites = false;
    const ok = saver.push({ relatedSummaries: false });
    await vi.advanceTimersByTimeAsync(50);
    expect((await ok).relatedSummaries).toBe(false);
  });
});

describe('mergePatches', () => {
  it('merges reading fields and sites, later wins', () => {
    expect(
      mergePatches(
        { reading: { fontSize: 20, theme: 'dark' }, sites: { 'a.example': null }, showImages: true },
        { reading: { fontSize: 21 }, sites: { 'b.example': null }, showImages: false },
      ),
    ).toEqual({ reading: { fontSize: 21, theme: 'dark' }, sites: { 'a.example': null, 'b.example': null }, showImages: false });
  });
});
