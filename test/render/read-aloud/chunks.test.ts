import { describe, expect, it } from 'vitest';
import { chunkText, MAX_CHUNK } from '../../../src/render/read-aloud/chunks';

describe('chunkText', () => {
  it('keeps a sentence within the limit whole', () => {
    expect(chunkText('  A short sentence.  ', 'en')).toEqual(['A short sentence.']);
    expect(chunkText('', 'en')).toEqual([]);
  });

  it('cuts a long sentence after a clause mark late enough, else at a space, never beyond the limit', () => {
    const head = 'x'.repeat(120);
    const text = `${head}, ${'word '.repeat(60)}end.`;
    const chunks = chunkText(text, 'en');
    expect(chunks[0]).toBe(`${head},`);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_CHUNK);
    expect(chunks.join(' ')).toBe(text);
  });

  it('does not cut at a clause mark so early that it leaves a stub', () => {
    const text = `Yes, ${'word '.repeat(60)}end.`;
    const chunks = chunkText(text, 'en');
    expect(chunks[0]?.length).toBeGreaterThan(MAX_CHUNK * 0.4);
    expect(chunks.join(' ')).toBe(text);
  });

  it('cuts Chinese, which has no spaces, at its commas or between words', () => {
    const clause = '我们今天在公园里散步看到了很多美丽的花朵';
    const text = `${clause}，`.repeat(15) + '结束。';
    const chunks = chunkText(text, 'zh');
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_CHUNK);
    expect(chunks[0]?.endsWith('，')).toBe(true);
    expect(chunks.join('')).toBe(text);
    const noCommas = clause.repeat(15);
    const pieces = chunkText(noCommas, 'zh');
    expect(pieces.join('')).toBe(noCommas);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_CHUNK);
  });

  it('cuts a run without any break at the limit, never inside a surrogate pair', () => {
    const text = `${'a'.repeat(MAX_CHUNK - 1)}😀${'b'.repeat(50)}`;
    const chunks = chunkText(text, undefined);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(chunk).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});
