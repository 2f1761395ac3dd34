import { describe, expect, it } from 'vitest';
import { sameTitle } from '../../src/core/clean/same-title';

describe('sameTitle', () => {
  it('takes curly and straight quotes, dashes and spacing for the same', () => {
    expect(sameTitle('\u2018The river keeps the score\u2019: A ferry pilot', "'The river keeps the score': A ferry pilot")).toBe(true);
    expect(sameTitle('\u201cNo\u201d \u2014 the vote\u00a0explained', '"No" - the  vote explained')).toBe(true);
    expect(sameTitle('Wait\u2026 what?', 'Wait... what?')).toBe(true);
  });

  it('still tells different words apart', () => {
    expect(sameTitle("'The river keeps the score'", "'The river keeps score'")).toBe(false);
    expect(sameTitle('Local News', 'local news')).toBe(false);
  });
});
