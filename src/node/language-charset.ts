// The legacy charset a browser falls back to for an undeclared, non-UTF-8 page: the HTML Standard's
// table of suggested default encodings per locale ("determining the character encoding", the last
// step; derived by the spec from Windows', Chrome's and Firefox's defaults). A browser uses its user's
// locale; the CLI has no user locale that means anything for a page, so it uses the language the
// page declares about itself (<html lang>). Without one, windows-1252, the table's default.

/** Language subtag (or language-region) → encoding name, from the HTML Standard's table. */
const LOCALE_DEFAULTS: Readonly<Record<string, string>> = {
  ar: 'windows-1256',
  az: 'windows-1254',
  ba: 'windows-1251',
  be: 'windows-1251',
  bg: 'windows-1251',
  cs: 'windows-1250',
  el: 'iso-8859-7',
  et: 'windows-1257',
  fa: 'windows-1256',
  he: 'windows-1255',
  hr: 'windows-1250',
  hu: 'iso-8859-2',
  ja: 'shift_jis',
  kk: 'windows-1251',
  ko: 'euc-kr',
  ku: 'windows-1254',
  ky: 'windows-1251',
  lt: 'windows-1257',
  lv: 'windows-1257',
  mk: 'windows-1251',
  pl: 'iso-8859-2',
  ru: 'windows-1251',
  sah: 'windows-1251',
  sk: 'windows-1250',
  sl: 'iso-8859-2',
  sr: 'windows-1251',
  tg: 'windows-1251',
  th: 'windows-874',
  tr: 'windows-1254',
  tt: 'windows-1251',
  uk: 'windows-1251',
  vi: 'windows-1258',
  'zh-cn': 'gb18030',
  'zh-tw': 'big5',
};

/** The table's encoding for every locale it does not list. */
export const DEFAULT_LEGACY_CHARSET = 'windows-1252';

/** The <html lang> near the top of the page (bytes read as Latin-1: tags are ASCII in every legacy charset). */
const HTML_LANG = /<html\b[^>]*?\slang\s*=\s*["']?\s*([a-z]{2,3})(?:[-_]([a-z]{2,4}))?/i;

/** The table's key for a language tag: the language, or for Chinese its script's region. */
function tableKey(language: string, subtag: string): string {
  if (language !== 'zh') return language;
  // Traditional script (Taiwan, Hong Kong, Macao, zh-Hant) reads as zh-TW; any other Chinese as zh-CN.
  return ['tw', 'hk', 'mo', 'hant'].includes(subtag) ? 'zh-tw' : 'zh-cn';
}

/** The legacy charset for a page that declares no charset, from the language it declares. */
export function legacyCharsetFor(head: string): string {
  const match = HTML_LANG.exec(head);
  const language = match?.[1]?.toLowerCase();
  if (!language) return DEFAULT_LEGACY_CHARSET;
  return LOCALE_DEFAULTS[tableKey(language, match?.[2]?.toLowerCase() ?? '')] ?? DEFAULT_LEGACY_CHARSET;
}
