// The extension's own UI strings: t('key', substitutions) over the browser's catalogue
// (browser.i18n.getMessage, installed by browser-messages.ts), typed by the English catalogue.
// No catalogue is compiled into the bundles: the browser already serves _locales/, and falls back to
// the default locale (English) for a message a language lacks. Tests install their own source
// (test/i18n/english-source.ts, loaded for every test file by vitest.config.ts).
import type en from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** browser.i18n.getMessage's shape: the message with its substitutions, or '' when there is none. */
export type MessageSource = (key: string, substitutions?: string | string[]) => string;

let source: MessageSource | null = null;

/** Routes t() through a catalogue (call once per page; null leaves t() with none). */
export function setMessageSource(next: MessageSource | null): void {
  source = next;
}

/** The catalogue's text for `key`, or '' when it has none (or no catalogue is installed). */
function lookup(key: string, substitutions: string[]): string {
  if (!source) return '';
  try {
    return source(key, substitutions);
  } catch {
    // A malformed call in one browser must not break the page.
    return '';
  }
}

/** True when the installed catalogue has a message named `key` (for data-i18n attributes read from HTML). */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(key, []) !== '';
}

/**
 * The UI string for `key` in the browser's language, with $1…$9 substitutions. A key the catalogue
 * lacks comes back as the key itself: visibly wrong, rather than silently blank.
 */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  return lookup(key, subs) || key;
}
