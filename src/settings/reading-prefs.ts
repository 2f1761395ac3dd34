// Small steps on reading prefs for the keyboard shortcuts and +/- buttons ("+"/"-" size, "t" theme).
import type { ReadingPrefs, Theme } from './schema';
import { BOUNDS, THEMES } from './schema';

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Font size one step up (direction 1) or down (-1), kept inside the bounds. */
export function stepFontSize(prefs: ReadingPrefs, direction: 1 | -1): ReadingPrefs {
  const { min, max, step } = BOUNDS.fontSize;
  return { ...prefs, fontSize: clamp(Math.round(prefs.fontSize + direction * step), min, max) };
}

/** The next theme in the order light → sepia → dark → system → light. */
export function nextTheme(theme: Theme): Theme {
  const index = THEMES.indexOf(theme);
  return THEMES[(index + 1) % THEMES.length] ?? 'system';
}
