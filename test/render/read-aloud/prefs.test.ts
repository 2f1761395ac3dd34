import { describe, expect, it } from 'vitest';
import { defaultPrefs, prefsStore, RATES, readPrefs, stepRate } from '../../../src/render/read-aloud/prefs';
import { memoryArea } from '../../settings/memory-area';

describe('read-aloud prefs', () => {
  it('reads back only valid fields', () => {
    expect(readPrefs(undefined)).toEqual(defaultPrefs());
    expect(readPrefs({ rate: 1.5, voices: { de: 'uri:Anna' } })).toEqual({ rate: 1.5, voices: { de: 'uri:Anna' } });
    expect(readPrefs({ rate: 7, voices: { 'not a lang': 'x', en: 3, fr: 'ok' } })).toEqual({ rate: 1, voices: { fr: 'ok' } });
    expect(readPrefs({ rate: '1.5', voices: [] })).toEqual(defaultPrefs());
  });

  it('steps through the offered speeds and stays within them', () => {
    expect(stepRate(1, 1)).toBe(1.25);
    expect(stepRate(1, -1)).toBe(0.75);
    expect(stepRate(RATES[0], -1)).toBe(RATES[0]);
    expect(stepRate(2, 1)).toBe(2);
  });

  it('keeps them in storage.local, and goes on when storage fails', async () => {
    const area = memoryArea();
    const store = prefsStore(area);
    await store.save({ rate: 1.25, voices: { en: 'uri:Daniel' } });
    expect(await prefsStore(area).load()).toEqual({ rate: 1.25, voices: { en: 'uri:Daniel' } });
    area.failReads = true;
    area.failWrites = true;
    expect(await store.load()).toEqual(defaultPrefs());
    await expect(store.save({ rate: 2, voices: {} })).resolves.toBeUndefined();
    const memoryOnly = prefsStore(undefined);
    await memoryOnly.save({ rate: 0.5, voices: {} });
    expect((await memoryOnly.load()).rate).toBe(0.5);
  });
});
