import { describe, expect, it } from 'vitest';
import { DEFAULT_READING, defaultSettings } from '../../src/settings/schema';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, exportSettings, importSettings } from '../../src/settings/transfer';

function sample() {
  const settings = defaultSettings();
  settings.reading = { theme: 'dark', font: 'sans', fontSize: 22, lineWidth: 70, lineHeight: 1.7 };
  settings.showImages = false;
  settings.sites['b.example'] = { alwaysHideClutter: true, neverRun: false, autoOpenReader: false };
  settings.sites['a.example'] = { alwaysHideClutter: false, neverRun: true, autoOpenReader: true };
  return settings;
}

function wrap(settings: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings, ...extra });
}

describe('exportSettings / importSettings', () => {
  it('round-trips', () => {
    const json = exportSettings(sample());
    const result = importSettings(json);
    expect(result).toEqual({ ok: true, settings: sample(), issues: [] });
  });

  it('writes readable JSON with sorted sites and a format marker', () => {
    const parsed: unknown = JSON.parse(exportSettings(sample()));
    expect(parsed).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
    expect(Object.keys((parsed as { settings: { sites: object } }).settings.sites)).toEqual(['a.example', 'b.example']);
  });

  it('accepts a byte-order mark', () => {
    expect(importSettings(`\uFEFF${exportSettings(sample())}`).ok).toBe(true);
  });
});

describe('importSettings with hostile or broken files', () => {
  it.each([
    ['not text', 42, 'not-json'],
    ['empty', '', 'not-json'],
    ['garbage', '{"format": "tidy-reader-settings", ', 'not-json'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004', 'not-json'],
    ['null', 'null', 'not-settings'],
    ['an array', '[1,2,3]', 'not-settings'],
    ['a number', '12', 'not-settings'],
    ['another app', JSON.stringify({ theme: 'dark' }), 'not-settings'],
    ['no settings object', JSON.stringify({ format: EXPORT_FORMAT, settings: 'dark' }), 'not-settings'],
  ] as const)('refuses %s', (_, input, error) => {
    const result = importSettings(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  it('refuses a file over the size bound before parsing it', () => {
    const huge = wrap({ padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    const result = importSettings(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('too-large');
  });

  it('survives deeply nested JSON within the size bound', () => {
    const depth = 50_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const result = importSettings(`{"format":"${EXPORT_FORMAT}","version":1,"settings":{"reading":${nested}}}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings.reading).toEqual(DEFAULT_READING);
  });

  it('keeps valid fields and lists each invalid one', () => {
    const result = importSettings(
      wrap({
        reading: { theme: 'dark', font: '<b>', fontSize: 1e9, lineWidth: 50, lineHeight: '1.5' },
        showImages: 'false',
        relatedSummaries: false,
        sites: {
          'good.example': { neverRun: true },
          '"><img src=x onerror=alert(1)>': { neverRun: true },
          ['__proto__']: { neverRun: true },
        },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.reading).toEqual({ ...DEFAULT_READING, theme: 'dark', lineWidth: 50 });
    expect(result.settings.showImages).toBe(true);
    expect(result.settings.relatedSummaries).toBe(false);
    expect(Object.keys(result.settings.sites)).toEqual(['good.example']);
    expect(result.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['reading.font', 'reading.fontSize', 'reading.lineHeight', 'showImages']),
    );
    expect(({} as Record<string, unknown>)['neverRun']).toBeUndefined();
  });

  it('reads a file from a newer version field by field and says so', () => {
    const result = importSettings(wrap({ reading: { theme: 'sepia' }, newThing: true }, { version: 9 }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.reading.theme).toBe('sepia');
      expect(result.issues[0]?.field).toBe('version');
    }
  });
});
