// Which label patterns a text could match, told by plain string search before any of them runs.
//
// A browser compiles a regular expression the first time it is run, and the label patterns are 236 of
// them, 33,000 characters of source. Joined into four alternations (to tell most texts "no" in four
// tests), they cost a Chromium page that had not compiled them 23–30 ms to build and 63–90 ms at their
// first test; one by one, 28–48 ms. V8 keeps them for the renderer's next pages, so a new tab paid it
// and a reload did not. Each pattern is read here for the strings every match must hold ("sign up",
// "newsletter"); a text that holds none of them cannot match, and the pattern is neither compiled nor
// run on it. The reading is conservative: anything it does not understand asks for nothing, and that
// pattern is always tried. The build reads the rule tables' patterns (encodeGateTable) and writes the
// table into the cleaner: reading them in a cold page's interpreter would cost as much again.
import { allRules } from '../rules/all-rules';

/** What every match of a piece of a pattern holds. */
type Info =
  /** The piece matches exactly one of these strings. */
  | { exact: readonly string[] }
  /** Every match contains one of these strings (null: nothing is known). */
  | { exact: null; req: readonly string[] | null };

/** Beyond this many strings, an exact set is only kept as a requirement. */
const MAX_EXACT = 64;
/** A character class of more members than this is read as any character. */
const MAX_CLASS = 8;

const NOTHING: readonly string[] = [''];
const EMPTY: Info = { exact: NOTHING };
const UNKNOWN: Info = { exact: null, req: null };

class Unsupported extends Error {}

/** Characters that are syntax, not themselves, outside a class. */
const SPECIAL = '^$\\.*+?()[]{}|';
const QUANTIFIERS = '*+?{';

function requirement(info: Info): readonly string[] | null {
  if (!info.exact) return info.req;
  return info.exact.includes('') ? null : info.exact;
}

function shortest(list: readonly string[]): number {
  let min = Infinity;
  for (const s of list) if (s.length < min) min = s.length;
  return min;
}

/** The stronger of two requirements: the one whose shortest string is longest, then the smaller one. */
function stronger(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (!a) return b;
  if (!b) return a;
  const la = shortest(a);
  const lb = shortest(b);
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

function cross(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 1) return a[0] === '' ? b : b.map((y) => a[0] + y);
  if (b.length === 1) return b[0] === '' ? a : a.map((x) => x + b[0]);
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

function sequence(parts: readonly Info[]): Info {
  if (parts.length === 1) return parts[0] ?? EMPTY;
  let current = NOTHING;
  let best: readonly string[] | null = null;
  let exact = true;
  for (const part of parts) {
    if (part.exact && current.length * part.exact.length <= MAX_EXACT) {
      current = cross(current, part.exact);
      continue;
    }
    exact = false;
    best = stronger(best, requirement({ exact: current }));
    current = NOTHING;
    if (part.exact && part.exact.length <= MAX_EXACT) current = part.exact;
    else best = stronger(best, requirement(part));
  }
  if (exact) return { exact: current };
  return { exact: null, req: stronger(best, requirement({ exact: current })) };
}

function alternation(alternatives: readonly Info[]): Info {
  if (alternatives.length === 1) return alternatives[0] ?? EMPTY;
  const union = new Set<string>();
  if (alternatives.every((a) => a.exact)) {
    for (const a of alternatives) for (const s of a.exact ?? []) union.add(s);
    if (union.size <= MAX_EXACT) return { exact: Array.from(union) };
    union.clear();
  }
  for (const a of alternatives) {
    const req = requirement(a);
    if (!req) return UNKNOWN;
    for (const s of req) union.add(s);
  }
  return { exact: null, req: Array.from(union) };
}

function repeat(body: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return body;
  if (min === 0) {
    if (max === 1 && body.exact && body.exact.length < MAX_EXACT) return { exact: body.exact.includes('') ? body.exact : ['', ...body.exact] };
    return UNKNOWN;
  }
  if (body.exact && min === max && body.exact.length ** min <= MAX_EXACT) {
    let out = NOTHING;
    for (let i = 0; i < min; i++) out = cross(out, body.exact);
    return { exact: out };
  }
  return { exact: null, req: requirement(body) };
}

/** Reads one pattern's source; throws Unsupported on what it does not know. */
class Reader {
  private pos = 0;
  private readonly unicode: boolean;
  private readonly ignoreCase: boolean;

  constructor(private readonly source: string, flags: string) {
    this.unicode = flags.includes('u') || flags.includes('v');
    this.ignoreCase = flags.includes('i');
    if (flags.includes('v')) throw new Unsupported('v flag');
  }

  read(): Info {
    const info = this.disjunction();
    if (this.pos < this.source.length) throw new Unsupported(`stray ${this.source[this.pos]}`);
    return info;
  }

  private peek(): string | undefined {
    return this.source[this.pos];
  }

  private disjunction(): Info {
    const alternatives = [this.alternative()];
    while (this.peek() === '|') {
      this.pos++;
      alternatives.push(this.alternative());
    }
    return alternation(alternatives);
  }

  private alternative(): Info {
    const parts: Info[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const run = this.literalRun();
      if (run) {
        parts.push({ exact: [run] });
        continue;
      }
      parts.push(this.quantified(this.term()));
    }
    return sequence(parts);
  }

  /** Plain characters from here on, none of them repeated, as one string ("" when there are none). */
  private literalRun(): string {
    let run = '';
    let end = this.pos;
    for (; end < this.source.length; end++) {
      const c = this.source[end] ?? '';
      const next = this.source[end + 1];
      if (SPECIAL.includes(c) || (next !== undefined && QUANTIFIERS.includes(next))) break;
      const code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) break;
      if (this.ignoreCase && c.toLowerCase() !== c.toUpperCase()) {
        if (!/[a-zA-Z]/.test(c)) break;
        run += c.toLowerCase();
      } else run += c;
    }
    this.pos = end;
    return run;
  }

  /** One atom, or an assertion (which matches the empty string). */
  private term(): Info {
    const c = this.source[this.pos++] ?? '';
    switch (c) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return UNKNOWN;
      case '[':
        return this.characterClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case ')':
        throw new Unsupported(`stray ${c}`);
      case '{':
      case '}':
      case ']':
        if (this.unicode) throw new Unsupported(`stray ${c}`);
        return this.literal(c);
      default: {
        const code = this.source.codePointAt(this.pos - 1) ?? 0;
        if (code > 0xffff && this.unicode) {
          this.pos++;
          return this.literal(String.fromCodePoint(code));
        }
        return this.literal(c);
      }
    }
  }

  private quantified(atom: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (this.peek() === '?') this.pos++;
    return repeat(atom, min, max);
  }

  private group(): Info {
    let kind = 'capture';
    if (this.source.startsWith('?:', this.pos)) kind = 'plain';
    else if (this.source.startsWith('?=', this.pos) || this.source.startsWith('?<=', this.pos)) kind = 'look';
    else if (this.source.startsWith('?!', this.pos) || this.source.startsWith('?<!', this.pos)) kind = 'not';
    else if (this.source.startsWith('?<', this.pos)) {
      const end = this.source.indexOf('>', this.pos);
      if (end < 0) throw new Unsupported('group name');
      this.pos = end + 1;
    } else if (this.peek() === '?') throw new Unsupported('group kind');
    if (kind === 'plain' || kind === 'look' || kind === 'not') this.pos = this.source.indexOf(kind === 'plain' ? ':' : kind === 'look' ? '=' : '!', this.pos) + 1;
    const body = this.disjunction();
    if (this.source[this.pos++] !== ')') throw new Unsupported('open group');
    if (kind === 'not') return EMPTY;
    if (kind === 'look') {
      // What a lookaround asks for is in the text, though it stands beside nothing of the match.
      const req = requirement(body);
      return req ? { exact: null, req } : EMPTY;
    }
    return body;
  }

  private escape(): Info {
    const c = this.source[this.pos++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') return EMPTY;
    if (/[dDwWsSpP1-9k]/.test(c)) {
      if (c === 'p' || c === 'P') this.skipProperty();
      else if (c === 'k' && this.peek() === '<') this.pos = this.source.indexOf('>', this.pos) + 1;
      return UNKNOWN;
    }
    return this.literal(this.escapedCharacter(c));
  }

  private skipProperty(): void {
    if (!this.unicode || this.peek() !== '{') throw new Unsupported('property');
    const end = this.source.indexOf('}', this.pos);
    if (end < 0) throw new Unsupported('property');
    this.pos = end + 1;
  }

  /** The character an escape other than a class or an assertion stands for. */
  private escapedCharacter(c: string): string {
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '0':
        if (/\d/.test(this.peek() ?? '')) throw new Unsupported('octal');
        return '\0';
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.pos));
        if (!hex) throw new Unsupported('\\x');
        this.pos += 2;
        return String.fromCharCode(parseInt(hex[0], 16));
      }
      case 'u': {
        const braced = this.unicode ? /^\{([0-9a-fA-F]+)\}/.exec(this.source.slice(this.pos)) : null;
        const hex = braced ?? /^[0-9a-fA-F]{4}/.exec(this.source.slice(this.pos));
        if (!hex) throw new Unsupported('\\u');
        this.pos += hex[0].length;
        const code = parseInt(braced ? braced[1] ?? '' : hex[0], 16);
        if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported('surrogate');
        return String.fromCodePoint(code);
      }
      case 'c':
        throw new Unsupported('\\c');
      default:
        if (/[a-zA-Z]/.test(c)) throw new Unsupported(`\\${c}`);
        return c;
    }
  }

  /** One character of the pattern as it stands in the (lower-case) text, or any character if case makes it many. */
  private literal(c: string): Info {
    if (!this.ignoreCase || c.toLowerCase() === c.toUpperCase()) return { exact: [c] };
    if (/^[a-zA-Z]$/.test(c)) return { exact: [c.toLowerCase()] };
    return UNKNOWN;
  }

  private characterClass(): Info {
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const members = new Set<string>();
    let known = !negated;
    for (;;) {
      const c = this.source[this.pos++];
      if (c === undefined) throw new Unsupported('open class');
      if (c === ']') break;
      let from: string | null;
      if (c === '\\') from = this.classEscape();
      else {
        const code = this.source.codePointAt(this.pos - 1) ?? 0;
        if (code > 0xffff) {
          if (this.unicode) this.pos++;
          from = null;
        } else from = c;
      }
      if (this.peek() === '-' && this.source[this.pos + 1] !== ']' && this.source[this.pos + 1] !== undefined) {
        this.pos++;
        const d = this.source[this.pos++] ?? '';
        let to: string | null = d;
        if (d === '\\') to = this.classEscape();
        else if ((this.source.codePointAt(this.pos - 1) ?? 0) > 0xffff) {
          if (this.unicode) this.pos++;
          to = null;
        }
        if (from === null || to === null) {
          known = false;
          continue;
        }
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a >= MAX_CLASS) known = false;
        else for (let k = a; k <= b; k++) members.add(String.fromCharCode(k));
        continue;
      }
      if (from === null) known = false;
      else members.add(from);
    }
    if (!known || members.size > MAX_CLASS) return UNKNOWN;
    const out = new Set<string>();
    for (const m of members) {
      const one = this.literal(m);
      if (!one.exact) return UNKNOWN;
      for (const s of one.exact) out.add(s);
    }
    return { exact: Array.from(out) };
  }

  /** A class member written as an escape: its character, or null for a set (\d, \p{L}, …). */
  private classEscape(): string | null {
    const c = this.source[this.pos++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (/[dDwWsSpP]/.test(c)) {
      if (c === 'p' || c === 'P') this.skipProperty();
      return null;
    }
    if (c === 'b') return '\b';
    if (c === '-') return '-';
    return this.escapedCharacter(c);
  }
}

/**
 * Strings of which every match of `re` contains at least one, as they stand in a lower-case text; null
 * when nothing is known (the pattern must always be tried). Case-insensitive patterns give their
 * letters in lower case, so the text they are looked for in must be lower case too.
 */
export function requiredStrings(re: RegExp): string[] | null {
  try {
    const req = requirement(new Reader(re.source, re.flags).read());
    return req ? Array.from(new Set(req)) : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

/** The gate looks for the start of each required string, this long: a letter outside ASCII counts twice. */
const GATE_WEIGHT = 8;

/** The start of `s` that weighs at most GATE_WEIGHT. */
function gateCut(s: string): string {
  let weight = 0;
  let end = 0;
  for (; end < s.length; end++) {
    weight += s.charCodeAt(end) > 0x7f ? 2 : 1;
    if (weight > GATE_WEIGHT) break;
  }
  // Not between the halves of a surrogate pair.
  const last = s.charCodeAt(end - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/**
 * What the gate looks for in a text before it tries `re`: the starts of its required strings (a text
 * that holds a string holds its start), and none that holds another one (a text that holds it holds
 * the other). The table shrinks to a sixth; the texts let through grow by a fifth (cut at 8
 * characters: 1.27 patterns a text instead of 1.05, on the fixtures' short texts).
 */
export function gateStrings(re: RegExp): string[] | null {
  const strings = requiredStrings(re);
  if (!strings) return null;
  const cut = Array.from(new Set(strings.map(gateCut))).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const s of cut) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** The patterns of every rule table, in table order: the gate table's rows. */
function rulePatterns(): RegExp[] {
  return allRules().flatMap((rule) => rule.match.patterns ?? []);
}

/**
 * The gate strings of every rule pattern, written into the cleaner by the build: reading 236 pattern
 * sources costs 30–40 ms of script in Node, many times that in a cold page's interpreter, which would
 * undo what the gate saves. One line per pattern, its strings apart by tabs; an empty line for a
 * pattern always tried (so is one whose strings hold a tab or a line break). Plain text, not JSON:
 * in the bundle's string literal JSON's quotes and escapes were escaped again (+21 KB in all).
 */
export function encodeGateTable(): string {
  return rulePatterns()
    .map((re) => {
      const strings = gateStrings(re);
      return strings && !strings.some((s) => /[\t\n]/.test(s)) ? strings.join('\t') : '';
    })
    .join('\n');
}

/** The build's gate table, as each pattern's strings. */
export function decodeGateTable(text: string): Map<RegExp, string[] | null> {
  const rows = text.split('\n');
  const patterns = rulePatterns();
  if (rows.length !== patterns.length) throw new Error(`the gate table has ${rows.length} rows for ${patterns.length} patterns`);
  return new Map(patterns.map((re, i) => [re, rows[i] ? (rows[i] ?? '').split('\t') : null]));
}

declare const __TIDY_GATE_TABLE__: string | undefined;
let builtTable: Map<RegExp, string[] | null> | null = null;

/** A pattern's gate strings: from the build's table in the extension (a pattern not in it is always tried), else read now. */
function stringsOf(re: RegExp): string[] | null {
  // A string literal in the cleaner's bundle, and a conditional expression (an if statement is not
  // pruned so): esbuild leaves the reader of sources out of the cleaner.
  return typeof __TIDY_GATE_TABLE__ === 'string' ? (builtTable ??= decodeGateTable(__TIDY_GATE_TABLE__)).get(re) ?? null : gateStrings(re);
}

/**
 * The patterns of a list a text may match, by one pass over the text: each pattern's required strings
 * are indexed by their first two characters (or one, for a one-character string).
 */
export class PatternGate {
  private readonly always: number[] = [];
  private readonly byPair = new Map<number, Array<{ text: string; patterns: number[] }>>();
  private readonly bySingle = new Map<number, number[]>();
  /** A bit per (hashed) pair and per character code unit that starts some string: most of a text's are not looked up. */
  private readonly pairBits = new Uint8Array(1 << 16);
  private readonly singleBits = new Uint8Array(1 << 16);
  /** Patterns that fold case: a text holding "ſ" (which /s/iu matches) is not looked through for them. */
  private readonly folding: number[] = [];
  private readonly seen: Uint32Array;
  private generation = 0;

  constructor(patterns: readonly RegExp[]) {
    this.seen = new Uint32Array(patterns.length);
    patterns.forEach((re, index) => {
      const strings = stringsOf(re);
      if (!strings) {
        this.always.push(index);
        return;
      }
      if (re.flags.includes('i')) this.folding.push(index);
      for (const s of strings) {
        if (s.length === 1) {
          const list = this.bySingle.get(s.charCodeAt(0)) ?? [];
          list.push(index);
          this.bySingle.set(s.charCodeAt(0), list);
          this.singleBits[s.charCodeAt(0)] = 1;
          continue;
        }
        const key = (s.charCodeAt(0) << 16) | s.charCodeAt(1);
        this.pairBits[pairHash(s.charCodeAt(0), s.charCodeAt(1))] = 1;
        const entries = this.byPair.get(key) ?? [];
        const entry = entries.find((e) => e.text === s);
        if (entry) entry.patterns.push(index);
        else entries.push({ text: s, patterns: [index] });
        this.byPair.set(key, entries);
      }
    });
  }

  /** How many patterns are tried on every text (their requirement could not be read). */
  get alwaysTried(): number {
    return this.always.length;
  }

  /** The positions of the patterns `text` may match, in list order. */
  candidates(text: string): number[] {
    const gen = ++this.generation;
    const seen = this.seen;
    const out: number[] = [];
    const add = (list: readonly number[]): void => {
      for (const index of list) {
        if (seen[index] === gen) continue;
        seen[index] = gen;
        out.push(index);
      }
    };
    add(this.always);
    if (text.includes('ſ')) add(this.folding);
    let next = text.charCodeAt(0);
    for (let i = 0; i < text.length; i++) {
      const code = next;
      next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (this.singleBits[code]) add(this.bySingle.get(code) ?? []);
      if (!next || !this.pairBits[pairHash(code, next)]) continue;
      for (const entry of this.byPair.get((code << 16) | next) ?? []) {
        if (entry.text.length === 2 || text.startsWith(entry.text, i)) add(entry.patterns);
      }
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }
}
