import { describe, expect, it } from 'vitest';
import { dispatchMessage, makeEnvelope, ReplyFailure, sendMessage } from '../../src/messages';
import type { Handlers } from '../../src/messages';

import type { PageFacts } from '../../src/core/detect-facts';

const measure: PageFacts = {
  counts: { a: 3 }, paragraphs: [[200, 0]], buttons: [], jsonLd: [], itemTypes: [], metas: [['og:type', 'article']], canonical: null,
};
const verdict = { isArticle: true, score: 4, signals: [{ name: 'og:type article', weight: 2 }] };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    reportVerdict: async () => null,
    getTabState: async ({ tabId }) => ({ isArticle: true, score: 1, url: `https://x.test/${tabId}`, signals: [] }),
    noteVerdict: async () => {
      throw new ReplyFailure('restricted', 'Not here.');
    },
    setClutter: async () => ({ hidden: true, count: 2, remembered: false, host: 'x.test' }),
    openReader: async () => ({ readerTabId: 9 }),
    setSiteChoice: async () => ({ host: 'x.test', alwaysHideClutter: false, neverRun: true, autoOpenReader: false }),
    ...overrides,
  };
}

describe('dispatchMessage', () => {
  it('routes a message to its handler and wraps the value', async () => {
    const reply = await dispatchMessage(handlers(), makeEnvelope('getTabState', { tabId: 3 }), {});
    expect(reply).toEqual({ ok: true, value: expect.objectContaining({ url: 'https://x.test/3' }) });
  });

  it('leaves messages that are not ours unanswered', () => {
    expect(dispatchMessage(handlers(), { greeting: 'hi' }, {})).toBeUndefined();
    expect(dispatchMessage(handlers(), 'string', {})).toBeUndefined();
  });

  it('answers unknown names and malformed requests with bad-request, never a throw', async () => {
    const unknown = await dispatchMessage(handlers(), { channel: 'tidy-reader', name: 'toString', request: {} }, {});
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    const malformed = await dispatchMessage(handlers(), { channel: 'tidy-reader', name: 'getTabState', request: { tabId: '3' } }, {});
    expect(malformed).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    const badChoice = await dispatchMessage(handlers(), { channel: 'tidy-reader', name: 'setSiteChoice', request: { tabId: 1, choice: 'constructor', value: true } }, {});
    expect(badChoice).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    const goodChoice = await dispatchMessage(handlers(), makeEnvelope('setSiteChoice', { tabId: 1, choice: 'neverRun', value: true }), {});
    expect(goodChoice).toMatchObject({ ok: true, value: { neverRun: true } });
    for (const bad of [
      { isArticle: 'yes' }, { failure: { name: 1 } }, { ...measure, counts: { a: 'many' } }, { ...measure, counts: { a: Infinity } },
      { ...measure, paragraphs: [[200]] }, { ...measure, paragraphs: [['200', 0]] }, { ...measure, buttons: [1] }, { ...measure, jsonLd: 'x' },
      { ...measure, itemTypes: undefined }, { ...measure, metas: [['og:type', 1]] }, { ...measure, canonical: 1 },
      { ...measure, headline: { nearby: [1], bylineNear: false, timeNear: false } }, { ...measure, headline: { nearby: [], bylineNear: 'yes', timeNear: false } },
    ]) {
      const badMeasure = await dispatchMessage(
        handlers(),
        makeEnvelope('reportVerdict', { url: 'https://x.test/', measure: bad as never }),
        { tabId: 1 },
      );
      expect(badMeasure, JSON.stringify(bad)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    }
    const failure = { failure: { name: 'no-body', weight: 0, detail: 'the document has no body' } };
    const declared: PageFacts = {
      ...measure, metas: [['og:url', 'https://x.test/2025/03/12/story'], ['description', null]], canonical: '/a', headline: { nearby: ['by Jo Smith'], bylineNear: true, timeNear: false },
    };
    for (const good of [measure, failure, declared]) {
      const reply = await dispatchMessage(handlers(), makeEnvelope('reportVerdict', { url: 'https://x.test/', measure: good }), { tabId: 1 });
      expect(reply, JSON.stringify(good)).toMatchObject({ ok: true });
    }
    // The table's specs are exact: an unknown field, an array or a wrong optional field is refused too.
    for (const request of [{ tabId: 1, extra: true }, [{ tabId: 1 }], { tabId: 1, print: 'yes' }]) {
      const reply = await dispatchMessage(handlers(), { channel: 'tidy-reader', name: 'openReader', request }, {});
      expect(reply, JSON.stringify(request)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    }
    expect(await dispatchMessage(handlers(), makeEnvelope('openReader', { tabId: 1, print: true }), {})).toMatchObject({ ok: true });
  });

  it('turns a ReplyFailure into its kind and any other throw into internal', async () => {
    const restricted = await dispatchMessage(handlers(), makeEnvelope('noteVerdict', { tabId: 1, url: 'https://x.test/', verdict }), {});
    expect(restricted).toEqual({ ok: false, error: { kind: 'restricted', message: 'Not here.' } });
    const crashing = handlers({
      openReader: async () => {
        throw new TypeError('boom');
      },
    });
    expect(await dispatchMessage(crashing, makeEnvelope('openReader', { tabId: 1 }), {})).toEqual({
      ok: false,
      error: { kind: 'internal', message: 'boom' },
    });
  });

  it('passes the sender on', async () => {
    const seen: unknown[] = [];
    const h = handlers({
      reportVerdict: async (_request, sender) => {
        seen.push(sender);
        return null;
      },
    });
    await dispatchMessage(h, makeEnvelope('reportVerdict', { url: 'https://x.test/', measure }), { tabId: 4, frameId: 0 });
    expect(seen).toEqual([{ tabId: 4, frameId: 0 }]);
  });
});

describe('sendMessage', () => {
  it('round-trips through dispatchMessage', async () => {
    const h = handlers();
    const reply = await sendMessage((m) => dispatchMessage(h, m, {}) ?? Promise.resolve(undefined), 'openReader', { tabId: 2 });
    expect(reply).toEqual({ ok: true, value: { readerTabId: 9 } });
  });

  it('resolves to an error when the transport throws or the reply is not a Reply', async () => {
    const thrown = await sendMessage(() => {
      throw new Error('Extension context invalidated.');
    }, 'getTabState', { tabId: 1 });
    expect(thrown).toEqual({ ok: false, error: { kind: 'internal', message: 'Extension context invalidated.' } });
    const rejected = await sendMessage(() => Promise.reject(new Error('no receiver')), 'getTabState', { tabId: 1 });
    expect(rejected.ok).toBe(false);
    const garbage = await sendMessage(async () => undefined, 'getTabState', { tabId: 1 });
    expect(garbage).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});
