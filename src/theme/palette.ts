// Colours and font stacks of the reading themes, as data. themes.css declares the same values for the
// extension pages (test/options/theme.test.ts keeps the two in step and checks their contrast);
// exported HTML files get theirs from here, since they cannot link to the extension's stylesheet.
import type { FontFamily, Theme } from '../settings/schema';

export interface Palette {
  /** Page background. */
  bg: string;
  /** Body text. */
  fg: string;
  /** Secondary text: byline, dates, captions. */
  muted: string;
  link: string;
  /** Panels, code blocks, table stripes. */
  surface: string;
  border: string;
  /** Keyboard focus ring. */
  focus: string;
}

export type ConcreteTheme = Exclude<Theme, 'system'>;

export const PALETTES: Readonly<Record<ConcreteTheme, Palette>> = {
  light: { bg: '#ffffff', fg: '#1f1f1f', muted: '#595959', link: '#0b57d0', surface: '#f3f4f6', border: '#d1d5db', focus: '#0b57d0' },
  sepia: { bg: '#f4ecd8', fg: '#3b2e1e', muted: '#5f4b32', link: '#8a3b00', surface: '#ebe0c4', border: '#cbb994', focus: '#8a3b00' },
  dark: { bg: '#1b1c1e', fg: '#e6e4e0', muted: '#aeaba5', link: '#8ab4f8', surface: '#26282b', border: '#45484d', focus: '#8ab4f8' },
};

export const FONT_STACKS: Readonly<Record<FontFamily, string>> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "Noto Serif CJK SC", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
};

/** The palette's custom properties as CSS declarations (`--tr-bg: #fff; …`). */
export function paletteDeclarations(palette: Palette): string {
  return (Object.keys(palette) as (keyof Palette)[]).map((key) => `--tr-${key}: ${palette[key]};`).join(' ');
}
