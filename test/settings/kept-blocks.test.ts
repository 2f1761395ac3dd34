// Kept blocks ("Always keep this on this site"): validated as every other setting is, one storage
// item per site, within storage.sync's quotas, looked up for a page by its site and parent domains,
// exported and imported with the rest.
import { describe, expect, it } from 'vitest';
import { MAX_KEEP_SITES, MAX_KEPT_BLOCKS, MAX_KEPT_PER_SITE } from '../../src/settings/schema';
import type { KeptBlock } from '../../src/settings/schema';
import { keepExceptionsFor, withKept, withoutKept } from '../../src/settings/kept-blocks';
import { loadSettings, loadSettingsReport, replaceSettings, saveSettings } from '../../src/settings/settings-store';
import { exportSettings, importSettings } from '../../src/settings/transfer';
import type { SettingsIssue } from '../../src/settings/validate';
import { addKeptBlocks, validateKeep } from '../../src/settings/validate';
import { memoryArea } from './memory-area';

const ad: KeptBlock = { ruleId: 'ad-slot', match: 'class~="ad"', example: 'Advertisement' };
const comments: KeptBlock = { ruleId: 'comments', match: 'heading "comments"', example: 'Comments' };

describe('validating kept blocks', () => {
  it('normalises the host, keeps valid blocks and drops bad ones one by one, with an issue each', () => {
    const issues: SettingsIssue[] = [];
    const keep = validateKeep(
      {
        'WWW.News.Example': [ad, { ruleId: 'Bad Id', match: 'x' }, { ruleId: 'ok-rule', match: '' }, { ...comments, example: 7 }, ad, comments],
        'not a host!': [ad],
        'empty.example': [],
        'list.example': 'ad-slot',
      },
      issues,
    );
    expect(keep).toEqual({ 'news.example': [ad, comments] });
    expect(issues.map((i) => i.field)).toEqual([
      'keep["WWW.News.Example"][1]',
      'keep["WWW.News.Example"][2]',
      'keep["WWW.News.Example"][3].example',
      'keep["not a host!"]',
      'keep["list.example"]',
    ]);
  });

  it('ignores fields a newer version may add, and refuses over-long matches and examples', () => {
    const issues: SettingsIssue[] = [];
    const keep = validateKeep({ 'a.example': [{ ...ad, addedIn: 3 }, { ...comments, match: 'x'.repeat(201) }, { ...comments, example: 'y'.repeat(81) }] }, issues);
    expect(keep).toEqual({ 'a.example': [ad] });
    expect(issues).toHaveLength(2);
  });

  it(`keeps at most ${MAX_KEPT_PER_SITE} blocks a site, ${MAX_KEPT_BLOCKS} in all and ${MAX_KEEP_SITES} sites`, () => {
    const block = (i: number): KeptBlock => ({ ruleId: 'ad-slot', match: `class~="ad-${i}"`, example: '' });
    const issues: SettingsIssue[] = [];
    const keep: Record<string, KeptBlock[]> = {};
    addKeptBlocks(keep, 'one.example', Array.from({ length: MAX_KEPT_PER_SITE + 3 }, (_, i) => block(i)), issues);
    expect(keep['one.example']).toHaveLength(MAX_KEPT_PER_SITE);
    expect(issues).toHaveLength(3);
    for (let s = 0; s < 20; s++) addKeptBlocks(keep, `site${s}.example`, Array.from({ length: MAX_KEPT_PER_SITE }, (_, i) => block(i)), []);
    expect(Object.values(keep).reduce((n, list) => n + list.length, 0)).toBe(MAX_KEPT_BLOCKS);
    const many: Record<string, KeptBlock[]> = {};
    for (let s = 0; s < MAX_KEEP_SITES + 5; s++) addKeptBlocks(many, `s${s}.example`, [block(1)], []);
    expect(Object.keys(many)).toHaveLength(MAX_KEEP_SITES);
  });
});

describe('storing kept blocks', () => {
  it('saves one item per site, loads it back and removes the item with the last block', async () => {
    const area = memoryArea();
    await saveSettings(area, { keep: { 'www.news.example': [ad, comments] } });
    expect(area.items.get('keep:news.example')).toEqual([ad, comments]);
    expect((await loadSettings(area)).keep).toEqual({ 'news.example': [ad, comments] });
    await saveSettings(area, { keep: { 'news.example': withoutKept([ad, comments], ad.ruleId, ad.match) } });
    expect(area.items.get('keep:news.example')).toEqual([comments]);
    await saveSettings(area, { keep: { 'news.example': [] } });
    expect(area.items.get('keep:news.example')).toBeUndefined();
  });

  it('reports a corrupt item and keeps the rest of the settings', async () => {
    const area = memoryArea({ 'keep:news.example': [ad, { ruleId: 3 }], 'keep:other.example': 'nonsense', 'site:news.example': { neverRun: true } });
    const report = await loadSettingsReport(area);
    expect(report.settings.keep).toEqual({ 'news.example': [ad] });
    expect(report.settings.sites['news.example']?.neverRun).toBe(true);
    expect(report.issues).toHaveLength(2);
  });

  it('refuses an invalid list and writes nothing', async () => {
    const area = memoryArea();
    await expect(saveSettings(area, { keep: { 'news.example': [{ ...ad, ruleId: 'NOT VALID' }] } })).rejects.toThrow(/Invalid settings/);
    expect(area.items.size).toBe(0);
  });

  it('replaces kept blocks on import, removing sites that are not in it', async () => {
    const area = memoryArea();
    await saveSettings(area, { keep: { 'old.example': [ad] } });
    const settings = await loadSettings(area);
    await replaceSettings(area, { ...settings, keep: { 'new.example': [comments] } });
    expect(area.items.get('keep:old.example')).toBeUndefined();
    expect(area.items.get('keep:new.example')).toEqual([comments]);
  });

  it('exports and imports kept blocks, validated', async () => {
    const area = memoryArea();
    const saved = await saveSettings(area, { keep: { 'b.example': [ad], 'a.example': [comments] } });
    const json = exportSettings(saved);
    expect(Object.keys((JSON.parse(json) as { settings: { keep: object } }).settings.keep)).toEqual(['a.example', 'b.example']);
    const back = importSettings(json.replace('"ad-slot"', '"BAD"'));
    if (!back.ok) throw new Error(back.message);
    expect(back.settings.keep).toEqual({ 'a.example': [comments] });
    expect(back.issues).toHaveLength(1);
  });
});

describe('kept blocks for a page', () => {
  it("are those of the page's site and of its parent domains, as the core takes them", () => {
    const keep = { 'example.com': [ad], 'news.example.com': [comments], 'other.com': [ad] };
    expect(keepExceptionsFor({ keep }, 'https://www.news.example.com/story')).toEqual([
      { ruleId: 'comments', match: 'heading "comments"' },
      { ruleId: 'ad-slot', match: 'class~="ad"' },
    ]);
    expect(keepExceptionsFor({ keep }, 'https://example.org/')).toEqual([]);
    expect(keepExceptionsFor({ keep }, 'not a url at all')).toEqual([]);
  });

  it('are added once, with a short example, and removed by rule and match', () => {
    const list = withKept(withKept([], ad.ruleId, ad.match, `  Advertisement\n${'x'.repeat(200)}`), ad.ruleId, ad.match, 'again');
    expect(list).toHaveLength(1);
    expect(list[0]?.example.length).toBeLessThanOrEqual(80);
    expect(list[0]?.example.endsWith('…')).toBe(true);
    expect(withoutKept(list, ad.ruleId, ad.match)).toEqual([]);
  });
});
