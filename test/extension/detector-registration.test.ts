// Keeping the registered detector scripts in step with the per-site choices (over a fake
// scripting API), and the background's own injection on page load, which must skip "never run" sites.
import type { Scripting, Tabs } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { createDetectorSync, syncDetectorScripts } from '../../src/background/detector-registration';
import type { ScriptRegistry } from '../../src/background/detector-registration';
import { createSitePrefs } from '../../src/background/site-prefs';
import { createTabStateStore } from '../../src/background/tab-state';
import { createTabUpdateHandler } from '../../src/background/tab-updates';
import type { TabState } from '../../src/messages';
import type { SiteChoices } from '../../src/settings/schema';
import { saveSettings } from '../../src/settings/settings-store';
import { memoryArea } from '../settings/memory-area';

const off: SiteChoices = { alwaysHideClutter: false, neverRun: true, autoOpenReader: false };
const on: SiteChoices = { alwaysHideClutter: true, neverRun: false, autoOpenReader: false };

/** scripting's content-script registry, in memory, with Chromium's rules: duplicate or unknown ids throw. */
function fakeRegistry(): ScriptRegistry & { scripts: Map<string, Scripting.RegisteredContentScript>; log: string[]; failOn?: string } {
  const scripts = new Map<string, Scripting.RegisteredContentScript>();
  const log: string[] = [];
  const registry = {
    scripts,
    log,
    failOn: undefined as string | undefined,
    async getRegisteredContentScripts() {
      return [...scripts.values()].map((s) => structuredClone(s));
    },
    async registerContentScripts(list: Scripting.RegisteredContentScript[]) {
      log.push(`register ${list.map((s) => s.id).join(',')}`);
      if (registry.failOn === 'register') throw new Error('Invalid url pattern');
      for (const s of list) if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of list) scripts.set(s.id, structuredClone(s));
    },
    async updateContentScripts(list: Scripting.RegisteredContentScript[]) {
      log.push(`update ${list.map((s) => s.id).join(',')}`);
      if (registry.failOn === 'update') throw new Error('Invalid url pattern');
      for (const s of list) {
        const old = scripts.get(s.id);
        if (!old) throw new Error(`No script with ID '${s.id}'`);
        scripts.set(s.id, { ...old, ...structuredClone(s) });
      }
    },
    async unregisterContentScripts(filter?: Scripting.ContentScriptFilter) {
      log.push(`unregister ${filter?.ids?.join(',') ?? '*'}`);
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
  return registry;
}

describe('syncDetectorScripts', () => {
  it('registers the detector for every http(s) page on the first run, as the manifest entry did', async () => {
    const registry = fakeRegistry();
    await syncDetectorScripts(registry, {});
    expect([...registry.scripts.values()]).toEqual([
      {
        id: 'detector',
        js: ['detector.js'],
        matches: ['http://*/*', 'https://*/*'],
        excludeMatches: [],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it('updates the registration in place when a site is turned off or on, and drops exceptions no longer needed', async () => {
    const registry = fakeRegistry();
    await syncDetectorScripts(registry, {});
    await syncDetectorScripts(registry, { 'example.com': off, 'news.example.com': on });
    expect(registry.scripts.get('detector')?.excludeMatches).toEqual(['*://*.example.com/*']);
    expect(registry.scripts.get('detector:news.example.com')?.matches).toEqual(['*://*.news.example.com/*']);
    // The update repeats persistAcrossSessions: Chromium would reset it to false otherwise.
    expect(registry.scripts.get('detector')?.persistAcrossSessions).toBe(true);
    await syncDetectorScripts(registry, { 'news.example.com': on });
    expect([...registry.scripts.keys()]).toEqual(['detector']);
    expect(registry.scripts.get('detector')?.excludeMatches).toEqual([]);
    expect(registry.log).toEqual([
      'register detector',
      'update detector',
      'register detector:news.example.com',
      'unregister detector:news.example.com',
      'update detector',
    ]);
  });

  it('fails closed: when the browser refuses the new scopes, no detector stays registered with the old ones', async () => {
    const registry = fakeRegistry();
    await syncDetectorScripts(registry, {});
    registry.failOn = 'update';
    await expect(syncDetectorScripts(registry, { 'example.com': off })).rejects.toThrow(/Invalid url pattern/);
    expect(registry.scripts.size).toBe(0);
    // The next change (or browser start) registers it again.
    registry.failOn = undefined;
    await syncDetectorScripts(registry, { 'example.com': off });
    expect(registry.scripts.get('detector')?.excludeMatches).toEqual(['*://*.example.com/*']);
  });
});

describe('createDetectorSync', () => {
  it('runs one sync at a time; calls made while one runs queue one more, which sees the latest settings', async () => {
    const registry = fakeRegistry();
    let sites: Record<string, SiteChoices> = {};
    let loads = 0;
    let release = (): void => undefined;
    const firstLoad = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sync = createDetectorSync(registry, async () => {
      loads += 1;
      if (loads === 1) await firstLoad;
      return sites;
    });
    const first = sync();
    await vi.waitFor(() => expect(loads).toBe(1));
    sites = { 'a.test': off };
    const second = sync();
    sites = { 'a.test': off, 'b.test': off };
    const third = sync();
    expect(third).toBe(second);
    expect(second).not.toBe(first);
    release();
    await Promise.all([first, second, third]);
    expect(loads).toBe(2);
    expect(registry.scripts.get('detector')?.excludeMatches).toEqual(['*://*.a.test/*', '*://*.b.test/*']);
    // No "Duplicate script ID": the second run updated what the first registered.
    expect(registry.log).toEqual(['register detector', 'update detector']);
  });

  it('keeps going after a failed sync', async () => {
    const registry = fakeRegistry();
    registry.failOn = 'register';
    const sync = createDetectorSync(registry, async () => ({}));
    await expect(sync()).rejects.toThrow();
    registry.failOn = undefined;
    await sync();
    expect(registry.scripts.has('detector')).toBe(true);
  });
});


describe('the background\'s injection on page load', () => {
  async function setup(sites: Record<string, SiteChoices>, duringGrace: () => Promise<void> = async () => undefined) {
    const sync = memoryArea();
    await saveSettings(sync, { sites });
    const injected: number[] = [];
    const shown: Array<[number, TabState | null]> = [];
    const tabState = createTabStateStore(memoryArea());
    const onUpdated = createTabUpdateHandler({
      tabState,
      sitePrefs: createSitePrefs(sync),
      showState: async (tabId, state) => {
        shown.push([tabId, state]);
      },
      injectDetector: async (tabId) => {
        injected.push(tabId);
      },
      grace: async () => {
        await duringGrace();
      },
    });
    const load = (tabId: number, url: string) =>
      onUpdated(tabId, { status: 'complete' }, { id: tabId, url, status: 'complete' } as Tabs.Tab);
    return { injected, shown, tabState, onUpdated, load };
  }

  it('injects the detector into a loaded page that has no verdict, but never on a "never run" site', async () => {
    const { injected, load } = await setup({ 'off.test': off, 'on.off.test': on });
    await load(1, 'https://news.test/story');
    await load(2, 'https://www.off.test/story');
    await load(3, 'http://a.off.test:8080/');
    await load(4, 'https://on.off.test/story');
    await load(5, 'file:///tmp/a.html');
    expect(injected).toEqual([1, 4]);
  });

  it('injects nothing when the page\'s own detector reports during the grace (a regular load)', async () => {
    let report = async (): Promise<void> => undefined;
    const { injected, load, tabState } = await setup({}, () => report());
    report = () => tabState.set(1, { isArticle: true, score: 3, url: 'https://news.test/a', signals: [] });
    await load(1, 'https://news.test/a');
    expect(injected).toEqual([]);
    // A verdict for another URL (the page moved on) does not count.
    report = () => tabState.set(2, { isArticle: true, score: 3, url: 'https://news.test/old', signals: [] });
    await load(2, 'https://news.test/b');
    expect(injected).toEqual([2]);
  });

  it('drops the verdict of another URL, and injects nothing while the page is still loading or already judged', async () => {
    const { injected, shown, tabState, onUpdated, load } = await setup({});
    const judged: TabState = { isArticle: true, score: 3, url: 'https://news.test/a', signals: [] };
    await tabState.set(1, judged);
    await load(1, 'https://news.test/a');
    expect(injected).toEqual([]);
    await onUpdated(1, { status: 'loading' }, { id: 1, url: 'https://news.test/b', status: 'loading' } as Tabs.Tab);
    expect(await tabState.get(1)).toBeNull();
    expect(shown).toEqual([[1, null]]);
    expect(injected).toEqual([]);
    await load(1, 'https://news.test/b');
    expect(injected).toEqual([1]);
  });
});
