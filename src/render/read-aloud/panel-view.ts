// The read-aloud panel of page.html (#read-aloud-panel): its controls, looked up once, and how each
// state of the player shows on them. Voice names come from the system and go in as text only.
import { t } from '../../i18n/t';
import { button, pageElement } from '../page-elements';
import type { PlayerSnapshot, PlayerState } from './player';
import { RATES } from './prefs';
import type { VoiceLike } from './speech-engine';
import type { Availability } from './status-text';
import { statusText } from './status-text';
import type { VoiceChoice } from './voices';

export interface PanelControls {
  panel: HTMLElement;
  toggle: HTMLButtonElement;
  play: HTMLButtonElement;
  playLabel: HTMLElement;
  stop: HTMLButtonElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  rate: HTMLSelectElement;
  voice: HTMLSelectElement;
  progress: HTMLElement;
  status: HTMLElement;
  voiceNote: HTMLElement;
  popupNote: HTMLElement;
  continueButton: HTMLButtonElement;
}

/** The panel's controls; throws when page.html lacks one. */
export function panelControls(doc: Document): PanelControls {
  return {
    panel: pageElement<HTMLElement>(doc, 'read-aloud-panel', 'DIV'),
    toggle: button(doc, 'toggle-read-aloud'),
    play: button(doc, 'read-aloud-play'),
    playLabel: pageElement<HTMLElement>(doc, 'read-aloud-play-label', 'SPAN'),
    stop: button(doc, 'read-aloud-stop'),
    previous: button(doc, 'read-aloud-previous'),
    next: button(doc, 'read-aloud-next'),
    rate: pageElement<HTMLSelectElement>(doc, 'read-aloud-rate', 'SELECT'),
    voice: pageElement<HTMLSelectElement>(doc, 'read-aloud-voice', 'SELECT'),
    progress: pageElement<HTMLElement>(doc, 'read-aloud-progress', 'SPAN'),
    status: pageElement<HTMLElement>(doc, 'read-aloud-status', 'SPAN'),
    voiceNote: pageElement<HTMLElement>(doc, 'read-aloud-voice-note', 'P'),
    popupNote: pageElement<HTMLElement>(doc, 'read-aloud-popup-note', 'P'),
    continueButton: button(doc, 'read-aloud-continue'),
  };
}

/** The speed choices, "0.5×" to "2×" in the UI language's digits. */
export function renderRates(controls: PanelControls, uiLanguage: string): void {
  const format = new Intl.NumberFormat(uiLanguage, { maximumFractionDigits: 2 });
  const doc = controls.rate.ownerDocument;
  controls.rate.replaceChildren(
    ...RATES.map((rate) => {
      const option = doc.createElement('option');
      option.value = String(rate);
      option.textContent = `${format.format(rate)}×`;
      return option;
    }),
  );
}

export interface PanelView {
  snapshot: PlayerSnapshot;
  /** The state shown before this one (the status line says "Stopped." only after reading). */
  previous: PlayerState;
  availability: Availability;
  mode: 'popup' | 'reader';
}

/** Shows a state on the buttons, the progress and the status line (role=status: announced politely). */
export function renderPanel(controls: PanelControls, view: PanelView): void {
  const { state, index, count } = view.snapshot;
  const usable = view.availability === 'ready';
  controls.panel.dataset['state'] = state;
  controls.toggle.dataset['reading'] = state;
  controls.play.disabled = !usable;
  controls.playLabel.textContent = state === 'playing' ? t('readAloudPause') : state === 'paused' ? t('readAloudResume') : t('readAloudPlay');
  controls.stop.disabled = !usable || state === 'stopped';
  controls.previous.disabled = !usable || state === 'stopped' || index === 0;
  controls.next.disabled = !usable || count === 0 || index >= count - 1;
  controls.rate.disabled = !usable;
  controls.voice.disabled = !usable;
  // Only the popup closes under the reader, and a reader tab without a voice would not help.
  controls.popupNote.hidden = view.mode !== 'popup' || !usable;
  controls.progress.textContent = state === 'stopped' || count === 0 ? '' : t('readAloudProgress', [String(index + 1), String(count)]);
  const text = statusText(view.availability, view.snapshot, view.previous);
  // The same words again would be announced again: only a change is written.
  if (controls.status.textContent !== text) controls.status.textContent = text;
}

/** Fills the voice list (the article's language first, in its own group) and notes a language no voice speaks. */
export function renderVoices(controls: PanelControls, choice: VoiceChoice<VoiceLike>, lang: string | null, selected: VoiceLike | null): void {
  const doc = controls.voice.ownerDocument;
  const all = [...choice.matching, ...choice.other];
  // An empty list says nothing the status line does not say better ("No voice is installed…").
  const label = controls.voice.closest('label');
  if (label) label.hidden = all.length === 0;
  const option = (voice: VoiceLike): HTMLOptionElement => {
    const element = doc.createElement('option');
    element.value = voice.voiceURI;
    element.textContent = `${voice.name} (${voice.lang})`;
    return element;
  };
  const group = (name: string, list: VoiceLike[]): HTMLOptGroupElement => {
    const element = doc.createElement('optgroup');
    element.label = name;
    element.append(...list.map(option));
    return element;
  };
  if (choice.matching.length > 0 && choice.other.length > 0) {
    controls.voice.replaceChildren(group(t('readAloudVoicesMatching'), choice.matching), group(t('readAloudVoicesOther'), choice.other));
  } else {
    controls.voice.replaceChildren(...all.map(option));
  }
  if (selected) controls.voice.value = selected.voiceURI;
  const noMatch = lang !== null && all.length > 0 && choice.matching.length === 0;
  controls.voiceNote.textContent = noMatch ? t('readAloudNoVoiceForLanguage', lang ?? '') : '';
  controls.voiceNote.hidden = !noMatch;
}
