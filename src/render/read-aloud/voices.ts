// Which voices read aloud offers, in which order, and which one it picks. Only voices on this computer
// (localService): a network voice sends the text it reads to a server, and our pages make no network
// requests of their own. The article's language comes first.
import type { VoiceLike } from './speech-engine';

/** "en_US" (Android's form) and "EN-us" as "en-us". */
function normalizeLang(lang: string): string {
  return lang.replace(/_/g, '-').toLowerCase();
}

/** The primary language subtag: "pt" for "pt-BR". */
export function primaryLang(lang: string): string {
  return normalizeLang(lang).split('-')[0] ?? '';
}

/** 2 when the voice speaks exactly `lang` ("en-GB"), 1 when the same language ("en-US"), else 0. */
export function languageMatch(voice: VoiceLike, lang: string | null): 0 | 1 | 2 {
  if (!lang || !voice.lang) return 0;
  const wanted = normalizeLang(lang);
  const spoken = normalizeLang(voice.lang);
  if (spoken === wanted) return 2;
  return primaryLang(spoken) === primaryLang(wanted) ? 1 : 0;
}

export interface VoiceChoice<V extends VoiceLike> {
  /** Voices that speak the article's language, best match first. */
  matching: V[];
  /** The other local voices, by language and name. */
  other: V[];
}

/** The local voices, split by whether they speak `lang`; network voices are left out. */
export function voiceChoice<V extends VoiceLike>(voices: readonly V[], lang: string | null): VoiceChoice<V> {
  const local = voices.filter((voice) => voice.localService);
  const byName = (a: V, b: V): number => a.name.localeCompare(b.name);
  const matching = local
    .filter((voice) => languageMatch(voice, lang) > 0)
    .sort((a, b) => languageMatch(b, lang) - languageMatch(a, lang) || Number(b.default) - Number(a.default) || byName(a, b));
  const other = local
    .filter((voice) => languageMatch(voice, lang) === 0)
    .sort((a, b) => normalizeLang(a.lang).localeCompare(normalizeLang(b.lang)) || byName(a, b));
  return { matching, other };
}

/**
 * The voice to read with: the one the reader chose for this language before, else the best match for
 * the language (its exact variant first, the system's default among equals), else the system's
 * default, else any.
 */
export function pickVoice<V extends VoiceLike>(choice: VoiceChoice<V>, preferredUri: string | undefined): V | null {
  const all = [...choice.matching, ...choice.other];
  const preferred = preferredUri === undefined ? undefined : all.find((voice) => voice.voiceURI === preferredUri);
  return preferred ?? choice.matching[0] ?? all.find((voice) => voice.default) ?? all[0] ?? null;
}
