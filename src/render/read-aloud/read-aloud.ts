// Read aloud in the popup and the reader: the player panel of the bar (page.html, #read-aloud-panel),
// wired to the sentences of the rendered article, the state machine (player.ts), the highlight and the
// scroll. The speech engine is first touched when the reader opens the panel or presses a read-aloud
// key (asking for voices wakes the system's speech service), and its voices may come late
// (voice-watch.ts).
import { mountDisclosure } from '../disclosure';
import type { HighlightApi } from './highlight';
import { createPainter } from './highlight';
import { panelControls, renderPanel, renderRates, renderVoices } from './panel-view';
import type { Player, PlayerSnapshot, PlayerState, Timers } from './player';
import { createPlayer, defaultTimers } from './player';
import type { PrefsStore, ReadAloudPrefs } from './prefs';
import { defaultPrefs, stepRate } from './prefs';
import { barInset, reveal } from './reveal';
import type { Sentence } from './sentences';
import { indexFrom, sentencesOf, startOf } from './sentences';
import type { Speech, VoiceLike } from './speech-engine';
import type { Availability } from './status-text';
import { textRuns } from './text-runs';
import { watchVoices } from './voice-watch';
import { pickVoice, primaryLang, voiceChoice } from './voices';

export interface ReadAloudDeps {
  mode: 'popup' | 'reader';
  uiLanguage: string;
  prefs: PrefsStore;
  /** The browser's speech synthesis (asked for on first use), or null where there is none. */
  speech(): Speech | null;
  highlightApi: HighlightApi | null;
  /** Popup only: opens the reader tab, which reads on from sentence `index`. */
  continueInReader(index: number): void;
  timers?: Timers;
}

export interface ReadAloud {
  /** The article was (re)rendered: reading stops, the sentences are found again on the next Play. */
  setArticle(lang: string | null): void;
  /** The article is gone (another state of the page): reading stops. */
  forget(): void;
  /** Starts at sentence `from` once the voices are known (a reader tab continuing the popup). */
  startAt(from: number): void;
  // The keys (src/settings/shortcuts.ts).
  toggle(): void;
  stop(): void;
  next(): void;
  previous(): void;
  slower(): void;
  faster(): void;
}

export function mountReadAloud(doc: Document, deps: ReadAloudDeps): ReadAloud {
  const win = doc.defaultView as Window & typeof globalThis;
  const timers = deps.timers ?? defaultTimers;
  const controls = panelControls(doc);
  const roots = ['title', 'content'].map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const painter = createPainter(doc, deps.highlightApi);
  mountDisclosure(doc, 'toggle-read-aloud');
  renderRates(controls, deps.uiLanguage);

  let availability: Availability = 'idle';
  /** Made with the engine, on first use. */
  let player: Player | null = null;
  let speech: Speech | null = null;
  let voices: VoiceLike[] = [];
  let voice: VoiceLike | null = null;
  let prefs: ReadAloudPrefs = defaultPrefs();
  let prefsLoaded: Promise<void> = Promise.resolve();
  let lang: string | null = null;
  let sentences: Sentence[] | null = null;
  /** Play asked for before the voices were known: where to start (null: where the player is). */
  let pending: { from: number | null } | null = null;
  let shown: PlayerSnapshot = { state: 'stopped', index: 0, count: 0, note: null };
  let painted: Sentence | null = null;
  let cleared = false;

  const ready = (): boolean => availability === 'ready' && player !== null;
  const render = (previous: PlayerState): void => renderPanel(controls, { snapshot: shown, previous, availability, mode: deps.mode });
  controls.rate.value = String(prefs.rate);

  // Another script changing the article (a paragraph put back) moves the sentences; our own <mark>s
  // (the fallback highlight) do not: paint() drops the records they make.
  const observer = new win.MutationObserver(() => articleChanged());
  function paint(sentence: Sentence | null): DOMRect | null {
    painted = sentence;
    const box = painter.paint(sentence);
    if (painter.mutates) observer.takeRecords();
    return box;
  }

  /** Shows a state of the player: buttons, status, and the sentence highlighted and scrolled to. */
  function show(snapshot: PlayerSnapshot): void {
    const previous = shown.state;
    shown = snapshot;
    const sentence = snapshot.state === 'stopped' ? null : (sentences?.[snapshot.index] ?? null);
    if (sentence !== painted) {
      const box = paint(sentence);
      if (sentence && box) reveal(win, box, barInset(doc.querySelector('header.bar')));
    }
    render(previous);
  }

  /** The sentences of the article as the page shows it now (the highlight is cleared first: it may split text). */
  function findSentences(): Sentence[] {
    paint(null);
    return sentencesOf(textRuns(roots), lang ?? undefined);
  }

  function ensureSentences(active: Player): void {
    if (sentences) return;
    sentences = findSentences();
    for (const root of roots) observer.observe(root, { childList: true, subtree: true, characterData: true });
    active.load(sentences, lang);
  }

  /** The article changed under the player: reading goes on from the same place in the new sentences. */
  function articleChanged(): void {
    if (!sentences || !player) return;
    const { state, index } = player.snapshot();
    const at = sentences[index];
    if (state === 'stopped' || !at) {
      sentences = null;
      observer.disconnect();
      return;
    }
    const point = startOf(at);
    sentences = findSentences();
    player.replace(sentences, indexFrom(sentences, point));
  }

  function fillVoices(engineSpeech: Speech): void {
    const choice = voiceChoice(engineSpeech.engine.getVoices(), lang ?? deps.uiLanguage);
    voices = [...choice.matching, ...choice.other];
    const next = pickVoice(choice, lang ? prefs.voices[primaryLang(lang)] : undefined);
    renderVoices(controls, choice, lang, next);
    // A new voice list (voiceschanged) must not restart the sentence being read with the same voice.
    if (next?.voiceURI !== voice?.voiceURI) {
      voice = next;
      player?.setVoice(next);
    }
  }

  /**
   * Before this page first speaks: a queue left by a page that closed while speaking (Chrome) would
   * hold ours back. Not earlier: opening the panel must not silence another tab that is reading.
   */
  function clearStaleQueue(): void {
    if (cleared || !speech) return;
    cleared = true;
    speech.engine.cancel();
  }

  /** Plays what was asked for before the voices were known. */
  function playPending(): void {
    const active = player;
    if (!pending || !active || !ready()) return;
    const { from } = pending;
    pending = null;
    void prefsLoaded.then(() => {
      ensureSentences(active);
      clearStaleQueue();
      if (from === null) active.play();
      else active.play(from);
    });
  }

  /** Shows the voices there are now; true when there is one to read with. */
  function voicesArrived(): boolean {
    if (!speech) return false;
    const before = shown.state;
    fillVoices(speech);
    if (voices.length > 0) {
      availability = 'ready';
    } else if (availability === 'ready') {
      // The voices went away (the speech service stopped): nothing can be read now.
      availability = 'no-voice';
      player?.stop();
    }
    render(before);
    playPending();
    return ready();
  }

  /** Wakes the engine on first use; later calls look again for voices installed since. */
  function ensureEngine(): void {
    if (availability === 'unsupported') return;
    if (speech) {
      if (!ready()) voicesArrived();
      return;
    }
    const found = deps.speech();
    if (!found) {
      availability = 'unsupported';
      render(shown.state);
      return;
    }
    speech = found;
    const active = createPlayer({ speech: found, onChange: show, timers });
    player = active;
    prefsLoaded = deps.prefs.load().then((loaded) => {
      prefs = loaded;
      controls.rate.value = String(prefs.rate);
      active.setRate(prefs.rate);
      fillVoices(found);
    });
    availability = 'looking';
    watchVoices(found.engine, timers, voicesArrived, () => {
      availability = 'no-voice';
      // A voice installed minutes later must not start talking by itself.
      pending = null;
      render(shown.state);
    });
  }

  function openPanel(): void {
    if (controls.panel.hidden) controls.toggle.click();
  }

  /** Runs `action` on the player once there is one with voices and sentences. */
  const withPlayer =
    (action: (active: Player) => void): (() => void) =>
    () => {
      if (!player || !ready()) return;
      ensureSentences(player);
      action(player);
    };

  function playOrPause(): void {
    ensureEngine();
    if (ready()) {
      withPlayer((active) => {
        clearStaleQueue();
        active.toggle();
      })();
    }
    else if (availability === 'looking') pending = { from: null };
  }

  function changeRate(rate: number): void {
    prefs = { ...prefs, rate };
    controls.rate.value = String(rate);
    player?.setRate(rate);
    void deps.prefs.save(prefs);
  }

  function stop(): void {
    pending = null;
    player?.stop();
  }

  function forget(): void {
    stop();
    observer.disconnect();
    paint(null);
    sentences = null;
  }

  controls.toggle.addEventListener('click', () => {
    if (!controls.panel.hidden) ensureEngine();
  });
  controls.play.addEventListener('click', playOrPause);
  controls.stop.addEventListener('click', stop);
  controls.previous.addEventListener('click', withPlayer((active) => active.previous()));
  controls.next.addEventListener('click', withPlayer((active) => active.next()));
  controls.rate.addEventListener('change', () => changeRate(Number(controls.rate.value)));
  controls.voice.addEventListener('change', () => {
    const chosen = voices.find((v) => v.voiceURI === controls.voice.value) ?? null;
    voice = chosen;
    player?.setVoice(chosen);
    if (chosen && lang) {
      prefs = { ...prefs, voices: { ...prefs.voices, [primaryLang(lang)]: chosen.voiceURI } };
      void deps.prefs.save(prefs);
    }
  });
  controls.continueButton.addEventListener('click', () => {
    const { index, state } = shown;
    stop();
    deps.continueInReader(state === 'stopped' ? 0 : index);
  });
  // Closing the popup or the tab ends its own speech, in every browser. Only its own: Chrome's speech
  // queue is shared by the extension's pages, and the reader tab this popup handed over to is reading.
  win.addEventListener('pagehide', stop);
  render('stopped');

  return {
    setArticle(next) {
      forget();
      lang = next;
      if (speech) fillVoices(speech);
    },
    forget,
    startAt(from) {
      openPanel();
      pending = { from: Math.max(0, Math.floor(from)) };
      ensureEngine();
      playPending();
    },
    toggle() {
      openPanel();
      playOrPause();
    },
    stop,
    next: withPlayer((active) => active.next()),
    previous: withPlayer((active) => active.previous()),
    slower: withPlayer(() => changeRate(stepRate(prefs.rate, -1))),
    faster: withPlayer(() => changeRate(stepRate(prefs.rate, 1))),
  };
}
