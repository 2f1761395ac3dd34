import { describe, expect, it } from 'vitest';
import { readAloudQuery, readAloudStart } from '../../../src/render/read-aloud/start-param';

describe('the reader URL that continues reading aloud', () => {
  it('round-trips a sentence index, and only a whole number of 0 or more', () => {
    expect(readAloudQuery(undefined)).toBe('');
    expect(readAloudStart(new URLSearchParams(`tab=3${readAloudQuery(12)}`))).toBe(12);
    expect(readAloudQuery(-4.5)).toBe('&readAloud=0');
    for (const raw of ['', '-1', '1.5', 'x', '1e3', '99999999']) expect(readAloudStart(new URLSearchParams(`readAloud=${raw}`)), raw).toBeNull();
    expect(readAloudStart(new URLSearchParams('tab=3'))).toBeNull();
  });
});
