import { describe, expect, it } from 'vitest';
import type { RunCleaner } from '../../src/background/cleaner-bridge';
import { createHandlers } from '../../src/background/handlers';
import type { BackgroundDeps } from '../../src/background/handlers';
import { restrictionOf } from '../../src/background/restricted-url';
import { createSitePrefs } from '../../src/background/site-prefs';
import { createTabStateStore } from '../../src/background/tab-state';
import type { StorageAreaLike } from '../../src/background/tab-state';
import { TITLES, toolbarLook } from '../../src/background/toolbar';
import type { CleanerMap, CleanerName } from '../../src/content/cleaner-protocol';
import { ReplyFailure } from '../../src/messages';
import type { TabState } from '../../src/messages';

/** storage.session / storage.local stand-in that outlives any one "service worker". */
function fakeArea(): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}

const articleVerdict = { isArticle: true, score: 5.5, signals: [{ name: 'json-ld NewsArticle', weight: 3 }] };

interface Harness {
  deps: BackgroundDeps;
  shown: Array<[number, TabState | null]>;
  calls: Array<[number, CleanerName, unknown]>;
  urls: Map<number, string | undefined>;
}

function harness(session = fakeArea(), local = fakeArea()): Harness {
  const shown: Harness['shown'] = [];
  const calls: Harness['calls'] = [];
  const urls = new Map<number, string | undefined>([[1, 'https://news.test/story']]);
  const responses: { [N in CleanerName]: CleanerMap[N]['response'] } = {
    extract: { status: 'not-article', verdict: { isArticle: false, score: -2, signals: [] } },
    hide: { hidden: true, count: 3 },
    restore: { hidden: false, count: 0 },
    status: { hidden: false, count: 0 },
  };
  const runCleaner = (async (tabId: number, name: CleanerName, request: unknown) => {
    calls.push([tabId, name, request]);
    return responses[name];
  }) as RunCleaner;
  const deps: BackgroundDeps = {
    tabState: createTabStateStore(session),
    sitePrefs: createSitePrefs(local),
    runCleaner,
    showState: async (tabId, state) => {
      shown.push([tabId, state]);
    },
    tabUrl: async (tabId) => {
      if (!urls.has(tabId)) throw new ReplyFailure('no-tab', 'gone');
      return urls.get(tabId);
    },
    openReaderTab: async () => 77,
  };
  return { deps, shown, calls, urls };
}

describe('per-tab state', () => {
  it('stores the verdict, shows it, and survives a restarted background', async () => {
    const session = fakeArea();
    const first = harness(session);
    await createHandlers(first.deps).reportVerdict(
      { url: 'https://news.test/story', verdict: articleVerdict, detectMs: 1.5 },
      { tabId: 1, frameId: 0 },
    );
    expect(first.shown).toEqual([[1, expect.objectContaining({ isArticle: true, score: 5.5 })]]);
    // A new handler set over the same storage, as after the service worker was stopped.
    const second = createHandlers(harness(session).deps);
    expect(await second.getTabState({ tabId: 1 }, {})).toEqual({
      isArticle: true,
      score: 5.5,
      url: 'https://news.test/story',
      signals: articleVerdict.signals,
      detectMs: 1.5,
    });
    expect(await second.getTabState({ tabId: 2 }, {})).toBeNull();
  });

  it('ignores verdicts that do not come from a top frame of a tab', async () => {
    const h = harness();
    const handlers = createHandlers(h.deps);
    const request = { url: 'https://x.test/', verdict: articleVerdict, detectMs: 1 };
    await expect(handlers.reportVerdict(request, {})).rejects.toMatchObject({ kind: 'bad-request' });
    await expect(handlers.reportVerdict(request, { tabId: 1, frameId: 3 })).rejects.toMatchObject({ kind: 'bad-request' });
    expect(h.shown).toEqual([]);
  });

  it('hides clutter right away on a remembered site', async () => {
    const h = harness();
    const handlers = createHandlers(h.deps);
    await handlers.setClutter({ tabId: 1, hidden: true, remember: true }, {});
    h.calls.length = 0;
    await handlers.reportVerdict({ url: 'https://news.test/other', verdict: articleVerdict, detectMs: 1 }, { tabId: 1, frameId: 0 });
    expect(h.calls).toEqual([[1, 'hide', null]]);
  });
});

describe('toolbar', () => {
  it('has the detected icon and title only for articles', () => {
    const state = { isArticle: true, score: 3, url: 'https://x.test/', signals: [], detectMs: 1 };
    expect(toolbarLook(state)).toMatchObject({ title: TITLES.article, badge: '✓' });
    expect(toolbarLook(state).path['16']).toBe('icons/icon-detected-16.png');
    expect(toolbarLook({ ...state, isArticle: false })).toMatchObject({ title: 'Tidy Reader — not an article', badge: '' });
    expect(toolbarLook(null).path['128']).toBe('icons/icon-128.png');
    expect(TITLES.article).toBe('Article detected — click to read');
  });
});

describe('getArticle and setClutter', () => {
  it('says restricted before injecting anything into browser pages and stores', async () => {
    const h = harness();
    const handlers = createHandlers(h.deps);
    for (const url of ['chrome://settings/', 'about:addons', undefined, 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/']) {
      h.urls.set(5, url);
      await expect(handlers.getArticle({ tabId: 5, force: false }, {})).rejects.toMatchObject({ kind: 'restricted' });
    }
    expect(h.calls).toEqual([]);
  });

  it('reports a gone tab as no-tab', async () => {
    await expect(createHandlers(harness().deps).getArticle({ tabId: 404, force: false }, {})).rejects.toMatchObject({ kind: 'no-tab' });
  });

  it('passes force on and reports a non-article with its verdict', async () => {
    const h = harness();
    const view = await createHandlers(h.deps).getArticle({ tabId: 1, force: true }, {});
    expect(view).toMatchObject({ status: 'not-article', url: 'https://news.test/story' });
    expect(h.calls).toEqual([[1, 'extract', { force: true }]]);
  });

  it('remembers a site only when asked, and forgets it when the clutter is shown again', async () => {
    const local = fakeArea();
    const h = harness(fakeArea(), local);
    const handlers = createHandlers(h.deps);
    expect(await handlers.setClutter({ tabId: 1, hidden: true, remember: false }, {})).toEqual({
      hidden: true,
      count: 3,
      remembered: false,
      host: 'news.test',
    });
    expect(local.data.get('hideClutterHosts')).toBeUndefined();
    await handlers.setClutter({ tabId: 1, hidden: true, remember: true }, {});
    expect(local.data.get('hideClutterHosts')).toEqual(['news.test']);
    const shown = await handlers.setClutter({ tabId: 1, hidden: false, remember: true }, {});
    expect(shown).toMatchObject({ hidden: false, remembered: false });
    expect(local.data.get('hideClutterHosts')).toEqual([]);
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
