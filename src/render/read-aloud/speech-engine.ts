// The part of the browser's speech synthesis (window.speechSynthesis, SpeechSynthesisUtterance) that
// read aloud uses, as interfaces: the pages pass the browser's own objects, the tests a fake.

/** A voice as getVoices() lists it. */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI: string;
  /** False for voices that synthesize on a server (the text would leave the computer). */
  readonly localService: boolean;
  readonly default: boolean;
}

/** What an utterance's "error" event carries ('interrupted', 'not-allowed', 'synthesis-failed'…). */
export interface UtteranceErrorLike {
  readonly error: string;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  addEventListener(type: 'start' | 'end', listener: () => void): void;
  addEventListener(type: 'error', listener: (event: UtteranceErrorLike) => void): void;
}

export interface SpeechEngine {
  getVoices(): readonly VoiceLike[];
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** An engine and a way to make utterances for it. */
export interface Speech {
  engine: SpeechEngine;
  utterance(text: string): UtteranceLike;
}

/** The window's speech synthesis, or null where the browser has none (or it is switched off). */
export function speechOf(win: Window & typeof globalThis): Speech | null {
  // Read when first needed, not when the page starts: asking for voices wakes the system's speech
  // service (speech-dispatcher on Linux), which a reader who never presses Play should not pay for.
  const engine = 'speechSynthesis' in win ? win.speechSynthesis : undefined;
  const Utterance = 'SpeechSynthesisUtterance' in win ? win.SpeechSynthesisUtterance : undefined;
  if (engine === undefined || Utterance === undefined) return null;
  return {
    engine,
    utterance: (text) => new Utterance(text),
  };
}
