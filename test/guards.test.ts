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
    expect(isRequestFor(CLEANER_CALLS, 'extract', { force: true })).toBe(true);
    expect(isRequestFor(CLEANER_CALLS, 'extract', {})).toBe(false);
    expect(isRequestFor(CLEANER_CALLS, 'hide', {})).toBe(true);
    expect(isRequestFor(CLEANER_CALLS, 'hide', null)).toBe(false);
    expect(isRequestFor(CLEANER_CALLS, 'hide', { force: true })).toBe(false);
  });
});
