// Voices come late: getVoices() is empty at first in Chrome and Firefox, "voiceschanged" follows —
// or, in some Chrome versions, never does. So the list is asked for now, on every "voiceschanged",
// and every VOICE_POLL_MS for VOICE_WAIT_MS; only then is a computer said to have no voice.
import type { Timers } from './player';
import type { SpeechEngine } from './speech-engine';

/** How long the panel waits for voices before it says there are none (they may still come later). */
export const VOICE_WAIT_MS = 3000;
const VOICE_POLL_MS = 250;

/**
 * Calls `check` now, on each "voiceschanged" and on each poll until it returns true (voices found);
 * calls `gaveUp` once if the wait ends without. "voiceschanged" still calls `check` after that.
 */
export function watchVoices(engine: SpeechEngine, timers: Timers, check: () => boolean, gaveUp: () => void): void {
  let timer: unknown = null;
  let polls = Math.ceil(VOICE_WAIT_MS / VOICE_POLL_MS);
  const stopPolling = (): void => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    polls = 0;
  };
  engine.addEventListener('voiceschanged', () => {
    if (check()) stopPolling();
  });
  const poll = (): void => {
    timer = null;
    if (check()) {
      stopPolling();
      return;
    }
    polls -= 1;
    if (polls > 0) timer = timers.set(poll, VOICE_POLL_MS);
    else gaveUp();
  };
  poll();
}
