// The shape of the user's settings, their defaults and their bounds: data only.
// Stored in storage.sync one field per key (see storage-layout.ts) so that a corrupt value costs only itself.

export const SETTINGS_VERSION = 1;

export const THEMES = ['light', 'sepia', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

export const FONTS = ['serif', 'sans'] as const;
export type FontFamily = (typeof FONTS)[number];

/** Typography of the popup, the reader tab and exported HTML. */
export interface ReadingPrefs {
  theme: Theme;
  font: FontFamily;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Maximum line length in `ch`. */
  lineWidth: number;
  /** Unitless CSS line-height. */
  lineHeight: number;
}

/** What the user chose for one site (host without a leading `www.`). */
export interface SiteChoices {
  alwaysHideClutter: boolean;
  neverRun: boolean;
  autoOpenReader: boolean;
}

export const SITE_CHOICE_KEYS = ['alwaysHideClutter', 'neverRun', 'autoOpenReader'] as const satisfies readonly (keyof SiteChoices)[];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  reading: ReadingPrefs;
  showImages: boolean;
  /** Whether the related-links list shows each link's summary. */
  relatedSummaries: boolean;
  sites: Record<string, SiteChoices>;
}

export interface NumberBounds {
  min: number;
  max: number;
  step: number;
}

/** Bounds the controls offer and validation enforces; out-of-range values fall back to the default. */
export const BOUNDS = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineWidth: { min: 40, max: 100, step: 2 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const satisfies Record<'fontSize' | 'lineWidth' | 'lineHeight', NumberBounds>;

/** storage.sync allows 512 items; keep well below so the other keys always fit. */
export const MAX_SITES = 400;

// Marked pure so that a bundle importing only a constant of this file (the detector, through messages.ts) leaves them out.
export const DEFAULT_READING: Readonly<ReadingPrefs> = /* @__PURE__ */ Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineWidth: 68,
  lineHeight: 1.6,
});

export const DEFAULT_SITE_CHOICES: Readonly<SiteChoices> = /* @__PURE__ */ Object.freeze({
  alwaysHideClutter: false,
  neverRun: false,
  autoOpenReader: false,
});

/** A fresh copy of the defaults (callers may mutate it). */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    reading: { ...DEFAULT_READING },
    showImages: true,
    relatedSummaries: true,
    sites: {},
  };
}
