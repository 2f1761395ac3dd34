// The reading defaults: theme and font radios, three sliders, a live preview, a reset button.
// Moving a slider restyles the page at once; the value is saved when the slider is released.
import type { ReadingPrefs } from '../settings/schema';
import { BOUNDS, DEFAULT_READING } from '../settings/schema';
import { readFont, readTheme } from '../settings/validate';
import { applyReadingPrefs } from '../theme/apply-prefs';
import { t } from '../i18n/t';
import type { OptionsContext } from './context';
import { byId } from './context';

type SliderKey = 'fontSize' | 'lineWidth' | 'lineHeight';

/** Quiet time after the last slider change before saving. */
export const SAVE_DELAY_MS = 250;

const SLIDERS: { key: SliderKey; id: string; label: (value: number) => string }[] = [
  { key: 'fontSize', id: 'font-size', label: (v) => t('fontSizeValue', String(v)) },
  { key: 'lineWidth', id: 'line-width', label: (v) => t('lineWidthValue', String(v)) },
  { key: 'lineHeight', id: 'line-height', label: (v) => v.toFixed(1) },
];

export interface ReadingControls {
  render(prefs: ReadingPrefs): void;
}

export function mountReadingControls(ctx: OptionsContext): ReadingControls {
  const { doc } = ctx;
  const win = doc.defaultView;
  if (!win) throw new Error('The options page needs a window');
  const root = doc.documentElement;
  const radios = (name: string): HTMLInputElement[] =>
    [...doc.querySelectorAll(`input[type="radio"][name="${name}"]`)].filter((el): el is HTMLInputElement => el instanceof win.HTMLInputElement);

  const sliders = SLIDERS.map((spec) => {
    const input = byId(doc, spec.id, win.HTMLInputElement);
    const output = byId(doc, `${spec.id}-value`, win.HTMLOutputElement);
    const bounds = BOUNDS[spec.key];
    input.min = String(bounds.min);
    input.max = String(bounds.max);
    input.step = String(bounds.step);
    return { ...spec, input, output };
  });

  const showSlider = (slider: (typeof sliders)[number], value: number): void => {
    const text = slider.label(value);
    slider.output.textContent = text;
    slider.input.setAttribute('aria-valuetext', text);
  };

  const render = (prefs: ReadingPrefs): void => {
    for (const radio of radios('theme')) radio.checked = radio.value === prefs.theme;
    for (const radio of radios('font')) radio.checked = radio.value === prefs.font;
    for (const slider of sliders) {
      slider.input.value = String(prefs[slider.key]);
      showSlider(slider, prefs[slider.key]);
    }
    applyReadingPrefs(root, prefs);
  };

  for (const radio of radios('theme')) {
    radio.addEventListener('change', () => {
      const theme = readTheme(radio.value);
      if (radio.checked && theme) void ctx.save({ reading: { theme } }).then(() => render(ctx.current().reading));
    });
  }
  for (const radio of radios('font')) {
    radio.addEventListener('change', () => {
      const font = readFont(radio.value);
      if (radio.checked && font) void ctx.save({ reading: { font } }).then(() => render(ctx.current().reading));
    });
  }
  for (const slider of sliders) {
    const value = (): number => Number(slider.input.value);
    slider.input.addEventListener('input', () => {
      showSlider(slider, value());
      applyReadingPrefs(root, { ...ctx.current().reading, [slider.key]: value() });
    });
    // Arrow keys fire one change per press: wait for a pause so that a held key is one storage write.
    let timer: number | undefined;
    slider.input.addEventListener('change', () => {
      win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        void ctx.save({ reading: { [slider.key]: value() } }).then(() => render(ctx.current().reading));
      }, SAVE_DELAY_MS);
    });
  }
  byId(doc, 'reset-reading', win.HTMLButtonElement).addEventListener('click', () => {
    void ctx.save({ reading: { ...DEFAULT_READING } }).then(() => render(ctx.current().reading));
  });
  return { render };
}
