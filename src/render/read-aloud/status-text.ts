// What the read-aloud status line says (role=status, so screen readers hear it politely): whether
// voices exist, and each change of state — never each sentence, which would talk over the voice.
import { t } from '../../i18n/t';
import type { PlayerSnapshot, PlayerState } from './player';

/** Whether read aloud can work here: 'looking' while the browser lists its voices (they come late). */
export type Availability = 'idle' | 'looking' | 'ready' | 'no-voice' | 'unsupported';

/** The status line for the availability, the player's snapshot and the state it came from. */
export function statusText(availability: Availability, snapshot: PlayerSnapshot, previous: PlayerState): string {
  if (availability === 'looking') return t('readAloudLooking');
  if (availability === 'no-voice') return t('readAloudNoVoice');
  if (availability === 'unsupported') return t('readAloudUnsupported');
  if (availability === 'idle') return '';
  const { note, state } = snapshot;
  if (note) {
    switch (note.kind) {
      case 'finished':
        return t('readAloudFinished');
      case 'blocked':
        return t('readAloudBlocked');
      case 'interrupted':
        return t('readAloudInterrupted');
      case 'no-answer':
        return t('readAloudNoAnswer');
      case 'failed':
        return t('readAloudFailed', note.error);
      case 'nothing-to-read':
        return t('readAloudNothing');
    }
  }
  if (state === 'playing') return t('readAloudReading');
  if (state === 'paused') return t('readAloudPaused');
  return previous === 'stopped' ? '' : t('readAloudStopped');
}
