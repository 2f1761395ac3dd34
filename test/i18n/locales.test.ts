// Every locale has exactly the keys of English, well-formed placeholders, no empty message, and is a
// real translation rather than an English copy.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LOCALES_DIR = join(import.meta.dirname, '../../_locales');
const REQUIRED = ['en', 'zh_CN', 'zh_TW', 'de', 'es', 'fr', 'ja'];
/** Keys that may read the same as English in another language (names, units, symbols). */
const SAME_AS_ENGLISH_OK = new Set(['extName', 'fontSizeValue', 'readerTabTitle', 'optionsSiteChoiceLabel', 'categoryNavigation', 'themeSepia', 'optionsSitesHeading', 'categoryPromo', 'optionsSiteColumnHost']);

function load(locale: string): Record<string, Entry> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
}

function placeholderNames(message: string): string[] {
  return [...message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
}

const locales = readdirSync(LOCALES_DIR).sort();
const en = load('en');

describe('_locales', () => {
  it('has every required language and nothing unexpected', () => {
    expect(locales).toEqual([...REQUIRED].sort());
  });

  it('uses valid message names', () => {
    for (const key of Object.keys(en)) expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(Object.keys(en).some((key) => key.startsWith('@@'))).toBe(false);
  });

  it('describes every English message for translators', () => {
    for (const [key, entry] of Object.entries(en)) expect(entry.description?.trim(), key).toBeTruthy();
  });

  it('keeps the manifest texts within the stores\' limits', () => {
    for (const locale of locales) {
      const messages = load(locale);
      expect(messages['extName']?.message.length ?? 0, locale).toBeLessThanOrEqual(45);
      expect(messages['extDescription']?.message.length ?? 0, locale).toBeLessThanOrEqual(132);
    }
  });

  describe.each(locales)('%s', (locale) => {
    const messages = load(locale);

    it('has exactly the keys of en', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });

    it('has no empty message', () => {
      for (const [key, entry] of Object.entries(messages)) {
        expect(typeof entry.message, key).toBe('string');
        expect(entry.message.trim(), key).not.toBe('');
      }
    });

    it('uses exactly the placeholders of en, each defined with $1…$9 content', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const english = en[key];
        const used = placeholderNames(entry.message);
        expect(used, `${locale}.${key}`).toEqual(placeholderNames(english?.message ?? ''));
        const defined = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
        expect(defined, `${locale}.${key} defines`).toEqual([...new Set(used)].sort());
        for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
          expect(placeholder.content, `${locale}.${key}.${name}`).toMatch(/^\$[1-9]$/);
          expect(placeholder.content, `${locale}.${key}.${name}`).toBe(english?.placeholders?.[name]?.content);
        }
        // A lone "$" not part of $NAME$, $1 or $$ would be dropped by the browser.
        expect(entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, ''), `${locale}.${key}`).not.toMatch(/\$/);
      }
    });

    it.skipIf(locale === 'en')('is translated, not copied from English', () => {
      const copied = Object.keys(messages).filter((key) => !SAME_AS_ENGLISH_OK.has(key) && messages[key]?.message === en[key]?.message);
      expect(copied).toEqual([]);
    });
  });
});
