// @vitest-environment jsdom
import { longParagraphs } from '../../src/core/detect';
import type { PageMeasure } from '../../src/core/detect';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Scope = typeof globalThis & { chrome?: unknown; browser?: unknown; __tidyReaderDetector?: unknown };
const scope = globalThis as Scope;

async function runDetector(): Promise<void> {
  vi.resetModules();
  await import('../../src/content/detector');
  await Promise.resolve();
}

afterEach(() => {
  vi.useRealTimers();
  delete scope.chrome;
  delete scope.browser;
  // The copies of this test stand down at the next navigation: the runtime is gone.
  history.replaceState(null, '', '/');
  window.dispatchEvent(new PopStateEvent('popstate'));
  document.body.innerHTML = '';
  delete scope.__tidyReaderDetector;
});

describe('detector content script', () => {
  it('reports one verdict per URL even when injected twice', async () => {
    document.body.innerHTML = '<article><h1>Title</h1><p>Some text.</p></article>';
    const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
    scope.chrome = { runtime: { id: 'ext', sendMessage } };
    await runDetector();
    await runDetector();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage.mock.calls[0]).toEqual([
      {
        channel: 'tidy-reader',
        name: 'reportVerdict',
        request: { url: location.href, measure: expect.objectContaining({ counts: expect.any(Object), paragraphs: expect.any(Array) }) },
      },
    ]);
    // Nothing in the page's own performance timeline: a page could read it and tell the extension is there.
    expect(performance.getEntries().filter((entry) => /tidy/i.test(entry.name))).toEqual([]);
  });

  it('prefers the promise-based browser namespace when both exist (Firefox)', async () => {
    const chromeSend = vi.fn(async () => null);
    const browserSend = vi.fn(async () => null);
    scope.chrome = { runtime: { id: 'ext', sendMessage: chromeSend } };
    scope.browser = { runtime: { id: 'ext', sendMessage: browserSend } };
    await runDetector();
    expect(browserSend).toHaveBeenCalledTimes(1);
    expect(chromeSend).not.toHaveBeenCalled();
  });

  it('stands down quietly when the extension was reloaded (runtime id gone) or messaging throws', async () => {
    const sendMessage = vi.fn(async () => null);
    scope.chrome = { runtime: { sendMessage } };
    await expect(runDetector()).resolves.toBeUndefined();
    expect(sendMessage).not.toHaveBeenCalled();
    delete scope.__tidyReaderDetector;
    scope.chrome = {
      runtime: {
        id: 'ext',
        sendMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    };
    await expect(runDetector()).resolves.toBeUndefined();
  });

  describe('pages that are not done at document_idle (issue 9 item 4)', () => {
    const story = (n: number): string =>
      Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, a sentence long enough to count as prose for the detector, which wants one hundred and forty characters or more before it calls a paragraph long.</p>`).join('');
    const longParagraphsSent = (call: unknown[] | undefined): number => {
      const request = (call?.[0] as { request: { measure: PageMeasure } }).request;
      return longParagraphs(request.measure);
    };
    /** Lets the mutation observer run, then the timers. */
    const settle = async (ms: number): Promise<void> => {
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(ms);
    };

    it('judges a thin page again, once, when its story arrives later, and stops watching after', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      document.body.innerHTML = '<div id="app">Loading…</div>';
      const sendMessage = vi.fn(async () => null);
      scope.chrome = { runtime: { id: 'ext', sendMessage } };
      await runDetector();
      expect(sendMessage).toHaveBeenCalledTimes(1);
      expect(longParagraphsSent(sendMessage.mock.calls[0])).toBe(0);
      document.getElementById('app')?.insertAdjacentHTML('beforeend', `<article><h1>Late story</h1>${story(6)}</article>`);
      await settle(200);
      expect(sendMessage).toHaveBeenCalledTimes(1); // not yet quiet
      await settle(400);
      expect(sendMessage).toHaveBeenCalledTimes(2);
      expect(longParagraphsSent(sendMessage.mock.calls[1])).toBe(6);
      document.getElementById('app')?.insertAdjacentHTML('beforeend', story(6));
      await settle(20_000);
      expect(sendMessage).toHaveBeenCalledTimes(2);
    });

    it('gives up on a thin page after its time cap when too little text arrives', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      document.body.innerHTML = '<form><input type="password"></form>';
      const sendMessage = vi.fn(async () => null);
      scope.chrome = { runtime: { id: 'ext', sendMessage } };
      await runDetector();
      document.body.insertAdjacentHTML('beforeend', '<p>Wrong password.</p>');
      await settle(20_000);
      document.body.insertAdjacentHTML('beforeend', story(6));
      await settle(1_000);
      expect(sendMessage).toHaveBeenCalledTimes(1);
    });

    it('judges the new URL after a same-document navigation, once the page is quiet', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      document.body.innerHTML = `<article><h1>First</h1>${story(4)}</article>`;
      const sendMessage = vi.fn(async () => null);
      scope.chrome = { runtime: { id: 'ext', sendMessage } };
      await runDetector();
      history.pushState(null, '', '/second-story');
      window.dispatchEvent(new PopStateEvent('popstate'));
      document.body.innerHTML = `<article><h1>Second</h1>${story(8)}</article>`;
      await settle(300);
      expect(sendMessage).toHaveBeenCalledTimes(1);
      await settle(500);
      expect(sendMessage).toHaveBeenCalledTimes(2);
      expect((sendMessage.mock.calls[1] as unknown[])[0]).toMatchObject({ request: { url: `${location.origin}/second-story` } });
      expect(longParagraphsSent(sendMessage.mock.calls[1])).toBe(8);
      // The background's copy, injected on the URL change, finds the URL judged and does nothing.
      await runDetector();
      await settle(5_000);
      expect(sendMessage).toHaveBeenCalledTimes(2);
    });

    it("reads a thin page's open shadow roots", async () => {
      document.body.innerHTML = '<news-story></news-story>';
      document.querySelector('news-story')?.attachShadow({ mode: 'open' }).append(
        Object.assign(document.createElement('article'), { innerHTML: story(5) }),
      );
      const sendMessage = vi.fn(async () => null);
      scope.chrome = { runtime: { id: 'ext', sendMessage } };
      await runDetector();
      expect(longParagraphsSent(sendMessage.mock.calls[0])).toBe(5);
    });
  });
});
