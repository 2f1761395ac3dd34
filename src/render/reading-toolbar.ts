// The compact typography toolbar of the popup and the reader: theme, font, text size −/+, line
// width, line spacing. A change restyles the page at once (src/theme) and is saved to storage.sync
// (src/settings); other pages (the options page, another reader) update this one live.
import type { ReadingPrefs, Settings } from '../settings/schema';
import { BOUNDS } from '../settings/schema';
import { debouncedSaver } from '../settings/debounced-save';
import type { SettingsArea } from '../settings/settings-store';
import { nextTheme, stepFontSize } from '../settings/reading-prefs';
import { readFont, readTheme } from '../settings/validate';
import { applyReadingPrefs } from '../theme/apply-prefs';
import { t } from '../i18n/t';
import { button, pageElement } from './page-elements';

export interface ReadingToolbar {
  /** Shows settings loaded or changed elsewhere (does not save them). */
  show(settings: Settings): void;
  /** The prefs as shown now (for exports). */
  prefs(): ReadingPrefs;
  /** Settings as shown now. */
  settings(): Settings;
  stepFontSize(direction: 1 | -1): void;
  cycleTheme(): void;
  /** Writes what is still queued (the popup is about to close). */
  flush(): Promise<void>;
}

/** How long after the last local change a storage notification is ignored (it may be an older write's echo). */
const ECHO_MS = 1500;

/** Applies the settings that are not typography: images shown or hidden, related summaries on or off. */
export function applyContentSettings(root: HTMLElement, settings: Settings): void {
  root.dataset['images'] = settings.showImages ? 'shown' : 'hidden';
  root.dataset['relatedSummaries'] = settings.relatedSummaries ? 'on' : 'off';
}

export function mountReadingToolbar(doc: Document, area: SettingsArea, initial: Settings): ReadingToolbar {
  const root = doc.documentElement;
  const theme = pageElement<HTMLSelectElement>(doc, 'theme-select', 'SELECT');
  const font = pageElement<HTMLSelectElement>(doc, 'font-select', 'SELECT');
  const smaller = button(doc, 'font-smaller');
  const larger = button(doc, 'font-larger');
  const sizeValue = pageElement<HTMLOutputElement>(doc, 'font-size-value', 'OUTPUT');
  const width = pageElement<HTMLInputElement>(doc, 'line-width', 'INPUT');
  const height = pageElement<HTMLInputElement>(doc, 'line-height', 'INPUT');
  const saver = debouncedSaver(area);
  let current: Settings = initial;
  let lastLocalChange = 0;

  for (const [input, bounds] of [
    [width, BOUNDS.lineWidth],
    [height, BOUNDS.lineHeight],
  ] as const) {
    input.min = String(bounds.min);
    input.max = String(bounds.max);
    input.step = String(bounds.step);
  }

  function render(prefs: ReadingPrefs): void {
    theme.value = prefs.theme;
    font.value = prefs.font;
    sizeValue.value = t('fontSizeValue', String(prefs.fontSize));
    smaller.disabled = prefs.fontSize <= BOUNDS.fontSize.min;
    larger.disabled = prefs.fontSize >= BOUNDS.fontSize.max;
    width.value = String(prefs.lineWidth);
    width.setAttribute('aria-valuetext', t('lineWidthValue', String(prefs.lineWidth)));
    height.value = String(prefs.lineHeight);
    height.setAttribute('aria-valuetext', prefs.lineHeight.toFixed(1));
    applyReadingPrefs(root, prefs);
  }

  /** Shows a change now; saves it after a pause (a held key or a dragged slider is one write). */
  function change(patch: Partial<ReadingPrefs>, immediately: boolean): void {
    current = { ...current, reading: { ...current.reading, ...patch } };
    lastLocalChange = Date.now();
    render(current.reading);
    // A refused write (a value out of bounds) leaves the page as shown; the next load shows what is stored.
    saver.push({ reading: patch }).catch(() => undefined);
    if (immediately) void saver.flush().catch(() => undefined);
  }

  theme.addEventListener('change', () => {
    const value = readTheme(theme.value);
    if (value) change({ theme: value }, true);
  });
  font.addEventListener('change', () => {
    const value = readFont(font.value);
    if (value) change({ font: value }, true);
  });
  smaller.addEventListener('click', () => change({ fontSize: stepFontSize(current.reading, -1).fontSize }, false));
  larger.addEventListener('click', () => change({ fontSize: stepFontSize(current.reading, 1).fontSize }, false));
  width.addEventListener('input', () => change({ lineWidth: Number(width.value) }, false));
  height.addEventListener('input', () => change({ lineHeight: Number(height.value) }, false));
  // A popup closes without warning: write what is queued as soon as the page is hidden.
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') void saver.flush().catch(() => undefined);
  });
  doc.defaultView?.addEventListener('pagehide', () => void saver.flush().catch(() => undefined));

  applyContentSettings(root, current);
  render(current.reading);

  return {
    show(settings) {
      const echo = Date.now() - lastLocalChange < ECHO_MS;
      current = echo ? { ...settings, reading: current.reading } : settings;
      applyContentSettings(root, current);
      render(current.reading);
    },
    prefs: () => current.reading,
    settings: () => current,
    stepFontSize: (direction) => change({ fontSize: stepFontSize(current.reading, direction).fontSize }, false),
    cycleTheme: () => change({ theme: nextTheme(current.reading.theme) }, true),
    flush: () => saver.flush(),
  };
}
