// Applies reading prefs to a page: the theme and font as data attributes (themes.css matches them),
// the sizes as CSS custom properties set through the CSSOM, which a strict CSP allows.
import type { ReadingPrefs } from '../settings/schema';

/** Sets data-theme, data-font and --tr-font-size / --tr-line-width / --tr-line-height on `root`. */
export function applyReadingPrefs(root: HTMLElement, prefs: ReadingPrefs): void {
  root.dataset['theme'] = prefs.theme;
  root.dataset['font'] = prefs.font;
  root.style.setProperty('--tr-font-size', `${prefs.fontSize}px`);
  root.style.setProperty('--tr-line-width', `${prefs.lineWidth}ch`);
  root.style.setProperty('--tr-line-height', String(prefs.lineHeight));
}

/** A BCP 47-looking tag ("en", "zh-Hant-TW", "ar"), else null: page data is not trusted as an attribute. */
export function safeLang(lang: string | null | undefined): string | null {
  const tag = lang?.trim() ?? '';
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag) ? tag : null;
}

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The text direction for an article: its declared dir, else the usual one of its language. */
export function articleDirection(article: { lang: string | null; dir: 'ltr' | 'rtl' | null }): 'ltr' | 'rtl' {
  if (article.dir === 'rtl' || article.dir === 'ltr') return article.dir;
  const primary = safeLang(article.lang)?.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
}

/** Sets lang and dir on the element that holds the article, so Arabic and Hebrew read right to left. */
export function applyArticleLanguage(element: HTMLElement, article: { lang: string | null; dir: 'ltr' | 'rtl' | null }): void {
  const lang = safeLang(article.lang);
  if (lang) element.lang = lang;
  else element.removeAttribute('lang');
  element.dir = articleDirection(article);
}
