// Turns the rule table (data) into lookup structures, so one walk of the page evaluates every rule.
import type { ClutterRule } from '../rules/rule-types';
import { elementKeys, indexKey, matchesSimple, parseSimpleSelector } from './simple-selector';
import type { SimpleSelector } from './simple-selector';
import { readableText } from '../readable-text';

export interface TokenEntry {
  words: string[];
  rule: ClutterRule;
}

export interface CompiledRules {
  /** Selectors too complex for the hand matcher, joined into one list (null when there are none). */
  selector: string | null;
  selectorRules: Array<{ selector: string; rule: ClutterRule }>;
  /** Simple selectors, checked by hand during the walk, in table order. */
  simple: Array<{ selector: SimpleSelector; rule: ClutterRule }>;
  /** indexKey -> positions in `simple`, so an element is only tested against selectors it could match. */
  simpleIndex: Map<string, number[]>;
  /** First word of a token sequence -> the sequences starting with it. */
  tokens: Map<string, TokenEntry[]>;
  labels: Map<string, ClutterRule>;
  patterns: Array<{ re: RegExp; rule: ClutterRule }>;
  headings: Map<string, ClutterRule>;
}

/** Labels longer than this are never compared: a label rule only looks at short blocks. */
export const MAX_LABEL_CHARS = 120;

/** Where each attribute's words are looked for, in order (slot 2 is the custom tag name). */
const TOKEN_ATTRIBUTES = ['class', 'id', '', 'data-testid', 'data-component'];

const compiledCache = new WeakMap<readonly ClutterRule[], CompiledRules>();
const wordCache = new Map<string, string[][]>();

/** Normalises a block's text for label comparison: lower case, single spaces, no trailing punctuation. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^[\s•·|:–—-]+/, '')
    .replace(/[\s.:!…|•·–—-]+$/, '');
}

/**
 * A generated hash rather than a word: hex digits mixing letters and digits, six or more of them, or
 * a digit followed by a letter. Page builders name blocks so (Elementor's "elementor-element-ad44488",
 * a UUID's "ad6d"), and split into words those would read "ad 44488": an ad slot, on ordinary text
 * widgets (bench pages 0013, 0022; fixture page-builder-hashes). "ad728" or "ad1" stay words.
 */
function isHash(segment: string): boolean {
  return /^[0-9a-f]+$/i.test(segment) && /\d/.test(segment) && /[a-f]/i.test(segment) && (segment.length >= 6 || /\d[a-f]/i.test(segment));
}

/** The words of one name: camelCase, snake_case, kebab-case and letter-digit boundaries split; hashes dropped. */
function nameWords(name: string): string[] {
  return name
    .split(/[^a-zA-Z0-9\u00c0-\uffff]+/)
    .filter((segment) => segment && !isHash(segment))
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .filter(Boolean);
}

/** Splits one class or id value into the word sequences of each name ("shareBar x_y" -> [[share,bar],[x,y]]). */
export function classWords(value: string): string[][] {
  const cached = wordCache.get(value);
  if (cached) return cached;
  const result: string[][] = [];
  for (const name of value.split(/\s+/)) {
    const words = name ? nameWords(name) : [];
    if (words.length) result.push(words);
  }
  if (wordCache.size > 20000) wordCache.clear();
  wordCache.set(value, result);
  return result;
}

function addPhrases(map: Map<string, ClutterRule>, phrases: Readonly<Record<string, readonly string[]>> | undefined, rule: ClutterRule): void {
  if (!phrases) return;
  for (const list of Object.values(phrases)) {
    for (const phrase of list) {
      const key = normalizeLabel(phrase);
      if (key && !map.has(key)) map.set(key, rule);
    }
  }
}

/** Compiles a rule table once (cached per table). */
export function compileRules(rules: readonly ClutterRule[]): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const compiled: CompiledRules = {
    selector: null,
    selectorRules: [],
    simple: [],
    simpleIndex: new Map(),
    tokens: new Map(),
    labels: new Map(),
    patterns: [],
    headings: new Map(),
  };
  for (const rule of rules) {
    const m = rule.match;
    for (const selector of m.selectors ?? []) {
      const simple = parseSimpleSelector(selector);
      if (simple) {
        const key = indexKey(simple);
        const list = compiled.simpleIndex.get(key) ?? [];
        list.push(compiled.simple.length);
        compiled.simpleIndex.set(key, list);
        compiled.simple.push({ selector: simple, rule });
      }
      else compiled.selectorRules.push({ selector, rule });
    }
    for (const token of m.tokens ?? []) {
      // Split as a class name is, so a token with digits matches as written ("qc-cmp2" is qc, cmp, 2).
      const words = classWords(token).flat();
      const first = words[0];
      if (!first) continue;
      const list = compiled.tokens.get(first) ?? [];
      list.push({ words, rule });
      compiled.tokens.set(first, list);
    }
    addPhrases(compiled.labels, m.labels, rule);
    addPhrases(compiled.headings, m.headings, rule);
    for (const re of m.patterns ?? []) compiled.patterns.push({ re, rule });
  }
  if (compiled.selectorRules.length) compiled.selector = compiled.selectorRules.map((s) => s.selector).join(', ');
  compiledCache.set(rules, compiled);
  return compiled;
}

/** The rule whose class/id tokens fire on this element, if any. */
export function tokenRule(compiled: CompiledRules, element: Element): ClutterRule | null {
  if (compiled.tokens.size === 0) return null;
  // Custom element names (<newsletter-promo>, <ad-slot>) and test/component hooks count as tokens too.
  const tag = element.tagName.includes('-') ? element.tagName.toLowerCase() : null;
  const values: Array<string | null> = [null, null, tag, null, null];
  // Most elements carry no attributes, and asking for absent ones one by one is not free under jsdom.
  if (element.hasAttributes()) {
    for (const name of element.getAttributeNames()) {
      const slot = TOKEN_ATTRIBUTES.indexOf(name);
      if (slot >= 0) values[slot] = element.getAttribute(name);
    }
  } else if (!tag) return null;
  for (const value of values) {
    if (!value) continue;
    for (const words of classWords(value)) {
      for (let i = 0; i < words.length; i++) {
        const entries = compiled.tokens.get(words[i] ?? '');
        if (!entries) continue;
        for (const entry of entries) {
          if (entry.words.every((w, k) => words[i + k] === w)) return entry.rule;
        }
      }
    }
  }
  return null;
}

/** The rule whose simple selector matches this element, if any. */
export function simpleSelectorRule(compiled: CompiledRules, element: Element): ClutterRule | null {
  let positions: number[] | null = null;
  for (const key of elementKeys(element)) {
    const list = compiled.simpleIndex.get(key);
    if (list) positions = positions ? positions.concat(list) : list.slice();
  }
  if (!positions) return null;
  // The first rule of the table wins, as if every selector were tried in order.
  positions.sort((a, b) => a - b);
  for (const position of positions) {
    const entry = compiled.simple[position];
    if (entry && matchesSimple(element, entry.selector)) return entry.rule;
  }
  return null;
}

/** The label or pattern rule whose phrase is this whole (already normalised) text, if any. */
export function labelRule(compiled: CompiledRules, normalized: string): ClutterRule | null {
  if (!normalized || normalized.length > MAX_LABEL_CHARS) return null;
  const exact = compiled.labels.get(normalized);
  if (exact) return exact;
  for (const { re, rule } of compiled.patterns) if (re.test(normalized)) return rule;
  return null;
}

/** The first 120 characters of an element's text, whitespace collapsed. */
export function removalText(element: Element): string {
  return readableText(element, 400).slice(0, 120);
}
