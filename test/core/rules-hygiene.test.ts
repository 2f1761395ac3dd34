// The format of the rule tables (src/core/rules/), checked entry by entry as darkreader checks its config
// files: a rule that cannot fire, or fires twice, is caught here rather than on a user's page. The
// checker itself is tested on broken samples, so the table tests cannot pass by checking nothing.
// That every rule fires on some fixture page is checked by test/core/fixtures.test.ts.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { classWords, compileRules, normalizeLabel, tokenRule } from '../../src/core/clean/compile-rules';
import { parseSimpleSelector } from '../../src/core/clean/simple-selector';
import { allRules, generalRules, rulesForUrl } from '../../src/core/rules/all-rules';
import type { ClutterRule, SiteRules } from '../../src/core/rules/rule-types';
import { siteRules } from '../../src/core/rules/sites/site-rules';
import { REMOVAL_CATEGORIES } from '../../src/core/types';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const doc = new JSDOM('<body></body>').window.document;

function phrasesOf(rule: ClutterRule): Array<[string, string]> {
  return [rule.match.labels, rule.match.headings].flatMap((phrases) =>
    Object.entries(phrases ?? {}).flatMap(([lang, list]) => list.map((phrase): [string, string] => [lang, phrase])),
  );
}

/** Whether a lone element carrying `token` as its class is matched by the rule's token list. */
function tokenFires(rule: ClutterRule, token: string): boolean {
  const element = doc.createElement('div');
  element.className = token;
  return tokenRule(compileRules([rule]), element, () => true)?.rule === rule;
}

/** What is wrong with one rule's data ([] when nothing is). */
function ruleProblems(rule: ClutterRule): string[] {
  const problems: string[] = [];
  const say = (what: string): void => void problems.push(`${rule.id}: ${what}`);
  if (!KEBAB.test(rule.id)) say('id is not kebab-case');
  if (!(REMOVAL_CATEGORIES as readonly string[]).includes(rule.category)) say(`unknown category ${rule.category}`);
  if (!rule.reason.trim()) say('empty reason');
  if (rule.maxChars !== undefined && !(Number.isInteger(rule.maxChars) && rule.maxChars > 0)) say('maxChars is not a positive integer');
  const { selectors = [], tokens = [], labels = {}, headings = {}, patterns = [] } = rule.match;
  const given = [rule.match.selectors, rule.match.tokens, rule.match.patterns, ...Object.values(labels), ...Object.values(headings)]
    .filter((list) => list !== undefined);
  if (given.every((list) => list.length === 0)) say('matches nothing');
  else if (given.some((list) => list.length === 0)) say('has an empty list');
  for (const selector of selectors) {
    try {
      doc.querySelector(selector);
    } catch {
      say(`selector ${selector} does not parse`);
      continue;
    }
    // The hand matcher takes every selector in one walk; a complex one would cost a selector-engine pass.
    if (!parseSimpleSelector(selector)) say(`selector ${selector} is too complex for the hand matcher`);
  }
  for (const token of tokens) {
    if (!KEBAB.test(token)) say(`token ${token} is not lowercase kebab-case`);
    else if (classWords(token).flat().join('') !== token.replace(/-/g, '')) say(`token ${token} loses letters when split as a class name`);
    else if (!tokenFires(rule, token)) say(`token ${token} never matches a class spelled like it`);
  }
  for (const lang of [...Object.keys(labels), ...Object.keys(headings)]) if (!/^(?:[a-z]{2}|mul)$/.test(lang)) say(`language ${lang} is not a two-letter code (or mul, ISO 639's code for lists in many languages)`);
  for (const [lang, phrase] of phrasesOf(rule)) {
    if (!normalizeLabel(phrase)) say(`${lang} phrase "${phrase}" is empty`);
    // Phrases are compared normalised: written otherwise, the table shows what is not compared.
    else if (normalizeLabel(phrase) !== phrase) say(`${lang} phrase "${phrase}" is not written as compared ("${normalizeLabel(phrase)}")`);
    if (phrase.length > 60) say(`${lang} phrase "${phrase}" is longer than a label`);
  }
  if (Array.isArray(rule.takesBox)) {
    const listed = new Set(Object.values(labels).flat());
    for (const call of rule.takesBox) if (!listed.has(call)) say(`takesBox call "${call}" is not one of the rule's labels`);
  }
  for (const re of patterns) {
    if (!re.source.startsWith('^') || !re.source.endsWith('$')) say(`pattern ${re} is not anchored at both ends`);
    // RegExp.test with g or y keeps lastIndex between pages: every other call would miss.
    if (re.global || re.sticky) say(`pattern ${re} has a g or y flag`);
  }
  return problems;
}

/** What is wrong with one per-site entry ([] when nothing is). */
function siteProblems(site: SiteRules): string[] {
  const problems = site.rules.flatMap(ruleProblems);
  if (site.hosts.length === 0) problems.push('a site entry without hosts');
  if (site.rules.length === 0) problems.push(`${site.hosts.join(', ')}: no rules`);
  for (const host of site.hosts) {
    if (!/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host)) problems.push(`host ${host} is not a bare lower-case host name`);
    if (host.startsWith('www.')) problems.push(`host ${host}: write it without www. (subdomains are covered)`);
  }
  return problems;
}

/** Entries that would be shadowed: the matcher keeps the first rule for a token or phrase. */
function duplicates(rules: readonly ClutterRule[]): string[] {
  const owners = new Map<string, string>();
  const found: string[] = [];
  const claim = (key: string, id: string): void => {
    const owner = owners.get(key);
    if (owner !== undefined) found.push(`${key} in ${owner} and ${id}`);
    else owners.set(key, id);
  };
  for (const rule of rules) {
    claim(`id ${rule.id}`, rule.id);
    for (const token of new Set(rule.match.tokens ?? [])) claim(`token ${token}`, rule.id);
    for (const selector of new Set(rule.match.selectors ?? [])) claim(`selector ${selector}`, rule.id);
    for (const phrase of new Set(Object.values(rule.match.labels ?? {}).flat())) claim(`label ${phrase}`, rule.id);
    for (const phrase of new Set(Object.values(rule.match.headings ?? {}).flat())) claim(`heading ${phrase}`, rule.id);
  }
  return found;
}

const GOOD: ClutterRule = {
  id: 'sample-rule',
  category: 'promo',
  match: { tokens: ['promo-x', 'qc-cmp2'], selectors: ['[data-promo]'], labels: { en: ['buy now'] }, patterns: [/^buy .{0,9}$/i] },
  reason: 'a sample',
};

describe('the rule format check', () => {
  it('passes a well-formed rule', () => {
    expect(ruleProblems(GOOD)).toEqual([]);
  });

  it('catches each kind of mistake', () => {
    const broken = (change: Partial<ClutterRule>): string[] => ruleProblems({ ...GOOD, ...change });
    expect(broken({ id: 'Sample_Rule' })).toEqual(['Sample_Rule: id is not kebab-case']);
    expect(broken({ category: 'adverts' as never })).toEqual(['sample-rule: unknown category adverts']);
    expect(broken({ reason: ' ' })).toEqual(['sample-rule: empty reason']);
    expect(broken({ maxChars: 0 })).toEqual(['sample-rule: maxChars is not a positive integer']);
    expect(broken({ match: {} })).toEqual(['sample-rule: matches nothing']);
    expect(broken({ match: { tokens: ['promo-x'], selectors: [] } })).toEqual(['sample-rule: has an empty list']);
    expect(broken({ match: { selectors: ['p >> q'] } })).toEqual(['sample-rule: selector p >> q does not parse']);
    expect(broken({ match: { selectors: ['div > p.x'] } })).toEqual(['sample-rule: selector div > p.x is too complex for the hand matcher']);
    expect(broken({ match: { tokens: ['shareBar'] } })).toEqual(['sample-rule: token shareBar is not lowercase kebab-case']);
    expect(broken({ match: { labels: { english: ['buy now'] } } })).toEqual(['sample-rule: language english is not a two-letter code (or mul, ISO 639\'s code for lists in many languages)']);
    expect(broken({ match: { labels: { en: ['Buy now:'] } } })).toEqual(['sample-rule: en phrase "Buy now:" is not written as compared ("buy now")']);
    expect(broken({ match: { labels: { en: ['…'] } } })).toEqual(['sample-rule: en phrase "…" is empty']);
    expect(broken({ match: { patterns: [/buy/i] } })).toEqual(['sample-rule: pattern /buy/i is not anchored at both ends']);
    expect(broken({ match: { patterns: [/^buy$/g] } })).toEqual(['sample-rule: pattern /^buy$/g has a g or y flag']);
    expect(broken({ takesBox: ['buy now', 'Buy now'] })).toEqual(['sample-rule: takesBox call "Buy now" is not one of the rule\'s labels']);
  });

  it('catches a token, phrase or id that a second rule repeats (only the first would fire)', () => {
    expect(duplicates([GOOD, { ...GOOD, id: 'other', match: { tokens: ['promo-x'], labels: { de: ['buy now'] } } }]))
      .toEqual(['token promo-x in sample-rule and other', 'label buy now in sample-rule and other']);
    expect(duplicates([GOOD, GOOD])).toContain('id sample-rule in sample-rule and sample-rule');
  });

  it('catches bad site entries', () => {
    expect(siteProblems({ hosts: ['example.com', 'news.example.co.uk'], rules: [GOOD] })).toEqual([]);
    expect(siteProblems({ hosts: ['https://example.com/', 'www.example.com', 'Example.com'], rules: [GOOD] })).toHaveLength(3);
    expect(siteProblems({ hosts: [], rules: [] })).toEqual(['a site entry without hosts', ': no rules']);
  });
});

describe('rule tables', () => {
  const all = allRules();

  it('hold the general rules, each well-formed', () => {
    expect(generalRules.length).toBeGreaterThanOrEqual(10);
    expect(all.flatMap(ruleProblems)).toEqual([]);
  });

  it('give every id, token, selector and phrase to one rule only', () => {
    expect(duplicates(all)).toEqual([]);
  });

  it('hold well-formed site entries (none yet: a quirk goes there only when no general rule can say it)', () => {
    expect(siteRules.flatMap(siteProblems)).toEqual([]);
  });

  it('compile into one matcher with no selector-engine pass', () => {
    const compiled = compileRules(generalRules);
    expect(compiled.labels.get('advertisement')?.rule.id).toBe('ad-label');
    expect(compiled.selector).toBeNull();
    expect(compiled.simple.length).toBeGreaterThan(5);
  });
});

describe('rulesForUrl', () => {
  const quirk: SiteRules = { hosts: ['example.com'], rules: [GOOD] };

  it("adds a site's rules on the site and its subdomains only", () => {
    expect(rulesForUrl('https://example.com/a', [quirk])).toContain(GOOD);
    expect(rulesForUrl('https://news.example.com/a', [quirk])).toContain(GOOD);
    expect(rulesForUrl('https://badexample.com/a', [quirk])).toBe(generalRules);
    expect(rulesForUrl('not a url', [quirk])).toBe(generalRules);
    expect(rulesForUrl('https://example.com/a')).toBe(generalRules);
  });
});
