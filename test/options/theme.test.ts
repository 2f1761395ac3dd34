// The themes (src/theme): themes.css and palette.ts agree, every theme meets WCAG AA contrast, and
// applyReadingPrefs / the article direction helpers set what themes.css expects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READING } from '../../src/settings/schema';
import { applyArticleLanguage, applyReadingPrefs, articleDirection } from '../../src/theme/apply-prefs';
import type { Palette } from '../../src/theme/palette';
import { FONT_STACKS, PALETTES, paletteDeclarations } from '../../src/theme/palette';

const CSS = readFileSync(join(import.meta.dirname, '../../src/theme/themes.css'), 'utf8');

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('themes.css', () => {
  it.each(Object.entries(PALETTES))('declares the %s palette of palette.ts', (name, palette) => {
    const block = new RegExp(`:root\\[data-theme="${name}"\\][^{]*\\{([^}]*)\\}`).exec(CSS)?.[1] ?? '';
    expect(block.replace(/\s+/g, ' ')).toContain(paletteDeclarations(palette));
  });

  it('uses the dark palette for "system" when the system is dark, and light otherwise', () => {
    const media = /@media \(prefers-color-scheme: dark\)\s*\{([\s\S]*?)\n\}/.exec(CSS)?.[1] ?? '';
    expect(media).toContain(':root[data-theme="system"]');
    expect(media.replace(/\s+/g, ' ')).toContain(paletteDeclarations(PALETTES.dark));
    expect(CSS).toMatch(/:root\[data-theme="system"\] \{\s*--tr-bg: #ffffff/);
  });

  it('declares the font stacks of palette.ts', () => {
    expect(CSS).toContain(`--tr-font-body: ${FONT_STACKS.serif};`);
    expect(CSS).toContain(`--tr-font-body: ${FONT_STACKS.sans};`);
  });
});

describe('contrast (WCAG AA)', () => {
  const textPairs: [keyof Palette, keyof Palette][] = [
    ['fg', 'bg'],
    ['muted', 'bg'],
    ['link', 'bg'],
    ['fg', 'surface'],
    ['muted', 'surface'],
    ['link', 'surface'],
  ];
  it.each(Object.entries(PALETTES))('%s: text at least 4.5:1, focus ring at least 3:1', (_, palette) => {
    for (const [fg, bg] of textPairs) expect(contrast(palette[fg], palette[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.focus, palette.bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('applyReadingPrefs', () => {
  it('sets the data attributes and custom properties themes.css reads', () => {
    const { document } = new JSDOM('').window;
    const root = document.documentElement;
    applyReadingPrefs(root, { ...DEFAULT_READING, theme: 'sepia', font: 'sans', fontSize: 21, lineWidth: 72, lineHeight: 1.75 });
    expect(root.dataset['theme']).toBe('sepia');
    expect(root.dataset['font']).toBe('sans');
    expect(root.style.getPropertyValue('--tr-font-size')).toBe('21px');
    expect(root.style.getPropertyValue('--tr-line-width')).toBe('72ch');
    expect(root.style.getPropertyValue('--tr-line-height')).toBe('1.75');
  });
});

describe('article direction', () => {
  it.each([
    [{ lang: 'ar', dir: null }, 'rtl'],
    [{ lang: 'he-IL', dir: null }, 'rtl'],
    [{ lang: 'fa', dir: 'ltr' }, 'ltr'],
    [{ lang: 'en', dir: 'rtl' }, 'rtl'],
    [{ lang: null, dir: null }, 'ltr'],
    [{ lang: 'zh-Hant', dir: null }, 'ltr'],
  ] as const)('%j → %s', (article, expected) => {
    expect(articleDirection(article)).toBe(expected);
  });

  it('sets lang only when it looks like a language tag', () => {
    const { document } = new JSDOM('<div lang="x"></div>').window;
    const div = document.querySelector('div') as HTMLElement;
    applyArticleLanguage(div, { lang: 'ar', dir: null });
    expect([div.lang, div.dir]).toEqual(['ar', 'rtl']);
    applyArticleLanguage(div, { lang: '"><b>', dir: null });
    expect(div.hasAttribute('lang')).toBe(false);
  });
});
