import { describe, expect, it } from 'vitest';
import { DEFAULT_READING, MAX_SITES } from '../../src/settings/schema';
import type { SettingsIssue } from '../../src/settings/validate';
import { validateReading, validateSettingsObject, validateSites } from '../../src/settings/validate';

const good = { theme: 'dark', font: 'sans', fontSize: 20, lineWidth: 60, lineHeight: 1.8 };

describe('validateReading', () => {
  it('keeps every valid field', () => {
    const issues: SettingsIssue[] = [];
    expect(validateReading(good, issues)).toEqual(good);
    expect(issues).toEqual([]);
  });

  it('gives the defaults for a missing value without reporting it', () => {
    const issues: SettingsIssue[] = [];
    expect(validateReading(undefined, issues)).toEqual(DEFAULT_READING);
    expect(issues).toEqual([]);
  });

  it.each([
    ['theme', 'purple'],
    ['theme', 3],
    ['font', 'comic'],
    ['fontSize', 5],
    ['fontSize', 500],
    ['fontSize', '18px'],
    ['fontSize', Number.NaN],
    ['fontSize', Number.POSITIVE_INFINITY],
    ['lineWidth', -1],
    ['lineWidth', null],
    ['lineHeight', 9],
    ['lineHeight', { value: 1.5 }],
  ] as const)('falls back for %s = %s and keeps the other four fields', (field, bad) => {
    const issues: SettingsIssue[] = [];
    const reading = validateReading({ ...good, [field]: bad }, issues);
    expect(reading).toEqual({ ...good, [field]: DEFAULT_READING[field] });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe(`reading.${field}`);
  });

  it('fills fields a partial object lacks with defaults, silently', () => {
    const issues: SettingsIssue[] = [];
    expect(validateReading({ theme: 'sepia' }, issues)).toEqual({ ...DEFAULT_READING, theme: 'sepia' });
    expect(issues).toEqual([]);
  });

  it.each([[null], ['dark'], [[1, 2]], [42]])('replaces a non-object (%j) with the defaults', (value) => {
    const issues: SettingsIssue[] = [];
    expect(validateReading(value, issues)).toEqual(DEFAULT_READING);
    expect(issues).toHaveLength(1);
  });

  it('rounds storage noise off numbers', () => {
    expect(validateReading({ lineHeight: 1.6000000000000003 }, []).lineHeight).toBe(1.6);
  });
});

describe('validateSites', () => {
  it('normalises hosts and keeps valid entries', () => {
    const issues: SettingsIssue[] = [];
    const sites = validateSites(
      { 'WWW.Example.com': { alwaysHideClutter: true, neverRun: false, autoOpenReader: false }, 'news.test': { neverRun: true } },
      issues,
    );
    expect(sites).toEqual({
      'example.com': { alwaysHideClutter: true, neverRun: false, autoOpenReader: false },
      'news.test': { alwaysHideClutter: false, neverRun: true, autoOpenReader: false },
    });
    expect(issues).toEqual([]);
  });

  it('drops bad hosts and bad entries one by one', () => {
    const issues: SettingsIssue[] = [];
    const sites = validateSites(
      {
        'ok.example': { autoOpenReader: true },
        'not a host': { neverRun: true },
        '<script>': { neverRun: true },
        'javascript:alert(1)': { neverRun: true },
        'bad-entry.example': 'yes',
        'half.example': { neverRun: 'true', autoOpenReader: true },
      },
      issues,
    );
    expect(Object.keys(sites).sort()).toEqual(['half.example', 'ok.example']);
    expect(sites['half.example']).toEqual({ alwaysHideClutter: false, neverRun: false, autoOpenReader: true });
    expect(issues.length).toBe(5);
  });

  it('never lets "__proto__" or "constructor" touch the prototype', () => {
    const sites = validateSites(JSON.parse('{"__proto__": {"neverRun": true}, "constructor": {"neverRun": true}}'), []);
    expect(Object.getPrototypeOf(sites)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['neverRun']).toBeUndefined();
    expect(Object.keys(sites)).toEqual(['constructor']);
  });

  it(`keeps at most ${MAX_SITES} sites`, () => {
    const many = Object.fromEntries(Array.from({ length: MAX_SITES + 50 }, (_, i) => [`site${i}.example`, { neverRun: true }]));
    const issues: SettingsIssue[] = [];
    expect(Object.keys(validateSites(many, issues))).toHaveLength(MAX_SITES);
    expect(issues).toHaveLength(50);
  });
});

describe('validateSettingsObject', () => {
  it('keeps what is valid when everything else is garbage', () => {
    const issues: SettingsIssue[] = [];
    const settings = validateSettingsObject({ reading: { theme: 'dark', fontSize: 'huge' }, showImages: 'no', relatedSummaries: false, sites: 7 }, issues);
    expect(settings.reading).toEqual({ ...DEFAULT_READING, theme: 'dark' });
    expect(settings.showImages).toBe(true);
    expect(settings.relatedSummaries).toBe(false);
    expect(settings.sites).toEqual({});
    expect(issues.map((i) => i.field).sort()).toEqual(['reading.fontSize', 'showImages', 'sites']);
  });
});
