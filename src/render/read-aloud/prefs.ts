// The reader's read-aloud choices: the speed, and a voice per language. Kept in storage.local, not
// with the synced settings: voices are installed per computer, so a voice chosen on one machine means
// nothing on another. Read back field by field; anything malformed is the default.
import { isRecord } from '../../guards';
import type { SettingsArea } from '../../settings/settings-store';

/** The speeds offered, as SpeechSynthesisUtterance.rate (1 is the voice's normal pace). */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const DEFAULT_RATE = 1;
const STORAGE_KEY = 'readAloud';
/** A bound on what storage holds: one voice per language the reader has listened to. */
const MAX_LANGUAGES = 64;

export interface ReadAloudPrefs {
  rate: number;
  /** voiceURI by primary language subtag ("de"). */
  voices: Record<string, string>;
}

export function defaultPrefs(): ReadAloudPrefs {
  return { rate: DEFAULT_RATE, voices: {} };
}

/** The offered speed one step slower (-1) or faster (1) than `rate`. */
export function stepRate(rate: number, direction: 1 | -1): number {
  const index = RATES.findIndex((r) => r >= rate);
  const at = index < 0 ? RATES.length - 1 : index;
  const next = RATES[Math.min(RATES.length - 1, Math.max(0, at + direction))];
  return next ?? DEFAULT_RATE;
}

/** Stored prefs, checked field by field. */
export function readPrefs(value: unknown): ReadAloudPrefs {
  const prefs = defaultPrefs();
  if (!isRecord(value)) return prefs;
  const rate = value['rate'];
  if (typeof rate === 'number' && (RATES as readonly number[]).includes(rate)) prefs.rate = rate;
  const voices = value['voices'];
  if (isRecord(voices)) {
    for (const [lang, uri] of Object.entries(voices).slice(0, MAX_LANGUAGES)) {
      if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length <= 500) prefs.voices[lang] = uri;
    }
  }
  return prefs;
}

export interface PrefsStore {
  load(): Promise<ReadAloudPrefs>;
  save(prefs: ReadAloudPrefs): Promise<void>;
}

/** The prefs in `area` (storage.local); without an area (the tests' pages) they live as long as the page. */
export function prefsStore(area: SettingsArea | undefined): PrefsStore {
  let kept = defaultPrefs();
  return {
    async load() {
      if (!area) return kept;
      try {
        return readPrefs((await area.get(STORAGE_KEY))[STORAGE_KEY]);
      } catch {
        return defaultPrefs();
      }
    },
    async save(prefs) {
      kept = prefs;
      // A refused write costs only the memory of this choice: reading goes on.
      await area?.set({ [STORAGE_KEY]: prefs }).catch(() => undefined);
    },
  };
}
