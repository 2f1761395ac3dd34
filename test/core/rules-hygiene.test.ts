import { describe, expect, it } from 'vitest';
import { generalRules } from '../../src/core/rules/all-rules';
import { siteRules } from '../../src/core/rules/sites/site-rules';
import { compileRules, normalizeLabel } from '../../src/core/clean/compile-rules';
import { JSDOM } from 'jsdom';

const CATEGORIES = ['ad', 'promo', 'video', 'share', 'newsletter', 'cookie', 'tags', 'comments', 'author-bio', 'trending', 'related', 'navigation', 'hidden', 'residue', 'unsafe'];

describe('rule tables', () => {
  const all = [...generalRules, ...siteRules.flatMap((s) => s.rules)];

  it('have unique ids, known categories and a reason', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of all) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.reason.length).toBeGreaterThan(5);
    }
  });

  it('have valid selectors, kebab-case tokens and normalised, short phrases', () => {
    const doc = new JSDOM('<body></body>').window.document;
    for (const rule of all) {
      for (const selector of rule.match.selectors ?? []) expect(() => doc.querySelector(selector)).not.toThrow();
      for (const token of rule.match.tokens ?? []) expect(token).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const list of [...Object.values(rule.match.labels ?? {}), ...Object.values(rule.match.headings ?? {})]) {
        for (const phrase of list) {
          expect(normalizeLabel(phrase).length).toBeGreaterThan(0);
          expect(phrase.length).toBeLessThanOrEqual(60);
        }
      }
      for (const re of rule.match.patterns ?? []) expect(re.source.startsWith('^') && re.source.endsWith('$')).toBe(true);
    }
  });

  it('compile into one matcher', () => {
    const compiled = compileRules(generalRules);
    expect(compiled.labels.get('advertisement')?.id).toBe('ad-label');
    // Every selector is simple enough for the hand matcher: no slow selector-engine pass per page.
    expect(compiled.selector).toBeNull();
    expect(compiled.simple.length).toBeGreaterThan(5);
  });

  it('site rules name hosts without scheme or path', () => {
    for (const site of siteRules) for (const host of site.hosts) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});
