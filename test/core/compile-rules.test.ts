import { describe, expect, it } from 'vitest';
import { classWords, compileRules, labelRule, normalizeLabel, MAX_LABEL_CHARS } from '../../src/core/clean/compile-rules';
import type { ClutterRule } from '../../src/core/rules/rule-types';

const accept = (): boolean => true;

describe('normalizeLabel', () => {
  it('spells in Latin a word that mixes Latin letters with Cyrillic look-alikes', () => {
    // "Аdvеrtіѕе wіth thе": А, е, і, ѕ are Cyrillic (a house ad written to slip past filters, traf 0003)
    expect(normalizeLabel('\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 Daily Ledger')).toBe('advertise with the daily ledger');
  });

  it('leaves Cyrillic words and Cyrillic labels as they are', () => {
    expect(normalizeLabel('Все права защищены')).toBe('все права защищены');
    expect(normalizeLabel('Реклама iPhone')).toBe('реклама iphone');
  });

  it('skips the pictographs and arrows a page sets before a label', () => {
    expect(normalizeLabel('📌 LEIA TAMBÉM:')).toBe('leia também');
    expect(normalizeLabel('➡️ Siga o canal no WhatsApp')).toBe('siga o canal no whatsapp');
    expect(normalizeLabel('▶ 관련기사')).toBe('관련기사');
  });
});

describe('classWords', () => {
  it("splits a name's words, but keeps a minified name whole: its capitals are no word boundaries", () => {
    expect(classWords('adSlot shareBar related_articles ad-300x250')).toEqual([['ad', 'slot'], ['share', 'bar'], ['related', 'articles'], ['ad', '300x', '250']]);
    expect(classWords('hvbAAd kAdYe')).toEqual([['hvbaad'], ['kadye']]);
  });
});

describe('labelRule and patternChars', () => {
  const notice = 'this notice runs on ' + 'and on '.repeat(30) + 'to its end';
  const rules: ClutterRule[] = [
    { id: 'short-pattern', category: 'residue', match: { patterns: [/^this notice runs on .*$/] }, reason: 'test' },
    { id: 'long-pattern', category: 'residue', match: { patterns: [/^this notice runs on .*to its end$/] }, patternChars: 400, reason: 'test' },
    { id: 'a-label', category: 'residue', match: { labels: { en: [notice] } }, reason: 'test' },
  ];
  const compiled = compileRules(rules);

  it('tries a pattern on a block longer than a label only when its rule allows that length', () => {
    expect(notice.length).toBeGreaterThan(MAX_LABEL_CHARS);
    expect(labelRule(compiled, notice, accept)?.rule.id).toBe('long-pattern');
    expect(labelRule(compiled, `${notice} ${'x'.repeat(400)}`, accept)).toBeNull();
  });

  it('still tries every pattern, in table order, on a short block', () => {
    expect(labelRule(compiled, 'this notice runs on to its end', accept)?.rule.id).toBe('short-pattern');
  });
});
