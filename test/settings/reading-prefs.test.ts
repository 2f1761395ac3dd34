import { describe, expect, it } from 'vitest';
import { BOUNDS, DEFAULT_READING, THEMES } from '../../src/settings/schema';
import type { Theme } from '../../src/settings/schema';
import { nextTheme, stepFontSize } from '../../src/settings/reading-prefs';

describe('stepFontSize', () => {
  it('moves one step and stays inside the bounds', () => {
    expect(stepFontSize(DEFAULT_READING, 1).fontSize).toBe(DEFAULT_READING.fontSize + 1);
    expect(stepFontSize({ ...DEFAULT_READING, fontSize: BOUNDS.fontSize.max }, 1).fontSize).toBe(BOUNDS.fontSize.max);
    expect(stepFontSize({ ...DEFAULT_READING, fontSize: BOUNDS.fontSize.min }, -1).fontSize).toBe(BOUNDS.fontSize.min);
  });
});

describe('nextTheme', () => {
  it('cycles through every theme and back', () => {
    let theme: Theme = THEMES[0];
    const seen = new Set<string>();
    for (let i = 0; i < THEMES.length; i += 1) {
      seen.add(theme);
      theme = nextTheme(theme);
    }
    expect(seen.size).toBe(THEMES.length);
    expect(theme).toBe(THEMES[0]);
  });
});
