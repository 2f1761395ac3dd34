import { describe, expect, it } from 'vitest';
import { DEFAULT_READING, DEFAULT_SITE_CHOICES, MAX_SITES, defaultSettings } from '../../src/settings/schema';
import { applyPatch, InvalidSettingsError, loadSettings, loadSettingsReport, replaceSettings, saveSettings } from '../../src/settings/settings-store';
import type { SettingsIssue } from '../../src/settings/validate';
import { memoryArea, snapshot } from './memory-area';

const v1Items = {
  settingsVersion: 1,
  reading: { theme: 'sepia', font: 'sans', fontSize: 21, lineWidth: 60, lineHeight: 1.9 },
  showImages: false,
  relatedSummaries: false,
  'site:example.com': { alwaysHideClutter: true, neverRun: false, autoOpenReader: false },
  'site:news.test': { alwaysHideClutter: false, neverRun: true, autoOpenReader: true },
  unrelated: 'left alone',
};

describe('loadSettings', () => {
  it('gives the defaults for empty storage', async () => {
    expect(await loadSettings(memoryArea())).toEqual(defaultSettings());
  });

  it('reads every field of the current format', async () => {
    const settings = await loadSettings(memoryArea(v1Items));
    expect(settings.reading).toEqual(v1Items.reading);
    expect(settings.showImages).toBe(false);
    expect(settings.relatedSummaries).toBe(false);
    expect(Object.keys(settings.sites).sort()).toEqual(['example.com', 'news.test']);
  });

  it('replaces only the corrupt field with its default', async () => {
    const cases: [string, unknown, (s: ReturnType<typeof defaultSettings>) => unknown, unknown][] = [
      ['showImages', 'nope', (s) => s.showImages, true],
      ['relatedSummaries', 17, (s) => s.relatedSummaries, true],
      ['reading', 'dark', (s) => s.reading, DEFAULT_READING],
      ['site:example.com', ['array'], (s) => s.sites['example.com'], undefined],
    ];
    for (const [key, bad, pick, expected] of cases) {
      const report = await loadSettingsReport(memoryArea({ ...v1Items, [key]: bad }));
      expect(pick(report.settings), key).toEqual(expected);
      expect(report.issues.length, key).toBeGreaterThan(0);
      // Everything else survived.
      const intact = await loadSettings(memoryArea(v1Items));
      for (const other of ['reading', 'showImages', 'relatedSummaries'] as const) {
        if (other !== key) expect(report.settings[other], `${key} → ${other}`).toEqual(intact[other]);
      }
      if (key !== 'site:example.com') expect(report.settings.sites).toEqual(intact.sites);
      else expect(report.settings.sites['news.test']).toEqual(intact.sites['news.test']);
    }
  });

  it('keeps the valid reading fields when one of them is corrupt', async () => {
    const settings = await loadSettings(memoryArea({ ...v1Items, reading: { ...v1Items.reading, fontSize: 'big' } }));
    expect(settings.reading).toEqual({ ...v1Items.reading, fontSize: DEFAULT_READING.fontSize });
  });

  it('reads what it can from a newer version and says so', async () => {
    const report = await loadSettingsReport(memoryArea({ ...v1Items, settingsVersion: 7, futureField: { x: 1 } }));
    expect(report.settings.reading.theme).toBe('sepia');
    expect(report.issues.some((i) => i.field === 'settingsVersion')).toBe(true);
  });

  it('gives the defaults and an issue, never an exception, when storage fails', async () => {
    const area = memoryArea(v1Items);
    area.failReads = true;
    const report = await loadSettingsReport(area);
    expect(report.settings).toEqual(defaultSettings());
    expect(report.issues[0]?.field).toBe('(storage)');
  });
});

describe('migration from version 0', () => {
  const v0 = {
    prefs: {
      theme: 'auto',
      fontFamily: 'sans-serif',
      fontSize: '20px',
      contentWidth: 'narrow',
      lineSpacing: 'loose',
      hideImages: true,
      sites: { 'www.example.com': 'hide-clutter', 'example.com': 'auto-open', 'blog.test': 'never', 'bad host': 'never', 'x.test': 'sometimes' },
    },
  };

  it('converts every old field', async () => {
    const report = await loadSettingsReport(memoryArea(v0));
    expect(report.migratedFromV0).toBe(true);
    expect(report.settings.reading).toEqual({ theme: 'system', font: 'sans', fontSize: 20, lineWidth: 56, lineHeight: 1.9 });
    expect(report.settings.showImages).toBe(false);
    expect(report.settings.relatedSummaries).toBe(true);
    expect(report.settings.sites).toEqual({
      'example.com': { alwaysHideClutter: true, neverRun: false, autoOpenReader: true },
      'blog.test': { alwaysHideClutter: false, neverRun: true, autoOpenReader: false },
    });
    expect(report.issues).toHaveLength(2);
  });

  it('rewrites storage in the current format and drops the old key', async () => {
    const area = memoryArea(v0);
    const migrated = await loadSettings(area);
    expect(area.items.has('prefs')).toBe(false);
    expect(area.items.get('settingsVersion')).toBe(1);
    expect(await loadSettings(area)).toEqual(migrated);
  });

  it('falls back per field for unreadable old values', async () => {
    const settings = await loadSettings(memoryArea({ prefs: { theme: 'neon', fontSize: 'large', contentWidth: 'wide', hideImages: 'maybe', sites: 'all' } }));
    expect(settings.reading).toEqual({ ...DEFAULT_READING, lineWidth: 84 });
    expect(settings.showImages).toBe(true);
    expect(settings.sites).toEqual({});
  });

  it('survives an old key that is not even an object', async () => {
    expect(await loadSettings(memoryArea({ prefs: 'corrupt' }))).toEqual(defaultSettings());
  });

  it('still returns the migrated settings when the rewrite fails', async () => {
    const area = memoryArea(v0);
    area.failWrites = true;
    expect((await loadSettings(area)).reading.lineWidth).toBe(56);
    expect(area.items.has('prefs')).toBe(true);
  });
});

describe('saveSettings', () => {
  it('writes only the fields in the patch and returns the new settings', async () => {
    const area = memoryArea(v1Items);
    const settings = await saveSettings(area, { reading: { fontSize: 24 } });
    expect(settings.reading).toEqual({ ...v1Items.reading, fontSize: 24 });
    expect(area.writes).toEqual([{ settingsVersion: 1, reading: { ...v1Items.reading, fontSize: 24 } }]);
    expect(snapshot(area)['unrelated']).toBe('left alone');
  });

  it('adds, changes and removes sites by key', async () => {
    const area = memoryArea(v1Items);
    await saveSettings(area, { sites: { 'https://www.New.example/path': { alwaysHideClutter: false, neverRun: true, autoOpenReader: false } } });
    expect(area.items.get('site:new.example')).toEqual({ alwaysHideClutter: false, neverRun: true, autoOpenReader: false });
    await saveSettings(area, { sites: { 'example.com': null } });
    expect(area.items.has('site:example.com')).toBe(false);
    expect(Object.keys((await loadSettings(area)).sites).sort()).toEqual(['new.example', 'news.test']);
  });

  it('keeps a listed site whose choices are all off', async () => {
    const area = memoryArea();
    await saveSettings(area, { sites: { 'quiet.example': { alwaysHideClutter: false, neverRun: false, autoOpenReader: false } } });
    expect(Object.keys((await loadSettings(area)).sites)).toEqual(['quiet.example']);
  });

  it('refuses invalid values and writes nothing', async () => {
    const area = memoryArea(v1Items);
    const bad = [
      { reading: { fontSize: 400 } },
      { reading: { theme: 'neon' } },
      { showImages: 'yes' },
      { sites: { 'not a host': { neverRun: true } } },
    ];
    for (const patch of bad) {
      // The patch type forbids these; the check exists for values that come from elsewhere at run time.
      await expect(saveSettings(area, patch as never)).rejects.toBeInstanceOf(InvalidSettingsError);
    }
    expect(area.writes).toEqual([]);
  });

  it('saves and loads by the same rules: a host, a size bound and at most MAX_SITES sites', () => {
    const full = defaultSettings();
    for (let i = 0; i < MAX_SITES; i++) full.sites[`site${i}.example`] = { ...DEFAULT_SITE_CHOICES };
    const issues: SettingsIssue[] = [];
    const next = applyPatch(full, { sites: { 'one-more.example': { ...DEFAULT_SITE_CHOICES, neverRun: true }, 'WWW.Site1.example': { ...DEFAULT_SITE_CHOICES, neverRun: true } } }, issues);
    expect(issues).toEqual([{ field: 'sites["one-more.example"]', reason: `more than ${MAX_SITES} sites` }]);
    // An existing site can still change, written any way its host can be typed.
    expect(next.sites['site1.example']?.neverRun).toBe(true);
    const removed = applyPatch(next, { sites: { 'https://site2.example/page': null, 'not a host': null } }, issues);
    expect(Object.hasOwn(removed.sites, 'site2.example')).toBe(false);
    expect(issues.at(-1)).toEqual({ field: 'sites["not a host"]', reason: 'not a host name' });
    const reading: SettingsIssue[] = [];
    applyPatch(full, { reading: { fontSize: 400 } }, reading);
    expect(reading).toEqual([{ field: 'reading.fontSize', reason: 'invalid value (a number)' }]);
  });

  it('keeps the previous value of a field after a failed write', async () => {
    const area = memoryArea(v1Items);
    area.failWrites = true;
    await expect(saveSettings(area, { showImages: true })).rejects.toThrow(/quota/);
    expect((await loadSettings(area)).showImages).toBe(false);
  });
});

describe('replaceSettings', () => {
  it('stores exactly the given settings, removing sites that are not in them', async () => {
    const area = memoryArea({ ...v1Items, prefs: { theme: 'dark' } });
    const next = defaultSettings();
    next.sites['only.example'] = { alwaysHideClutter: true, neverRun: false, autoOpenReader: false };
    await replaceSettings(area, next);
    expect(await loadSettings(area)).toEqual(next);
    expect(area.items.has('site:news.test')).toBe(false);
    expect(area.items.has('prefs')).toBe(false);
    expect(area.items.get('unrelated')).toBe('left alone');
  });
});
