// The read-aloud state machine: stopped → playing ⇄ paused → stopped, over a list of sentences, one
// utterance per piece of a sentence. It knows nothing of the page: it speaks, and says where it is.
//
// Engine quirks it is built around:
// - Pause cancels, and resume says the current piece again. speechSynthesis.pause() does nothing with
//   some voices and engines (and Chrome used to drop speech paused for long), so pause/resume behaves
//   the same in every browser, at the cost of repeating at most one piece.
// - A rate or voice change cannot reach an utterance already queued: the piece is said again with it.
// - cancel() makes the engine fire "end" or an "interrupted" error, sometimes late, for the utterance
//   it dropped: events of any utterance but the current one are ignored.
// - Chrome drops the events of an utterance that was garbage collected: the current one is kept here.
// - An engine that never starts (a broken speech service) would leave "playing" forever: after
//   START_TIMEOUT_MS without a "start", the player pauses and says so.
import type { Speech, UtteranceLike, VoiceLike } from './speech-engine';

export type PlayerState = 'stopped' | 'playing' | 'paused';

/** Why the player stopped or paused by itself. */
export type PlayerNote =
  | { kind: 'finished' }
  /** The browser wants a click before it speaks (Chrome's autoplay rule). */
  | { kind: 'blocked' }
  /** Something else took the speech engine (another page read aloud). */
  | { kind: 'interrupted' }
  | { kind: 'no-answer' }
  | { kind: 'failed'; error: string }
  | { kind: 'nothing-to-read' };

export interface PlayerSnapshot {
  state: PlayerState;
  /** The sentence being read, or where reading resumes. */
  index: number;
  count: number;
  note: PlayerNote | null;
}

/** What the player speaks: a sentence's pieces. */
export interface SpokenSentence {
  chunks: readonly string[];
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(id: unknown): void;
}

export interface PlayerOptions {
  speech: Speech;
  onChange(snapshot: PlayerSnapshot): void;
  timers?: Timers;
}

export interface Player {
  snapshot(): PlayerSnapshot;
  /** New sentences (a new article): stops. */
  load(sentences: readonly SpokenSentence[], lang: string | null): void;
  /** The same article after its DOM changed: goes on at `index` of the new list without a break. */
  replace(sentences: readonly SpokenSentence[], index: number): void;
  /** Starts or resumes; with `from`, at that sentence. */
  play(from?: number): void;
  pause(): void;
  toggle(): void;
  stop(): void;
  next(): void;
  previous(): void;
  setRate(rate: number): void;
  setVoice(voice: VoiceLike | null): void;
}

export const START_TIMEOUT_MS = 10_000;

/** setTimeout / clearTimeout (tests pass fakes or use vitest's fake timers). */
export const defaultTimers: Timers = {
  set: (run, ms) => globalThis.setTimeout(run, ms),
  clear: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function createPlayer(options: PlayerOptions): Player {
  const { speech, onChange } = options;
  const timers = options.timers ?? defaultTimers;
  let sentences: readonly SpokenSentence[] = [];
  let lang: string | null = null;
  let state: PlayerState = 'stopped';
  let index = 0;
  let chunk = 0;
  let rate = 1;
  let voice: VoiceLike | null = null;
  let note: PlayerNote | null = null;
  let current: UtteranceLike | null = null;
  let watchdog: unknown = null;

  const snapshot = (): PlayerSnapshot => ({ state, index, count: sentences.length, note });
  const emit = (): void => onChange(snapshot());

  function clearWatchdog(): void {
    if (watchdog !== null) timers.clear(watchdog);
    watchdog = null;
  }

  /** Silences the engine; the dropped utterance's late events are ignored from here on. */
  function silence(): void {
    clearWatchdog();
    if (current === null) return;
    current = null;
    speech.engine.cancel();
  }

  function halt(next: PlayerState, why: PlayerNote | null): void {
    silence();
    state = next;
    note = why;
    if (next === 'stopped') {
      index = 0;
      chunk = 0;
    }
    emit();
  }

  function speakCurrent(): void {
    silence();
    const text = sentences[index]?.chunks[chunk];
    if (text === undefined) {
      halt('stopped', { kind: 'finished' });
      return;
    }
    const utterance = speech.utterance(text);
    if (lang) utterance.lang = lang;
    utterance.rate = rate;
    if (voice) {
      utterance.voice = voice;
      // The voice's own tag, when the article gave none: the engine then reads with the voice's rules.
      if (!lang) utterance.lang = voice.lang;
    }
    utterance.addEventListener('start', () => {
      if (utterance === current) clearWatchdog();
    });
    utterance.addEventListener('end', () => {
      if (utterance === current) advance();
    });
    utterance.addEventListener('error', (event) => {
      if (utterance === current) failed(event.error);
    });
    current = utterance;
    watchdog = timers.set(() => {
      if (utterance === current) halt('paused', { kind: 'no-answer' });
    }, START_TIMEOUT_MS);
    speech.engine.speak(utterance);
  }

  function advance(): void {
    current = null;
    clearWatchdog();
    const chunks = sentences[index]?.chunks.length ?? 0;
    if (chunk + 1 < chunks) {
      chunk += 1;
      speakCurrent();
      return;
    }
    if (index + 1 >= sentences.length) {
      halt('stopped', { kind: 'finished' });
      return;
    }
    index += 1;
    chunk = 0;
    emit();
    speakCurrent();
  }

  function failed(error: string): void {
    current = null;
    clearWatchdog();
    // The place is kept: Play tries the same sentence again.
    if (error === 'interrupted' || error === 'canceled') halt('paused', { kind: 'interrupted' });
    else if (error === 'not-allowed') halt('paused', { kind: 'blocked' });
    else halt('paused', { kind: 'failed', error });
  }

  function moveTo(target: number): void {
    index = Math.max(0, Math.min(sentences.length - 1, target));
    chunk = 0;
    note = null;
    if (state === 'playing') {
      emit();
      speakCurrent();
      return;
    }
    // Stepping while stopped holds a place to start from: that is what "paused" means here.
    state = 'paused';
    silence();
    emit();
  }

  const player: Player = {
    snapshot,
    load(next, nextLang) {
      silence();
      sentences = next;
      lang = nextLang;
      state = 'stopped';
      index = 0;
      chunk = 0;
      note = null;
      emit();
    },
    replace(next, at) {
      sentences = next;
      if (at < 0 || at >= next.length) {
        halt('stopped', null);
        return;
      }
      index = at;
      chunk = Math.min(chunk, Math.max(0, (next[at]?.chunks.length ?? 1) - 1));
      emit();
    },
    play(from) {
      if (sentences.length === 0) {
        halt('stopped', { kind: 'nothing-to-read' });
        return;
      }
      if (from !== undefined) {
        index = Math.max(0, Math.min(sentences.length - 1, Math.floor(from)));
        chunk = 0;
      } else if (state === 'playing') {
        return;
      }
      state = 'playing';
      note = null;
      emit();
      speakCurrent();
    },
    pause() {
      if (state === 'playing') halt('paused', null);
    },
    toggle() {
      if (state === 'playing') player.pause();
      else player.play();
    },
    stop() {
      if (state !== 'stopped' || note !== null) halt('stopped', null);
    },
    next() {
      if (sentences.length === 0) return;
      if (index + 1 >= sentences.length) {
        if (state === 'playing') halt('stopped', { kind: 'finished' });
        return;
      }
      moveTo(index + 1);
    },
    previous() {
      if (sentences.length > 0) moveTo(index - 1);
    },
    setRate(next) {
      rate = next;
      if (state === 'playing') speakCurrent();
    },
    setVoice(next) {
      voice = next;
      if (state === 'playing') speakCurrent();
    },
  };
  return player;
}
