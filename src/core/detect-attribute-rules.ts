// The detector's attribute rules (ATTRIBUTE_RULES in rules/detect-signals.ts), compiled for the page
// scans of detect-scan.ts and detect-scan-queries.ts: each selector becomes a list of plain string
// tests, indexed by the attribute read first, plus one selector that finds every candidate.
//
// No regular expressions, on purpose: the detector runs on every page load, and V8 compiles each
// regular expression the first time it runs (and again to machine code the second time). Building
// the table with regular expressions cost ~1.5 ms of the page's main thread in Chromium, most of
// the detector's own time on a small page (traced with ../shared/tools/perf-detector.mjs).
//
// Nor is the table built in the page at all: compiling it there, cold, still cost ~0.6 ms per page
// load (an ablation in Chromium, issue 11). The build compiles it once (build.mjs, encodeRuleTable)
// and hands the content script the result as JSON text, which JSON.parse reads natively: decoding a
// shorter custom text in script, cold, cost 0.35 ms per page load, JSON.parse 0.06 ms (timed in a
// fresh isolated world in Chromium, issue 11). Node (CLI, bench, tests) compiles it on first use.
import { ATTRIBUTE_RULES } from './rules/detect-signals.js';

/**
 * One test of a rule selector, [attribute, op, value]: op '' is a bare [attr] (the attribute is
 * there). A tuple rather than an object, so that the table's JSON in the content script stays short.
 */
export type AttributeTest = readonly [attr: string, op: '' | '=' | '^=' | '*=' | '~=', value: string];

/**
 * A feature's rule on one attribute, [feature, first, also]: any test of `first` on that attribute,
 * and all of `also` on others. A tuple too, for the same reason.
 */
export type AttributeRule = readonly [feature: string, first: AttributeTest[], also: readonly AttributeTest[]];

export interface CompiledRules {
  byAttribute: Map<string, AttributeRule[]>;
  /** The candidates' selectors (see candidateSelectors): one list, then one apart per data-* attribute. */
  candidates: string[];
}

/** What `\s` matches in a JavaScript regular expression (WhiteSpace and LineTerminator). */
export const JS_SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const isSpace = (text: string, at: number): boolean => at < 0 || at >= text.length || JS_SPACES.includes(text.charAt(at));

/** Whether `word` stands in `text` between spaces or the ends: the test of [attr~="word"]. */
export function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isSpace(text, at - 1) && isSpace(text, at + word.length)) return true;
    if (at >= text.length) break;
  }
  return false;
}

/** Whether an attribute value passes one test (the attribute is known to be there). */
export function passes(test: AttributeTest, value: string): boolean {
  const wanted = test[2];
  switch (test[1]) {
    case '':
      return true;
    case '=':
      return value === wanted;
    case '^=':
      return value.startsWith(wanted);
    case '*=':
      return value.includes(wanted);
    case '~=':
      return hasWord(value, wanted);
  }
}

/**
 * The tests of one rule selector, written as the rule format allows (test/core/detect.test.ts):
 * `[a]`, `[a="v"]`, `[a^="v"]`, `[a*="v"]`, `[a~="v"]`, chained, values without a double quote.
 */
export function parseRuleSelector(selector: string): AttributeTest[] {
  const tests: AttributeTest[] = [];
  let at = selector.indexOf('[');
  while (at >= 0) {
    let end = at + 1;
    while (end < selector.length && !']=~^*'.includes(selector.charAt(end))) end++;
    const attr = selector.slice(at + 1, end);
    if (selector.charAt(end) === ']') {
      tests.push([attr, '', '']);
      at = selector.indexOf('[', end);
      continue;
    }
    const op = (selector.charAt(end) === '=' ? '=' : `${selector.charAt(end)}=`) as AttributeTest[1];
    const open = selector.indexOf('"', end);
    const close = selector.indexOf('"', open + 1);
    if (open < 0 || close < 0) throw new Error(`detector rule ${selector}: not a simple attribute selector`);
    tests.push([attr, op, selector.slice(open + 1, close)]);
    at = selector.indexOf('[', close);
  }
  return tests;
}

/** The rule table as encodeRuleTable writes it: the build defines it for the content script. */
declare const __TIDY_DETECT_RULE_TABLE__: string | undefined;

/**
 * The rule table as text: the candidates' selectors, each on a line, then the rules by attribute as
 * JSON (the map's entries) on the last line. The selectors stand apart, where their quotes need no escaping.
 */
export function encodeRuleTable({ byAttribute, candidates }: CompiledRules = compileRules()): string {
  return [...candidates, JSON.stringify([...byAttribute])].join('\n');
}

/** The table that encodeRuleTable wrote (exported for the test that reads it back). */
export function decodeRuleTable(text: string): CompiledRules {
  const at = text.lastIndexOf('\n');
  return { byAttribute: new Map(JSON.parse(text.slice(at + 1)) as [string, AttributeRule[]][]), candidates: text.slice(0, at).split('\n') };
}

let compiled: CompiledRules | null = null;

/** The rule table: the build's (in the content script), else compiled on first use. */
function compiledRules(): CompiledRules {
  // A string literal in the content script's bundle, so esbuild drops the compiler from it.
  compiled ??= typeof __TIDY_DETECT_RULE_TABLE__ === 'string' ? decodeRuleTable(__TIDY_DETECT_RULE_TABLE__) : compileRules();
  return compiled;
}

/** The rule table from ATTRIBUTE_RULES. */
export function compileRules(): CompiledRules {
  const byAttribute = new Map<string, AttributeRule[]>();
  // Candidate selectors by the attribute they test first (see candidateSelectors).
  const candidates = new Map<string, string[]>();
  for (const [feature, selectors] of Object.entries(ATTRIBUTE_RULES)) {
    // A feature's one-test selectors on the same attribute share one rule: one look per attribute value.
    const simple = new Map<string, AttributeRule>();
    for (const selector of selectors) {
      const [first, ...also] = parseRuleSelector(selector);
      if (!first) continue;
      const attr = first[0];
      const alike = candidates.get(attr) ?? [];
      candidates.set(attr, alike);
      // The rule's candidate: the selector itself with `~=` as `*=` (a word is also a substring). CSS
      // compares some attributes' values without regard to case (type, rel…): more candidates, no fewer.
      // The rule format (test/core/detect.test.ts) keeps values non-empty (CSS matches nothing with
      // `*=""`, the tests everything) and free of backslashes, so no value needs escaping.
      alike.push(selector.replaceAll('~="', '*="'));
      const rules = byAttribute.get(attr) ?? [];
      byAttribute.set(attr, rules);
      const shared = also.length === 0 ? simple.get(attr) : undefined;
      if (shared) {
        shared[1].push(first);
        continue;
      }
      const rule: AttributeRule = [feature, [first], also];
      if (also.length === 0) simple.set(attr, rule);
      rules.push(rule);
    }
  }
  return { byAttribute, candidates: candidateSelectors(candidates) };
}

/** Class candidates whose values share a substring of this many characters are tried behind one test of it. */
const CLASS_STEM = 4;

/**
 * The candidates' selectors, from the candidates grouped by the attribute they test first: one list,
 * then one selector apart for each data-* attribute. Chromium tries every selector of a list on every
 * element of the page (~15-25 ns each), whether the element has the attribute or not: on the
 * 50,000-element page of ../shared/tools/perf-detector.mjs the 40 rule selectors took 30-35 ms.
 * - A group behind a test of its attribute, `[href]:is(…)`, costs an element without that attribute
 *   one test instead of one per selector (25% less on that page, timed in Chromium). Not for class:
 *   nearly every element has one. Class substrings that share a stem of CLASS_STEM characters go
 *   behind a test of it instead, `[class*="comm"]:is(…)`, which few class names pass: 17 class tests
 *   per element become 9 (the class tests took half as long on the large pages, issue 11).
 * - A lone selector on an attribute that HTML does not define, such as data-*, is answered without a
 *   look at every element when no element of the page has it: 0.0 ms on that page, against ~0.6 ms
 *   as a member of the list (Chromium; attributes that HTML defines, id, href, rel…, cost as much alone).
 *   The four data-* tests were 15% of the list's time on the three large pages (issue 11).
 */
function candidateSelectors(byFirstAttribute: ReadonlyMap<string, readonly string[]>): string[] {
  const list: string[] = [];
  const apart: string[] = [];
  for (const [attr, selectors] of byFirstAttribute) {
    if (attr === 'class') list.push(...classCandidates(selectors));
    else (attr.startsWith('data-') ? apart : list).push(selectors.length > 1 ? `[${attr}]:is(${selectors})` : `${selectors}`);
  }
  // A list of selectors as text is its items joined by commas: a selector list.
  return [list.join(), ...apart];
}

/**
 * The class candidates, grouped: repeatedly, the stem that the most ungrouped lone substring tests
 * contain, behind a test of it (each member contains its stem, so no candidate is lost).
 */
function classCandidates(selectors: readonly string[]): string[] {
  const stemmed = new Map<string, string>();
  for (const selector of selectors) {
    const tests = parseRuleSelector(selector);
    const [only, ...more] = tests;
    if (only?.[1] === '*=' && more.length === 0) stemmed.set(selector, only[2]);
  }
  const out = selectors.filter((selector) => !stemmed.has(selector));
  while (stemmed.size > 0) {
    const seen = new Map<string, string[]>();
    for (const [selector, value] of stemmed) {
      for (let at = 0; at + CLASS_STEM <= value.length; at++) {
        const group = seen.get(value.slice(at, at + CLASS_STEM)) ?? [];
        if (group.at(-1) !== selector) group.push(selector);
        seen.set(value.slice(at, at + CLASS_STEM), group);
      }
    }
    let best: [string, string[]] = ['', []];
    for (const entry of seen) if (entry[1].length > best[1].length) best = entry;
    const [stem, group] = best;
    if (group.length < 2) {
      out.push(...stemmed.keys());
      break;
    }
    out.push(`[class*="${stem}"]:is(${group})`);
    for (const selector of group) stemmed.delete(selector);
  }
  return out;
}

/** Selectors that together match every element an attribute rule may match (and some more): a list, then lone ones. */
export function ruleCandidates(): string[] {
  return compiledRules().candidates;
}

/** Whether some rule reads the attribute `name` first. */
export function isRuleAttribute(name: string): boolean {
  return compiledRules().byAttribute.has(name);
}

/** Adds to `hit` the features whose rules match the element's attribute `name`, of value `value`. */
export function matchAttribute(el: Element, name: string, value: string, hit: Set<string>): void {
  for (const [feature, first, also] of compiledRules().byAttribute.get(name) ?? []) {
    if (hit.has(feature) || !first.some((test) => passes(test, value))) continue;
    const rest = also.every((test) => {
      const v = el.getAttribute(test[0]);
      return v !== null && passes(test, v);
    });
    if (rest) hit.add(feature);
  }
}
