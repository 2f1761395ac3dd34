// The gate in front of the label patterns may only ever skip a pattern that cannot match: checked on
// the reader of pattern sources case by case, then on every short text of every fixture page against
// all the rule tables' patterns run one by one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileRules, normalizeLabel } from '../../src/core/clean/compile-rules';
import { decodeGateTable, encodeGateTable, gateStrings, PatternGate, requiredStrings } from '../../src/core/clean/pattern-gate';
import { allRules } from '../../src/core/rules/all-rules';

const sorted = (list: string[] | null): string[] | null => (list ? [...list].sort() : null);

describe('requiredStrings', () => {
  it('spells out short alternatives and optional words whole', () => {
    expect(sorted(requiredStrings(/^(?:news )?story$/))).toEqual(['news story', 'story']);
    expect(sorted(requiredStrings(/^(?:sign up|subscribe) (?:now|today)$/))).toEqual(['sign up now', 'sign up today', 'subscribe now', 'subscribe today']);
  });

  it('keeps the longest fixed run around classes and open repeats', () => {
    expect(requiredStrings(/^\d+ min(?:ute)?s? read$/)).toEqual([' min read', ' mins read', ' minute read', ' minutes read']);
    expect(requiredStrings(/^[^.!?]{1,60} is free to read$/u)).toEqual([' is free to read']);
  });

  it('reads small classes as their members and large ones as any character', () => {
    expect(sorted(requiredStrings(/^photo[:/] (?:ap|afp)$/))).toEqual(['photo/ afp', 'photo/ ap', 'photo: afp', 'photo: ap']);
    expect(requiredStrings(/^[a-z]+$/)).toBeNull();
  });

  it('takes what a lookahead asks for, but nothing from a negative one', () => {
    expect(requiredStrings(/^(?=.{0,80}spotify)listen/u)).toEqual(['spotify']);
    expect(requiredStrings(/^(?<!\p{L})ad$/u)).toEqual(['ad']);
  });

  it('writes a case-insensitive pattern in lower case, and asks nothing of a letter whose case it cannot spell', () => {
    expect(requiredStrings(/^Photo: AP$/i)).toEqual(['photo: ap']);
    expect(requiredStrings(/^É$/i)).toBeNull();
  });

  it('asks for nothing when a branch or a repeat can match anything', () => {
    expect(requiredStrings(/^(?:advert|.*)$/)).toBeNull();
    expect(requiredStrings(/(ab)\1/)).toEqual(['ab']);
    expect(requiredStrings(/(?:promo)*/)).toBeNull();
    expect(requiredStrings(/(?:promo)+!/)).toEqual(['promo']);
  });
});

describe('gateStrings and the build\'s table', () => {
  it('looks for the starts of the required strings, none that holds another, a letter outside ASCII weighing two', () => {
    expect(gateStrings(/^(?:sign up for our newsletter|sign up|subscribe to our newsletter)$/)).toEqual(['sign up', 'subscrib']);
    expect(gateStrings(/^реклама партнёра$/u)).toEqual(['рекл']);
    expect(gateStrings(/^\d+$/)).toBeNull();
  });

  it('gives every rule pattern, read back from the table, the strings read from its source', () => {
    const table = decodeGateTable(encodeGateTable());
    const patterns = allRules().flatMap((rule) => rule.match.patterns ?? []);
    expect(table.size).toBe(new Set(patterns).size);
    for (const re of patterns) expect(table.get(re), String(re)).toEqual(gateStrings(re));
  });

  it('refuses a table that does not fit the rules', () => {
    expect(() => decodeGateTable('advertis')).toThrow(/rows/);
  });
});

describe('PatternGate', () => {
  it('lists the patterns whose strings a text holds, in table order, and the unreadable ones always', () => {
    const gate = new PatternGate([/^advertisement$/, /^(?:a|.*)$/, /sponsored by/, /^x$/]);
    expect(gate.alwaysTried).toBe(1);
    expect(gate.candidates('sponsored by acme, advertisement')).toEqual([0, 1, 2]);
    expect(gate.candidates('the council met')).toEqual([1]);
    expect(gate.candidates('x')).toEqual([1, 3]);
  });

  it('lets a case-folding pattern through on a text holding a long s, which /s/iu matches', () => {
    const gate = new PatternGate([/^sponsored$/iu]);
    expect(/^sponsored$/iu.test('ſponsored')).toBe(true);
    expect(gate.candidates('ſponsored')).toEqual([0]);
  });

  it('never drops a pattern that matches, on every short text of every fixture page', () => {
    const compiled = compileRules(allRules());
    const patterns = compiled.patterns.map((p) => p.re);
    const gate = compiled.patternGate;
    const root = join(__dirname, '../fixtures');
    const texts = new Set<string>();
    for (const name of readdirSync(root)) {
      let html: string;
      try {
        html = readFileSync(join(root, name, 'page.html'), 'utf8');
      } catch {
        continue;
      }
      const { document } = new JSDOM(html).window;
      for (const element of Array.from(document.body?.querySelectorAll('*') ?? [])) {
        const text = normalizeLabel(element.textContent ?? '');
        if (text && text.length <= compiled.maxPatternChars) texts.add(text);
      }
    }
    let matches = 0;
    const missed: string[] = [];
    for (const text of texts) {
      const candidates = new Set(gate?.candidates(text));
      patterns.forEach((re, index) => {
        if (!re.test(text)) return;
        matches++;
        if (!candidates.has(index)) missed.push(`${String(re).slice(0, 60)} on "${text}"`);
      });
    }
    expect(texts.size).toBeGreaterThan(15000);
    expect(matches).toBeGreaterThan(800);
    expect(missed).toEqual([]);
  });
});
