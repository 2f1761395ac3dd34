// Text measures that must hold in every script: paragraph lengths in Chinese, Japanese and Korean
// counted in Latin letters' worth.
import { describe, expect, it } from 'vitest';
import { textWeight } from '../../src/core/detect-facts';

describe('textWeight', () => {
  it('leaves text in spaced scripts at its length', () => {
    expect(textWeight('A plain English sentence.')).toBe(25);
    expect(textWeight('Быстрая коричневая лиса')).toBe(23);
  });
  it('counts a Chinese character or kana three, a Hangul syllable two', () => {
    expect(textWeight('步行桥顺利合龙。')).toBe(7 * 3 + 1);
    expect(textWeight('ひらがなカタカナ')).toBe(8 * 3);
    expect(textWeight('자전거길 열린다')).toBe(7 * 2 + 1);
    expect(textWeight('12㎞ 자전거')).toBe(7 + 3);
  });
});
