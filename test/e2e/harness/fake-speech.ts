// A stand-in for the browser's speech synthesis, put into an extension page by the test: headless
// browsers here have no voice, so nothing would ever be spoken. It replaces window.speechSynthesis and
// SpeechSynthesisUtterance (before the page's module starts in Chromium, through an init script; in
// Firefox, whose WebDriver BiDi runs no preload script in moz-extension pages, right after load — read
// aloud asks for the engine only when first used). Utterances start at once and end only when the test
// says so, so the test steps through the sentence queue deterministically.

export interface FakeVoice {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

export interface FakeSpeechOptions {
  voices: FakeVoice[];
}

export interface SpokenRecord {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

/** What the fake saw, read back by the test (page.evaluate(readFakeSpeech)). */
export interface FakeSpeechLog {
  spoken: SpokenRecord[];
  cancels: number;
  /** The utterance being "spoken" (started, not ended), if any. */
  current: string | null;
}

interface FakeControl {
  log(): FakeSpeechLog;
  endCurrent(): void;
}

/** Runs in the page (self-contained: it is serialised by Playwright and Puppeteer). */
export function installFakeSpeech(options: FakeSpeechOptions): void {
  const spoken: SpokenRecord[] = [];
  let cancels = 0;
  let current: (EventTarget & { text: string }) | null = null;

  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: FakeVoice | null = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }

  const fire = (target: EventTarget, type: string, error?: string): void => {
    const event = new Event(type);
    if (error !== undefined) Object.defineProperty(event, 'error', { value: error });
    target.dispatchEvent(event);
  };

  class FakeSynthesis extends EventTarget {
    get speaking(): boolean {
      return current !== null;
    }
    get pending(): boolean {
      return false;
    }
    get paused(): boolean {
      return false;
    }
    getVoices(): FakeVoice[] {
      return options.voices;
    }
    speak(utterance: FakeUtterance): void {
      spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.voiceURI ?? null });
      current = utterance;
      // Like the real engines: events come later, never inside speak().
      setTimeout(() => fire(utterance, 'start'), 0);
    }
    cancel(): void {
      cancels += 1;
      const dropped = current;
      current = null;
      // Chrome reports a cancelled utterance as an "interrupted" error, late.
      if (dropped) setTimeout(() => fire(dropped, 'error', 'interrupted'), 0);
    }
    pause(): void {}
    resume(): void {}
  }

  const synthesis = new FakeSynthesis();
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  const control: FakeControl = {
    log: () => ({ spoken: [...spoken], cancels, current: current?.text ?? null }),
    endCurrent() {
      const done = current;
      current = null;
      if (done) fire(done, 'end');
    },
  };
  Object.defineProperty(window, '__fakeSpeech', { value: control, configurable: true });
}

/** Runs in the page: what the fake has spoken so far. */
export function readFakeSpeech(): FakeSpeechLog {
  const control = (window as unknown as { __fakeSpeech?: FakeControl }).__fakeSpeech;
  if (!control) throw new Error('the fake speech synthesis is not installed in this page');
  return control.log();
}

/** Runs in the page: the utterance being spoken ends, as if the voice had finished it. */
export function endFakeUtterance(): void {
  const control = (window as unknown as { __fakeSpeech?: FakeControl }).__fakeSpeech;
  if (!control) throw new Error('the fake speech synthesis is not installed in this page');
  control.endCurrent();
}

/** Runs in the page: the text under the read-aloud highlight (Highlight API or <mark> fallback). */
export function readHighlight(): { text: string; top: number; bottom: number; viewport: number; scrollY: number; api: boolean } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const highlight = registry?.get('tr-read-aloud');
  let range: Range | null = null;
  if (highlight) {
    const first = [...highlight][0];
    if (first instanceof Range) range = first;
  } else {
    const marks = document.querySelectorAll('mark.tr-read-aloud-mark');
    const firstMark = marks[0];
    const lastMark = marks[marks.length - 1];
    if (firstMark && lastMark) {
      range = document.createRange();
      range.setStartBefore(firstMark);
      range.setEndAfter(lastMark);
    }
  }
  if (!range) return null;
  const box = range.getBoundingClientRect();
  return {
    text: range.toString().replace(/\s+/g, ' ').trim(),
    top: Math.round(box.top),
    bottom: Math.round(box.bottom),
    viewport: window.innerHeight,
    scrollY: Math.round(window.scrollY),
    api: highlight !== undefined,
  };
}

/** Voices of the fake: two on the machine, and one network voice that read aloud must never offer. */
export const FAKE_VOICES: FakeVoice[] = [
  { name: 'Fake English', lang: 'en-US', voiceURI: 'fake-en', localService: true, default: true },
  { name: 'Fake Deutsch', lang: 'de-DE', voiceURI: 'fake-de', localService: true, default: false },
  { name: 'Fake Cloud English', lang: 'en-US', voiceURI: 'fake-cloud', localService: false, default: false },
];
