// The Unicode ranges of the scripts that say more per character than Latin, for every measure that
// weighs or counts them (detect-facts.ts, prose.ts, text.ts). Global regular expressions: for
// `match`, `replace` and `search`, never `test` (which keeps state between calls).

/** Chinese characters (unified ideographs, extension A, compatibility ideographs) and Japanese kana. */
export const HAN_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
/** Hangul syllables. */
export const HANGUL = /[\uac00-\ud7af]/g;
/** Thai and Lao, which end a sentence with a space rather than a mark (prose.ts). */
export const THAI_LAO = /[\u0e00-\u0eff]/g;
/** HAN_KANA and HANGUL together. */
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
/**
 * A letter of a script written without spaces between words: Thai, Lao, Myanmar, Khmer, and Chinese,
 * Japanese and Korean (whose headlines hold few spaces). Not global: for `test`. A headline in them is
 * counted in characters, not words.
 */
export const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
