// Text measures that must hold in every script: the Turkish dotted capital I when lower-cased, and
// paragraph lengths in Chinese, Japanese and Korean counted in Latin letters' worth.
import { describe, expect, it } from 'vitest';
import { foldDottedI } from '../../src/core/text';
import { textWeight } from '../../src/core/detect-facts';
import { normalizeLabel } from '../../src/core/clean/compile-rules';
import { phraseKey } from '../../src/core/related-dom';
import { READER_MIN_CHARS, readerCharThreshold } from '../../src/core/reader-threshold';

describe('foldDottedI', () => {
  it('folds the combining dot that lower-casing "İ" leaves', () => {
    expect('İLGİLİ HABERLER'.toLowerCase()).not.toBe('ilgili haberler');
    expect(foldDottedI('İLGİLİ HABERLER'.toLowerCase())).toBe('ilgili haberler');
    expect(foldDottedI('plain text')).toBe('plain text');
  });
  it('is applied by both label comparisons', () => {
    expect(normalizeLabel('  YORUMLAR: ')).toBe('yorumlar');
    expect(normalizeLabel('İLGİLİ HABERLER')).toBe('ilgili haberler');
    expect(phraseKey('İlgili Haberler »')).toBe('ilgili haberler');
    expect(normalizeLabel('暂无评论！')).toBe('暂无评论');
    expect(phraseKey('相关阅读：')).toBe('相关阅读');
  });
});

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

describe('readerCharThreshold', () => {
  it('keeps Readability\'s minimum for text in spaced scripts', () => {
    expect(readerCharThreshold('A plain English page, with its menu and its story.')).toBe(READER_MIN_CHARS);
    expect(readerCharThreshold('Быстрая коричневая лиса')).toBe(READER_MIN_CHARS);
    expect(readerCharThreshold('')).toBe(READER_MIN_CHARS);
  });
  it('lowers it by the share of Chinese, Japanese or Korean text', () => {
    expect(readerCharThreshold('新工場は富山県射水市の工業団地に建設する。')).toBeLessThan(200);
    expect(readerCharThreshold('학생 7명 학교 지켜라')).toBeLessThan(READER_MIN_CHARS);
    // A few CJK words in a Latin page's language menu barely move it.
    expect(readerCharThreshold(`${'word '.repeat(400)}中文 日本語`)).toBeGreaterThan(490);
  });
});
