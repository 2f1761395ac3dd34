// The checks for values from outside (src/guards.ts) and the message tables built on them (src/message-spec.ts).
import { describe, expect, it } from 'vitest';
import { isRecord, matchesFields } from '../src/guards';
import { isMessageName, isRequestFor } from '../src/message-spec';
import { CLEANER_CALLS } from '../src/content/cleaner-protocol';

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect([{}, { a: 1 }, Object.create(null)].every(isRecord)).toBe(true);
    expect([null, undefined, [], [1], 'x', 3, () => 1].some(isRecord)).toBe(false);
  });
});

describe('matchesFields', () => {
  const spec = { tabId: 'tabId', url: 'string', force: 'boolean?', choice: ['a', 'b'], n: 'number' } as const;
  const good = { tabId: 3, url: 'https://x.test/', choice: 'a', n: 1.5 };

  it('accepts an object with exactly the fields of the spec, optional ones absent or right', () => {
    expect(matchesFields(spec, good)).toBe(true);
    expect(matchesFields(spec, { ...good, force: false })).toBe(true);
    expect(matchesFields({}, {})).toBe(true);
  });

  it('refuses each way a field can be wrong', () => {
    const bad: Array<Record<string, unknown> | unknown> = [
      { ...good, tabId: -1 }, { ...good, tabId: 1.5 }, { ...good, tabId: '3' },
      { ...good, url: 7 }, { ...good, force: 'yes' }, { ...good, force: null },
      { ...good, choice: 'c' }, { ...good, choice: 'toString' }, { ...good, n: Number.NaN },
      { ...good, extra: 1 }, { tabId: 3 }, [good], null, 'x',
    ];
    for (const value of bad) expect(matchesFields(spec, value), JSON.stringify(value)).toBe(false);
    expect(matchesFields({}, { a: 1 })).toBe(false);
  });
});

describe('a message table (the cleaner calls)', () => {
  it('knows its own names only', () => {
    expect(isMessageName(CLEANER_CALLS, 'extract')).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'Extract', 3]) expect(isMessageName(CLEANER_CALLS, name)).toBe(false);
  });

  it('checks each request against the fields the table gives its name', () => {
    const keep = [{ ruleId: 'ad-label', match: 'label "advertisement"' }];
    const verdict = { isArticle: true, score: 1.2, signals: [] };
    expect(isRequestFor(CLEANER_CALLS, 'extract', { force: true, keep: [], detected: null })).toBe(true);
    expect(isRequestFor(CLEANER_CALLS, 'extract', { force: false, keep, detected: { url: 'https://news.test/a', verdict } })).toBe(true);
    // The detector's verdict is checked for its shape too. It is sent as null when there is none, and
    // Chromium drops an object's null fields on the way to the tab: absent means none as well.
    expect(isRequestFor(CLEANER_CALLS, 'extract', { force: false, keep })).toBe(true);
    expect(isRequestFor(CLEANER_CALLS, 'extract', { force: false, keep, detected: undefined })).toBe(true);
    for (const detected of [{ url: 'https://news.test/a' }, { url: 3, verdict }, { url: 'https://news.test/a', verdict: { isArticle: 'yes', score: 1, signals: [] } }]) {
      expect(isRequestFor(CLEANER_CALLS, 'extract', { force: false, keep, detected }), JSON.stringify(detected)).toBe(false);
    }
    expect(isRequestFor(CLEANER_CALLS, 'extract', { force: true, detected: null })).toBe(false);
    expect(isRequestFor(CLEANER_CALLS, 'extract', { keep, detected: null })).toBe(false);
    expect(isRequestFor(CLEANER_CALLS, 'extract', {})).toBe(false);
    expect(isRequestFor(CLEANER_CALLS, 'hide', { keep })).toBe(true);
    expect(isRequestFor(CLEANER_CALLS, 'hide', {})).toBe(false);
    expect(isRequestFor(CLEANER_CALLS, 'hide', null)).toBe(false);
    expect(isRequestFor(CLEANER_CALLS, 'hide', { keep: [], force: true })).toBe(false);
    // A kept-block list from outside is checked entry by entry: shape, rule id, match length.
    for (const bad of [[{ ruleId: 'Ad Label', match: 'x' }], [{ ruleId: 'ad-label', match: '' }], [{ ruleId: 'ad-label', match: 'x'.repeat(201) }], [{ ruleId: 'ad-label', match: 'x', extra: 1 }], 'x']) {
      expect(isRequestFor(CLEANER_CALLS, 'hide', { keep: bad }), JSON.stringify(bad)).toBe(false);
    }
    expect(isRequestFor(CLEANER_CALLS, 'restore', {})).toBe(true);
  });
});
