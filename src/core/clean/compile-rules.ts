// Turns the rule table (data) into lookup structures, so one walk of the page evaluates every rule.
import type { ClutterRule } from '../rules/rule-types';
import { elementKeys, indexKey, matchesSimple, parseSimpleSelector } from './simple-selector';
import type { SimpleSelector } from './simple-selector';
import { readableText } from '../readable-text';
import { foldDottedI, LEADING_MARKS, unbracket } from '../text';
import { PatternGate } from './pattern-gate';

export interface TokenEntry {
  words: string[];
  /** The token as the rule writes it ("ad-slot"). */
  token: string;
  rule: ClutterRule;
}

/** A rule that fired, and what of it matched, as a removal record names it (`class~="ad-slot"`). */
export interface RuleHit {
  rule: ClutterRule;
  match: string;
}

/** Whether a hit may remove its block: its rule is not switched off, nor this match kept by the user. */
export type AcceptHit = (rule: ClutterRule, match: string) => boolean;

export interface CompiledRules {
  /** Selectors too complex for the hand matcher, joined into one list (null when there are none). */
  selector: string | null;
  selectorRules: Array<{ selector: string; rule: ClutterRule }>;
  /** Simple selectors, checked by hand during the walk, in table order. */
  simple: Array<{ selector: SimpleSelector; source: string; rule: ClutterRule }>;
  /** indexKey -> positions in `simple`, so an element is only tested against selectors it could match. */
  simpleIndex: Map<string, number[]>;
  /** First word of a token sequence -> the sequences starting with it. */
  tokens: Map<string, TokenEntry[]>;
  /** Normalised phrase -> its rule and the phrase as the rule writes it. */
  labels: Map<string, PhraseEntry>;
  /** Each pattern with the longest block (normalised characters) it is tried on. */
  patterns: Array<{ re: RegExp; rule: ClutterRule; chars: number }>;
  /** The longest block any pattern is tried on: MAX_LABEL_CHARS, or more for a rule's patternChars. */
  maxPatternChars: number;
  /**
   * Which patterns a text may match, by the strings each one's matches must hold: the others are not
   * run, and so never compiled (compiling all of them cost a new tab's first click in Chromium 90–120 ms).
   */
  patternGate: PatternGate;
  headings: Map<string, PhraseEntry>;
}

export interface PhraseEntry {
  rule: ClutterRule;
  phrase: string;
}

/** Labels longer than this are never compared: a label rule only looks at short blocks. */
export const MAX_LABEL_CHARS = 120;

/** Where each attribute's words are looked for, in order (slot 2 is the custom tag name). */
const TOKEN_ATTRIBUTES = ['class', 'id', '', 'data-testid', 'data-component'];
/** How a token hit names where it was found, slot by slot. */
const TOKEN_SLOT_NAMES = ['class', 'id', 'tag', 'data-testid', 'data-component'];

const compiledCache = new WeakMap<readonly ClutterRule[], CompiledRules>();
const wordCache = new Map<string, string[][]>();

/** Lower-case Cyrillic letters that print like Latin ones (Cyrillic "В" looks like "B", so "в" stands for "b"). */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
};
const CYRILLIC = /[\u0400-\u052f]/;

/**
 * Latin words written partly in Cyrillic look-alikes, spelled in Latin again: a house ad that spells
 * "Аdvеrtіѕе wіth thе …" so to slip past filters (traf 0003). Only a word that mixes the two scripts
 * is touched: Cyrillic words, and Cyrillic labels, stay as they are.
 */
function foldLookalikes(text: string): string {
  if (!CYRILLIC.test(text) || !/[a-z]/.test(text)) return text;
  return text.replace(/\S+/g, (word) => (CYRILLIC.test(word) && /[a-z]/.test(word) ? word.replace(/[\u0400-\u052f]/g, (c) => LOOKALIKES[c] ?? c) : word));
}

/** Normalises a block's text for label comparison: lower case, single spaces, no trailing punctuation, no brackets around it. */
export function normalizeLabel(text: string): string {
  return foldLookalikes(
    unbracket(
      foldDottedI(
        text
          .replace(/\s+/g, ' ')
          .trim()
          .toLowerCase(),
      )
        .replace(LEADING_MARKS, '')
        .replace(/[\s.:：。！!…|•·–—-]+$/, ''),
    ),
  );
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

/**
 * The words of one name: camelCase, snake_case, kebab-case and letter-digit boundaries split; hashes
 * dropped. A minified name ("kAdYe", "hvbAAd": a compressor's letters, not words) stays whole: a split
 * that leaves a letter alone is no camelCase, and its "Ad" named no advertisement (a story's paragraph
 * classed so went as an ad).
 */
function nameWords(name: string): string[] {
  const words: string[] = [];
  for (const segment of name.split(/[^a-zA-Z0-9\u00c0-\uffff]+/)) {
    if (!segment || isHash(segment)) continue;
    const parts = segment
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/([a-zA-Z])(\d)/g, '$1 $2')
      .toLowerCase()
      .split(' ')
      .filter(Boolean);
    const camel = parts.length > 1 && /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(segment);
    if (camel && parts.some((part) => /^[a-z]$/.test(part))) words.push(segment.toLowerCase());
    else words.push(...parts);
  }
  return words;
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

function addPhrases(map: Map<string, PhraseEntry>, phrases: Readonly<Record<string, readonly string[]>> | undefined, rule: ClutterRule): void {
  if (!phrases) return;
  for (const list of Object.values(phrases)) {
    for (const phrase of list) {
      const key = normalizeLabel(phrase);
      if (key && !map.has(key)) map.set(key, { rule, phrase });
    }
  }
}

/** What a label or heading hit names: `label "advertisement"`, `heading "comments"`. */
export function phraseMatch(kind: 'label' | 'heading', phrase: string): string {
  return `${kind} "${phrase}"`;
}

/** Compiles a rule table once (cached per table). */
export function compileRules(rules: readonly ClutterRule[]): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const compiled: Omit<CompiledRules, 'patternGate'> = {
    selector: null,
    selectorRules: [],
    simple: [],
    simpleIndex: new Map(),
    tokens: new Map(),
    labels: new Map(),
    patterns: [],
    maxPatternChars: MAX_LABEL_CHARS,
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
        compiled.simple.push({ selector: simple, source: selector, rule });
      }
      else compiled.selectorRules.push({ selector, rule });
    }
    for (const token of m.tokens ?? []) {
      // Split as a class name is, so a token with digits matches as written ("qc-cmp2" is qc, cmp, 2).
      const words = classWords(token).flat();
      const first = words[0];
      if (!first) continue;
      const list = compiled.tokens.get(first) ?? [];
      list.push({ words, token, rule });
      compiled.tokens.set(first, list);
    }
    addPhrases(compiled.labels, m.labels, rule);
    addPhrases(compiled.headings, m.headings, rule);
    const chars = Math.max(MAX_LABEL_CHARS, rule.patternChars ?? 0);
    for (const re of m.patterns ?? []) compiled.patterns.push({ re, rule, chars });
    if (m.patterns?.length) compiled.maxPatternChars = Math.max(compiled.maxPatternChars, chars);
  }
  if (compiled.selectorRules.length) compiled.selector = compiled.selectorRules.map((s) => s.selector).join(', ');
  const done: CompiledRules = { ...compiled, patternGate: new PatternGate(compiled.patterns.map((p) => p.re)) };
  compiledCache.set(rules, done);
  return done;
}

/** The first accepted rule whose class/id tokens fire on this element, if any. */
export function tokenRule(compiled: CompiledRules, element: Element, accept: AcceptHit): RuleHit | null {
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
  for (let slot = 0; slot < values.length; slot++) {
    const value = values[slot];
    if (!value) continue;
    for (const words of classWords(value)) {
      for (let i = 0; i < words.length; i++) {
        const entries = compiled.tokens.get(words[i] ?? '');
        if (!entries) continue;
        for (const entry of entries) {
          if (!entry.words.every((w, k) => words[i + k] === w)) continue;
          const match = `${TOKEN_SLOT_NAMES[slot] ?? 'class'}~="${entry.token}"`;
          if (accept(entry.rule, match)) return { rule: entry.rule, match };
        }
      }
    }
  }
  return null;
}

/** The first accepted rule whose simple selector matches this element, if any. */
export function simpleSelectorRule(compiled: CompiledRules, element: Element, accept: AcceptHit): RuleHit | null {
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
    if (entry && matchesSimple(element, entry.selector) && accept(entry.rule, entry.source)) return { rule: entry.rule, match: entry.source };
  }
  return null;
}

/**
 * The accepted label or pattern rule whose phrase is this whole (already normalised) text, if any.
 * Labels are only compared on texts of at most MAX_LABEL_CHARS; a pattern on texts up to its rule's
 * patternChars.
 */
export function labelRule(compiled: CompiledRules, normalized: string, accept: AcceptHit): RuleHit | null {
  if (!normalized || normalized.length > compiled.maxPatternChars) return null;
  const exact = normalized.length <= MAX_LABEL_CHARS ? compiled.labels.get(normalized) : undefined;
  if (exact) {
    const match = phraseMatch('label', exact.phrase);
    if (accept(exact.rule, match)) return { rule: exact.rule, match };
  }
  for (const index of compiled.patternGate.candidates(normalized)) {
    const entry = compiled.patterns[index];
    if (!entry || normalized.length > entry.chars || !entry.re.test(normalized)) continue;
    const match = `pattern ${String(entry.re)}`;
    if (accept(entry.rule, match)) return { rule: entry.rule, match };
  }
  return null;
}

/** The first 120 characters of an element's text, whitespace collapsed. */
export function removalText(element: Element): string {
  return readableText(element, 400).slice(0, 120);
}
