// The tests' stand-in for browser.i18n: the English catalogue, with the substitution rules of
// chrome.i18n.getMessage. The bundles carry no catalogue (src/i18n/t.ts); vitest.config.ts installs
// this source before every test file, so t() gives English outside a browser.
// Rules: $NAME$ is the named placeholder's content, whose $1…$9 are the substitutions; "$$" is a
// literal "$"; an unknown message name gives ''.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageSource } from '../../src/i18n/t';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

function positional(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (whole, ref: string) => (ref === '$' ? '$' : substitutions[Number(ref) - 1] ?? ''));
}

/** The message with its placeholders and substitutions filled in. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  // One pass, so that a substitution containing "$NAME$" or "$1" is not expanded again.
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (whole, name: string | undefined, index: string | undefined) => {
    if (whole === '$$') return '$';
    if (index !== undefined) return substitutions[Number(index) - 1] ?? '';
    const content = placeholders.get((name ?? '').toLowerCase());
    return content === undefined ? whole : positional(content, substitutions);
  });
}

/** A MessageSource over one _locales/<locale>/messages.json. */
export function catalogueSource(locale: string): MessageSource {
  const path = join(import.meta.dirname, '../../_locales', locale, 'messages.json');
  const catalogue = JSON.parse(readFileSync(path, 'utf8')) as Record<string, MessageEntry>;
  return (key, substitutions) => {
    const entry = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
    if (!entry) return '';
    return formatMessage(entry, substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions);
  };
}

/** The English catalogue, as the browser serves it to an English UI. */
export const englishSource: MessageSource = catalogueSource('en');
