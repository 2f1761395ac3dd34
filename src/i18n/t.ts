// The extension's own UI strings: t('key', substitutions) over browser.i18n.getMessage, typed by the
// English catalogue. Until a page installs the browser's source (browser-messages.ts), and for any
// message the browser returns empty, the English text is used, so tests need no browser.
import en from '../../_locales/en/messages.json';
import type { MessageEntry } from './format';
import { formatMessage } from './format';

export type MessageKey = keyof typeof en;

/** browser.i18n.getMessage's shape. */
export type MessageSource = (key: string, substitutions?: string | string[]) => string;

const english: Readonly<Record<string, MessageEntry>> = en;
let source: MessageSource | null = null;

/** Routes t() through the browser's catalogue (call once per page; null restores English only). */
export function setMessageSource(next: MessageSource | null): void {
  source = next;
}

/** True when `key` is one of our message names (for data-i18n attributes read from HTML). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}

/** The UI string for `key` in the browser's language, with $1…$9 substitutions. */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  if (source) {
    try {
      const text = source(key, subs);
      if (text) return text;
    } catch {
      // A malformed call in one browser must not break the page: fall through to English.
    }
  }
  const entry = english[key];
  return entry ? formatMessage(entry, subs) : key;
}
