// The read-aloud panel's words as the e2e suites expect them (English, from the one catalogue).
import { t } from '../../../src/i18n/t';

export const READ_ALOUD_MESSAGES = {
  noVoice: t('readAloudNoVoice'),
  reading: t('readAloudReading'),
  paused: t('readAloudPaused'),
  stopped: t('readAloudStopped'),
  finished: t('readAloudFinished'),
  play: t('readAloudPlay'),
  pause: t('readAloudPause'),
  resume: t('readAloudResume'),
};
