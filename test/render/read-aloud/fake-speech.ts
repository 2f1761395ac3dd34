// A speech engine for the unit tests: it records what it is asked to speak and fires the events the
// test asks for, when it asks (start, end, error), plus the late events real engines send for an
// utterance that was cancelled.
import type { Speech, UtteranceErrorLike, UtteranceLike, VoiceLike } from '../../../src/render/read-aloud/speech-engine';

type Listener = (event: UtteranceErrorLike) => void;

export class FakeUtterance implements UtteranceLike {
  lang = '';
  rate = 1;
  voice: VoiceLike | null = null;
  private readonly listeners = new Map<string, Listener[]>();

  constructor(public text: string) {}

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: 'start' | 'end' | 'error', error = ''): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ error });
  }
}

export interface FakeSpeech extends Speech {
  /** Every utterance spoken, in order. */
  spoken: FakeUtterance[];
  /** The utterance being spoken (not ended, not cancelled). */
  current(): FakeUtterance | null;
  /** Utterances dropped by cancel(), whose late events a test may fire. */
  dropped: FakeUtterance[];
  cancels: number;
  /** The current utterance starts, then ends. */
  finish(): void;
  /** The current utterance fails with `error`. */
  fail(error: string): void;
  /** Replaces the voice list and fires "voiceschanged". */
  setVoices(voices: VoiceLike[]): void;
  texts(): string[];
}

export function voice(name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike {
  return { name, lang, voiceURI: `uri:${name}`, localService: true, default: false, ...extra };
}

export function fakeSpeech(initialVoices: VoiceLike[] = []): FakeSpeech {
  let voices = initialVoices;
  let current: FakeUtterance | null = null;
  const changed: (() => void)[] = [];
  const fake: FakeSpeech = {
    spoken: [],
    dropped: [],
    cancels: 0,
    current: () => current,
    engine: {
      getVoices: () => voices,
      speak(utterance) {
        if (!(utterance instanceof FakeUtterance)) throw new Error('not a fake utterance');
        fake.spoken.push(utterance);
        current = utterance;
      },
      cancel() {
        fake.cancels += 1;
        if (current) fake.dropped.push(current);
        current = null;
      },
      addEventListener(_type: 'voiceschanged', listener: () => void) {
        changed.push(listener);
      },
    },
    utterance: (text) => new FakeUtterance(text),
    finish() {
      const done = current;
      if (!done) throw new Error('nothing is being spoken');
      done.emit('start');
      current = null;
      done.emit('end');
    },
    fail(error) {
      const done = current;
      if (!done) throw new Error('nothing is being spoken');
      current = null;
      done.emit('error', error);
    },
    setVoices(next) {
      voices = next;
      for (const listener of changed) listener();
    },
    texts: () => fake.spoken.map((u) => u.text),
  };
  return fake;
}
