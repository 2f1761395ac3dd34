import { describe, expect, it } from 'vitest';
import { createCleanerBridge } from '../../src/background/cleaner-bridge';
import type { RunCleaner } from '../../src/background/cleaner-bridge';
import { createHandlers } from '../../src/background/handlers';
import type { Handlers } from '../../src/messages';
import { readTab } from '../../src/render/read-tab';
import type { ReadTabDeps } from '../../src/render/read-tab';
import type { BackgroundDeps } from '../../src/background/handlers';
import { restrictionOf } from '../../src/background/restricted-url';
import { createSitePrefs, LEGACY_HIDE_KEY, migrateLegacyHideHosts } from '../../src/background/site-prefs';
import { createTabStateStore } from '../../src/background/tab-state';
import { TITLES, toolbarLook } from '../../src/background/toolbar';
import type { CleanerName, CleanerResponse } from '../../src/content/cleaner-protocol';
import { judgePage } from '../../src/core/detect';
import type { PageMeasure } from '../../src/core/detect';
import { ReplyFailure } from '../../src/messages';
import type { TabState } from '../../src/messages';
import { loadSettings, saveSettings } from '../../src/settings/settings-store';
import { memoryArea } from '../settings/memory-area';



/** What the detector content script sends for a clear article; the background judges it (judgePage). */
const articleMeasure: PageMeasure = {
  counts: { article: 1 },
  paragraphs: Array.from({ length: 8 }, (): [number, number] => [600, 0]),
  buttons: [],
  jsonLd: ['{"@type": "NewsArticle"}'],
  itemTypes: [],
  metas: [['og:type', 'article']],
  canonical: null,
};
const articleVerdict = judgePage('https://news.test/story', articleMeasure);
const notArticle: PageMeasure = { failure: { name: 'no-body', weight: 0, detail: 'the document has no body' } };

interface Harness {
  deps: BackgroundDeps;
  shown: Array<[number, TabState | null]>;
  /** Each cleaner call: tab, command, request, and the options when some were given. */
  calls: Array<[number, CleanerName, unknown] | [number, CleanerName, unknown, unknown]>;
  urls: Map<number, string | undefined>;
  opened: number[];
}

function harness(session = memoryArea(), sync = memoryArea()): Harness {
  const opened: number[] = [];
  const shown: Harness['shown'] = [];
  const calls: Harness['calls'] = [];
  const urls = new Map<number, string | undefined>([[1, 'https://news.test/story']]);
  const responses: { [N in CleanerName]: CleanerResponse<N> } = {
    extract: { status: 'not-article', verdict: { isArticle: false, score: -2, signals: [] } },
    hide: { hidden: true, count: 3 },
    restore: { hidden: false, count: 0 },
  };
  const runCleaner = (async (tabId: number, name: CleanerName, request: unknown, options?: unknown) => {
    calls.push(options === undefined ? [tabId, name, request] : [tabId, name, request, options]);
    return responses[name];
  }) as RunCleaner;
  const deps: BackgroundDeps = {
    tabState: createTabStateStore(session),
    sitePrefs: createSitePrefs(sync),
    runCleaner,
    showState: async (tabId, state) => {
      shown.push([tabId, state]);
    },
    tabUrl: async (tabId) => {
      if (!urls.has(tabId)) throw new ReplyFailure('no-tab', 'gone');
      return urls.get(tabId);
    },
    openReaderTab: async (tabId) => {
      opened.push(tabId);
      return 77;
    },
  };
  return { deps, shown, calls, urls, opened };
}

/** What the popup reads a tab with, wired to the harness's fakes and to the background's handlers, as in the browser. */
function reader(h: Harness, handlers: Handlers): ReadTabDeps & { noted: Promise<unknown>[] } {
  const noted: Promise<unknown>[] = [];
  return {
    runCleaner: h.deps.runCleaner,
    tabUrl: h.deps.tabUrl,
    siteState: (url) => h.deps.sitePrefs.stateFor(url),
    keepFor: (url) => h.deps.sitePrefs.keepFor(url),
    tabState: (tabId) => h.deps.tabState.get(tabId),
    noteVerdict: (tabId, url, verdict) => void noted.push(handlers.noteVerdict({ tabId, url, verdict }, {})),
    noted,
  };
}

describe('per-tab state', () => {
  it('stores the verdict, shows it, and survives a restarted background', async () => {
    const session = memoryArea();
    const first = harness(session);
    await createHandlers(first.deps).reportVerdict(
      { url: 'https://news.test/story', measure: articleMeasure },
      { tabId: 1, frameId: 0 },
    );
    expect(articleVerdict.isArticle).toBe(true);
    expect(first.shown).toEqual([[1, expect.objectContaining({ isArticle: true, score: articleVerdict.score })]]);
    // A new handler set over the same storage, as after the service worker was stopped.
    const second = createHandlers(harness(session).deps);
    expect(await second.getTabState({ tabId: 1 }, {})).toEqual({
      isArticle: true,
      score: articleVerdict.score,
      url: 'https://news.test/story',
      signals: articleVerdict.signals,
    });
    expect(await second.getTabState({ tabId: 2 }, {})).toBeNull();
  });

  it('judges the measure with the URL\'s own features, as detectArticle does', async () => {
    const h = harness();
    const handlers = createHandlers(h.deps);
    await handlers.reportVerdict({ url: 'https://news.test/search?q=harbour', measure: articleMeasure }, { tabId: 1, frameId: 0 });
    const state = await handlers.getTabState({ tabId: 1 }, {});
    expect(state?.signals.map((s) => s.name)).toContain('url-search');
    expect(state?.score).toBe(judgePage('https://news.test/search?q=harbour', articleMeasure).score);
    expect(state?.score).toBeLessThan(articleVerdict.score);
  });

  it('ignores verdicts that do not come from a top frame of a tab', async () => {
    const h = harness();
    const handlers = createHandlers(h.deps);
    const request = { url: 'https://x.test/', measure: articleMeasure };
    await expect(handlers.reportVerdict(request, {})).rejects.toMatchObject({ kind: 'bad-request' });
    await expect(handlers.reportVerdict(request, { tabId: 1, frameId: 3 })).rejects.toMatchObject({ kind: 'bad-request' });
    expect(h.shown).toEqual([]);
  });

  it('hides clutter right away on a remembered site', async () => {
    const h = harness();
    const handlers = createHandlers(h.deps);
    await handlers.setClutter({ tabId: 1, hidden: true, remember: true }, {});
    h.calls.length = 0;
    await handlers.reportVerdict({ url: 'https://news.test/other', measure: articleMeasure }, { tabId: 1, frameId: 0 });
    expect(h.calls).toEqual([[1, 'hide', { keep: [] }]]);
  });
});

describe('toolbar', () => {
  it('has the detected icon and title only for articles', () => {
    const state = { isArticle: true, score: 3, url: 'https://x.test/', signals: [] };
    expect(toolbarLook(state)).toMatchObject({ title: TITLES.article, badge: '✓' });
    expect(toolbarLook(state).path['16']).toBe('icons/icon-detected-16.png');
    expect(toolbarLook({ ...state, isArticle: false })).toMatchObject({ title: 'Tidy Reader — not an article', badge: '' });
    expect(toolbarLook(null).path['128']).toBe('icons/icon-128.png');
    expect(TITLES.article).toBe('Article detected — click to read');
  });
});

describe('reading a tab (readTab) and setClutter', () => {
  it('says restricted before injecting anything into browser pages and stores', async () => {
    const h = harness();
    const read = reader(h, createHandlers(h.deps));
    for (const url of ['chrome://settings/', 'about:addons', undefined, 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/']) {
      h.urls.set(5, url);
      await expect(readTab(read, 5, false)).rejects.toMatchObject({ kind: 'restricted' });
    }
    expect(h.calls).toEqual([]);
  });

  it('marks its phases on the page\'s timeline, the cleaner\'s answer between :cleaner and :article', async () => {
    const h = harness();
    performance.clearMarks();
    const read = reader(h, createHandlers(h.deps));
    const runCleaner = (async (...args: Parameters<RunCleaner>) => {
      expect(performance.getEntriesByName('tidy-read:cleaner', 'mark')).toHaveLength(1);
      expect(performance.getEntriesByName('tidy-read:article', 'mark')).toHaveLength(0);
      return read.runCleaner(...args);
    }) as RunCleaner;
    await readTab({ ...read, runCleaner }, 1, true);
    expect(['start', 'cleaner', 'article'].map((p) => performance.getEntriesByName(`tidy-read:${p}`, 'mark').length)).toEqual([1, 1, 1]);
  });

  it('reports a gone tab as no-tab', async () => {
    const h = harness();
    await expect(readTab(reader(h, createHandlers(h.deps)), 404, false)).rejects.toMatchObject({ kind: 'no-tab' });
  });

  it('passes force on and reports a non-article with its verdict', async () => {
    const h = harness();
    const view = await readTab(reader(h, createHandlers(h.deps)), 1, true);
    expect(view).toMatchObject({ status: 'not-article', url: 'https://news.test/story' });
    expect(h.calls).toEqual([[1, 'extract', { force: true, keep: [], detected: null }]]);
  });

  it("sends the detector's verdict with the read while the tab is still at the address it judged", async () => {
    const h = harness();
    const handlers = createHandlers(h.deps);
    await handlers.reportVerdict({ url: 'https://news.test/story', measure: articleMeasure }, { tabId: 1, frameId: 0 });
    await readTab(reader(h, handlers), 1, false);
    h.urls.set(1, 'https://news.test/another-story');
    await readTab(reader(h, handlers), 1, false);
    const detected = h.calls.map((call) => (call[2] as { detected: unknown }).detected);
    expect(detected).toEqual([{ url: 'https://news.test/story', verdict: { isArticle: true, score: articleVerdict.score, signals: expect.any(Array) } }, null]);
  });

  it("passes the site's kept blocks (its own and a parent domain's) to the cleaner when the popup reads the tab and when hiding", async () => {
    const sync = memoryArea();
    await saveSettings(sync, {
      keep: {
        'news.test': [{ ruleId: 'ad-slot', match: 'class~="ad"', example: 'Advertisement' }],
        'other.test': [{ ruleId: 'comments', match: 'heading "comments"', example: 'Comments' }],
      },
    });
    const h = harness(memoryArea(), sync);
    h.urls.set(1, 'https://www.sub.news.test/story');
    const handlers = createHandlers(h.deps);
    await readTab(reader(h, handlers), 1, false);
    await handlers.setClutter({ tabId: 1, hidden: true, remember: false }, {});
    const keep = [{ ruleId: 'ad-slot', match: 'class~="ad"' }];
    expect(h.calls).toEqual([
      [1, 'extract', { force: false, keep, detected: null }],
      [1, 'hide', { keep }],
    ]);
  });

  it('takes the clutter state from the same call as the article, with the site\'s remembered choice', async () => {
    const sync = memoryArea();
    await saveSettings(sync, { sites: { 'news.test': { alwaysHideClutter: true, neverRun: false, autoOpenReader: false } } });
    const h = harness(memoryArea(), sync);
    const outcome = { status: 'article' as const, article: {} as never, verdict: articleVerdict, clutter: { hidden: true, count: 4 } };
    const read = { ...reader(h, createHandlers(h.deps)), runCleaner: (async () => outcome) as unknown as RunCleaner };
    expect(await readTab(read, 1, false)).toMatchObject({ status: 'article', clutter: { hidden: true, count: 4, remembered: true, host: 'news.test' } });
  });

  it('notes a verdict only for the page the tab shows and never on a site turned off', async () => {
    const sync = memoryArea();
    const h = harness(memoryArea(), sync);
    const handlers = createHandlers(h.deps);
    await handlers.noteVerdict({ tabId: 1, url: 'https://news.test/elsewhere', verdict: articleVerdict }, {});
    expect(await handlers.getTabState({ tabId: 1 }, {})).toBeNull();
    await saveSettings(sync, { sites: { 'news.test': { alwaysHideClutter: false, neverRun: true, autoOpenReader: false } } });
    await handlers.noteVerdict({ tabId: 1, url: 'https://news.test/story', verdict: articleVerdict }, {});
    expect(await handlers.getTabState({ tabId: 1 }, {})).toBeNull();
    await saveSettings(sync, { sites: { 'news.test': null } });
    await handlers.noteVerdict({ tabId: 1, url: 'https://news.test/story', verdict: articleVerdict }, {});
    expect(await handlers.getTabState({ tabId: 1 }, {})).toMatchObject({ isArticle: true, url: 'https://news.test/story' });
  });

  it('remembers a site only when asked, in the settings\' per-site map, and forgets it when the clutter is shown again', async () => {
    const sync = memoryArea();
    const h = harness(memoryArea(), sync);
    const handlers = createHandlers(h.deps);
    expect(await handlers.setClutter({ tabId: 1, hidden: true, remember: false }, {})).toEqual({
      hidden: true,
      count: 3,
      remembered: false,
      host: 'news.test',
    });
    expect(sync.items.get('site:news.test')).toBeUndefined();
    await handlers.setClutter({ tabId: 1, hidden: true, remember: true }, {});
    expect(sync.items.get('site:news.test')).toEqual({ alwaysHideClutter: true, neverRun: false, autoOpenReader: false });
    // The options page reads the same store.
    expect((await loadSettings(sync)).sites).toEqual({ 'news.test': { alwaysHideClutter: true, neverRun: false, autoOpenReader: false } });
    const shown = await handlers.setClutter({ tabId: 1, hidden: false, remember: true }, {});
    expect(shown).toMatchObject({ hidden: false, remembered: false });
    expect(sync.items.has('site:news.test')).toBe(false);
  });
});

describe('per-site choices', () => {
  const report = { url: 'https://www.news.test/story', measure: articleMeasure };

  it('"never run": no verdict is kept, the popup is told the site is off, an explicit request still reads', async () => {
    const sync = memoryArea();
    await saveSettings(sync, { sites: { 'news.test': { alwaysHideClutter: true, neverRun: true, autoOpenReader: true } } });
    const h = harness(memoryArea(), sync);
    h.urls.set(1, report.url);
    const handlers = createHandlers(h.deps);
    await handlers.reportVerdict(report, { tabId: 1, frameId: 0 });
    expect(await handlers.getTabState({ tabId: 1 }, {})).toBeNull();
    expect(h.shown).toEqual([[1, null]]);
    expect(h.calls).toEqual([]);
    expect(h.opened).toEqual([]);
    const read = reader(h, handlers);
    expect(await readTab(read, 1, false)).toMatchObject({ status: 'site-off', site: { host: 'news.test', neverRun: true } });
    expect(h.calls).toEqual([]);
    expect(await readTab(read, 1, true)).toMatchObject({ status: 'not-article' });
  });

  it('turning "never run" on stands down at once; turning it off again lets the cleaner judge the tab', async () => {
    const sync = memoryArea();
    const h = harness(memoryArea(), sync);
    const handlers = createHandlers(h.deps);
    await handlers.reportVerdict({ ...report, url: 'https://news.test/story' }, { tabId: 1, frameId: 0 });
    h.calls.length = 0;
    h.shown.length = 0;
    expect(await handlers.setSiteChoice({ tabId: 1, choice: 'neverRun', value: true }, {})).toMatchObject({ host: 'news.test', neverRun: true });
    expect(await handlers.getTabState({ tabId: 1 }, {})).toBeNull();
    expect(h.shown).toEqual([[1, null]]);
    // Restoring only talks to a cleaner already in the page: none is loaded into it for that.
    expect(h.calls).toEqual([[1, 'restore', {}, { inject: false }]]);
    await handlers.setSiteChoice({ tabId: 1, choice: 'neverRun', value: false }, {});
    expect(sync.items.has('site:news.test')).toBe(false);
    const read = reader(h, handlers);
    await readTab(read, 1, false);
    await Promise.all(read.noted);
    expect(await handlers.getTabState({ tabId: 1 }, {})).toMatchObject({ isArticle: false, url: 'https://news.test/story' });
  });

  it('opens the reader tab by itself once per page on an "open automatically" site, for articles only', async () => {
    const sync = memoryArea();
    await saveSettings(sync, { sites: { 'news.test': { alwaysHideClutter: false, neverRun: false, autoOpenReader: true } } });
    const h = harness(memoryArea(), sync);
    const handlers = createHandlers(h.deps);
    await handlers.reportVerdict({ ...report, measure: notArticle }, { tabId: 1, frameId: 0 });
    expect(h.opened).toEqual([]);
    await handlers.reportVerdict(report, { tabId: 2, frameId: 0 });
    await handlers.reportVerdict(report, { tabId: 2, frameId: 0 });
    expect(h.opened).toEqual([2]);
    expect(await handlers.getTabState({ tabId: 2 }, {})).toMatchObject({ autoOpened: true });
  });

  it('a parent domain\'s choice covers its subdomains; turning it off for one keeps that exception', async () => {
    const sync = memoryArea();
    await saveSettings(sync, { sites: { 'news.test': { alwaysHideClutter: true, neverRun: false, autoOpenReader: false } } });
    const prefs = createSitePrefs(sync);
    expect(await prefs.stateFor('https://blog.news.test/a')).toMatchObject({ host: 'blog.news.test', alwaysHideClutter: true });
    await prefs.set('https://blog.news.test/a', 'alwaysHideClutter', false);
    expect(sync.items.get('site:blog.news.test')).toEqual({ alwaysHideClutter: false, neverRun: false, autoOpenReader: false });
    expect(await prefs.stateFor('https://news.test/')).toMatchObject({ alwaysHideClutter: true });
    expect(await prefs.stateFor('file:///tmp/a.html')).toMatchObject({ host: '', alwaysHideClutter: false });
  });

  it('moves the old storage.local host list into the settings once', async () => {
    const local = memoryArea();
    const sync = memoryArea();
    await local.set({ [LEGACY_HIDE_KEY]: ['www.old.test', 'not a host', 7] });
    expect(await migrateLegacyHideHosts(local, sync)).toBe(1);
    expect(sync.items.get('site:old.test')).toMatchObject({ alwaysHideClutter: true });
    expect(local.items.has(LEGACY_HIDE_KEY)).toBe(false);
    expect(await migrateLegacyHideHosts(local, sync)).toBe(0);
  });
});

describe('the cleaner bridge', () => {
  /** scripting.executeScript over one tab that has the cleaner only once cleaner.js was injected. */
  function fakeScripting() {
    const injected: string[] = [];
    let loaded = false;
    return {
      injected,
      async executeScript(injection: { files?: string[]; func?: unknown }) {
        if (injection.files) {
          injected.push(...injection.files);
          loaded = true;
          return [{ frameId: 0, result: undefined }];
        }
        return [{ frameId: 0, result: loaded ? { ok: true, value: { hidden: false, count: 0 } } : { ok: false, missing: true } }];
      },
    };
  }

  it('loads the cleaner when the page lacks it, unless told not to (restoring the clutter of a page it never touched)', async () => {
    const scripting = fakeScripting();
    const run = createCleanerBridge(scripting as unknown as Parameters<typeof createCleanerBridge>[0], async () => 'https://news.test/');
    await expect(run(1, 'restore', {}, { inject: false })).rejects.toMatchObject({ kind: 'failed' });
    expect(scripting.injected).toEqual([]);
    expect(await run(1, 'hide', { keep: [] })).toEqual({ hidden: false, count: 0 });
    expect(scripting.injected).toEqual(['cleaner.js']);
  });
});

describe('restrictionOf', () => {
  it('lets web pages through and names the reason for the rest', () => {
    expect(restrictionOf('https://news.test/a/b')).toBeNull();
    expect(restrictionOf('http://127.0.0.1:8080/x.html')).toBeNull();
    expect(restrictionOf('file:///home/me/page.html')).toBeNull();
    expect(restrictionOf('view-source:https://news.test/')).toMatch(/view-source:/);
    expect(restrictionOf('moz-extension://abc/popup.html')).toMatch(/moz-extension:/);
    expect(restrictionOf('https://news.test/report.PDF')).toMatch(/PDF/);
    expect(restrictionOf('https://chrome.google.com/webstore/detail/x')).toMatch(/store/);
  });
});
