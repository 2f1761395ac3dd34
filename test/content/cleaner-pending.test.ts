// @vitest-environment jsdom
// A first click takes two trips to the tab, not three: the read asks the cleaner, is left waiting when
// the tab has none, and the injection of cleaner.js answers it (its last statement, build.mjs's
// CLEANER_FOOTER, runs CleanerApi.runPending). The tab here is this jsdom window: functions run in it,
// and "injecting cleaner.js" is the real src/content/cleaner.ts followed by what the footer does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCleanerBridge } from '../../src/background/cleaner-bridge';
import type { CleanerApi } from '../../src/content/cleaner-protocol';
import { CLEANER_GLOBAL, PENDING_GLOBAL } from '../../src/content/cleaner-protocol';

type Scope = { [CLEANER_GLOBAL]?: CleanerApi; [PENDING_GLOBAL]?: Record<string, unknown> };
const scope = globalThis as Scope;
let loadedApi: CleanerApi | undefined;

/** scripting.executeScript over this window; `trips` lists each injection ('func' or 'files'). */
function fakeTab() {
  const trips: string[] = [];
  const scripting = {
    async executeScript(injection: { files?: string[]; func?: (...args: unknown[]) => unknown; args?: unknown[] }) {
      if (injection.files) {
        trips.push('files');
        await import('../../src/content/cleaner');
        // The module registers itself once per test run; a fresh page gets the same API again.
        loadedApi ??= scope[CLEANER_GLOBAL];
        scope[CLEANER_GLOBAL] ??= loadedApi;
        return [{ frameId: 0, result: scope[CLEANER_GLOBAL]?.runPending() }];
      }
      trips.push('func');
      return [{ frameId: 0, result: injection.func?.(...(injection.args ?? [])) }];
    },
  };
  const run = createCleanerBridge(scripting as unknown as Parameters<typeof createCleanerBridge>[0], async () => location.href);
  return { trips, run };
}

describe('a read left waiting for the cleaner', () => {
  it('is answered by the injection: two trips on a first click, one after', async () => {
    document.body.innerHTML = '<article><h1>Harbour</h1><p>A paragraph of the story.</p></article>';
    const tab = fakeTab();
    const first = await tab.run(1, 'extract', { force: true, keep: [], detected: null });
    expect(tab.trips).toEqual(['func', 'files']);
    expect(['article', 'failed']).toContain(first.status);
    expect(scope[PENDING_GLOBAL]).toBeUndefined();
    expect(await tab.run(1, 'extract', { force: true, keep: [], detected: null })).toEqual(first);
    expect(tab.trips).toEqual(['func', 'files', 'func']);
  });

  it('never holds a call that changes the page: hiding the clutter in a fresh page asks again after loading', async () => {
    delete scope[CLEANER_GLOBAL];
    const tab = fakeTab();
    expect(await tab.run(1, 'hide', { keep: [] })).toMatchObject({ hidden: true });
    expect(tab.trips).toEqual(['func', 'files', 'func']);
    expect(scope[PENDING_GLOBAL]).toBeUndefined();
  });

  it('refuses a waiting call that is not a read, whoever left it there', () => {
    scope[PENDING_GLOBAL] = { t1: { name: 'hide', request: { keep: [] } } };
    expect(scope[CLEANER_GLOBAL]?.runPending()).toEqual({ t1: { ok: false, missing: false, message: 'Not a call that waits' } });
    expect(scope[PENDING_GLOBAL]).toBeUndefined();
  });

  it('is run by the footer that build.mjs puts at the end of cleaner.js', () => {
    const build = readFileSync('build.mjs', 'utf8');
    expect(build).toContain(`const CLEANER_FOOTER = ';globalThis.${CLEANER_GLOBAL}?.runPending();';`);
  });
});

describe("the detector's verdict, sent with the read", () => {
  const story = '<article><h1>Harbour</h1><p>The harbour master counted the boats that came in before the storm, one by one, as she has done every autumn since the quay was rebuilt.</p><p>Nobody was hurt, she said.</p></article>';
  const said = (isArticle: boolean, url = location.href) => ({ url, verdict: { isArticle, score: isArticle ? 4.56 : -4.56, signals: [{ name: 'prior', weight: -1 }] } });

  it('is taken when it says article about the page where the cleaner runs: the page is not judged again', async () => {
    document.body.innerHTML = story;
    const outcome = await fakeTab().run(1, 'extract', { force: false, keep: [], detected: said(true) });
    expect(outcome).toMatchObject({ status: 'article', verdict: said(true).verdict });
  });

  it('is left for a judgement of its own when it names another address or says no', async () => {
    document.body.innerHTML = story;
    const tab = fakeTab();
    for (const detected of [said(true, 'https://news.example/another-story'), said(false), null]) {
      const outcome = await tab.run(1, 'extract', { force: true, keep: [], detected });
      expect(outcome.status).toBe('article');
      if (outcome.status === 'article') expect(Math.abs(outcome.verdict.score)).not.toBe(4.56);
    }
  });

  it('may be missing, as Chromium delivers a null field (it drops them): the page is judged then', () => {
    document.body.innerHTML = story;
    const answer = scope[CLEANER_GLOBAL]?.run({ name: 'extract', request: { force: true, keep: [] } });
    expect(answer).toMatchObject({ ok: true, value: { status: 'article' } });
  });

  it('must be a verdict: a call carrying anything else is refused', async () => {
    document.body.innerHTML = story;
    const call = { name: 'extract', request: { force: true, keep: [], detected: { url: location.href, verdict: { isArticle: true } } } };
    expect(scope[CLEANER_GLOBAL]?.run(call)).toEqual({ ok: false, missing: false, message: 'Unknown cleaner call' });
  });
});
