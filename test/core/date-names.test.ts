import { describe, expect, it } from 'vitest';
import { DATE_NAMES, DATE_NAME_LOCALES } from '../../src/core/rules/date-names';

// src/core/rules/date-names.ts is written by `npm run date-names` from Node's ICU. The names must be
// what Intl gives: checked here for languages whose long names have been stable across ICU versions.
describe('DATE_NAMES', () => {
  const names = new Set(DATE_NAMES.split('|'));

  it('holds every long month and weekday name Intl gives in English, German, French, Icelandic and Turkish', () => {
    for (const locale of ['en', 'de', 'fr', 'is', 'tr']) {
      expect(DATE_NAME_LOCALES).toContain(locale);
      const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      for (let i = 0; i < 12; i++) expect(names.has(month.format(Date.UTC(2020, i, 15)).toLowerCase()), `${locale} month ${i}`).toBe(true);
      for (let i = 0; i < 7; i++) expect(names.has(weekday.format(Date.UTC(2020, 5, i + 1)).toLowerCase()), `${locale} weekday ${i}`).toBe(true);
    }
  });

  it('is lower case, one word a name, each once', () => {
    const list = DATE_NAMES.split('|');
    expect(new Set(list).size).toBe(list.length);
    for (const name of list) {
      expect(name).toBe(name.toLowerCase());
      expect(name).not.toMatch(/\s|^$/);
    }
  });
});
