// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

type Scope = typeof globalThis & { chrome?: unknown; browser?: unknown; __tidyReaderDetectedUrl?: string };
const scope = globalThis as Scope;

async function runDetector(): Promise<void> {
  vi.resetModules();
  await import('../../src/content/detector');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  delete scope.chrome;
  delete scope.browser;
  delete scope.__tidyReaderDetectedUrl;
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
        request: { url: location.href, measure: { features: expect.any(Array) } },
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
    delete scope.__tidyReaderDetectedUrl;
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
});
