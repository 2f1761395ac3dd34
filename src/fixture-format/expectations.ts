// The one definition of a fixture's expectations (test/fixtures/<case>/expected.json, schema in
// test/fixtures/README.md) and of how an extraction is checked against them. The jsdom fixture runner
// (test/core/fixture-schema.ts), the real-browser harness (test/e2e/harness/fixtures.ts) and the bench's
// leak table (src/bench/fixture-leaks.ts) all go through here, so the rules cannot drift apart: the
// bench once tested `gone` strings as plain substrings and counted "Advertisement" inside a sentence
// of the about-advertising fixture as a leak. It lives under src/ because the bench is built from
// src/ (product code does not reach into test/), and beside src/bench rather than inside it because the
// tests are its first users.
import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RelatedLink, RemovalCategory } from '../core/types';
import { REMOVAL_CATEGORIES as CATEGORIES } from '../core/types';
import { isRecord } from '../guards';

export const EXPECTED_KEYS = ['url', 'alsoAt', 'isArticle', 'readsAsArticle', 'title', 'byline', 'keep', 'gone', 'images', 'related', 'relatedFromArticle', 'removedCategories', 'notShown', 'endsAtPaywall', 'nextPage'] as const;
export const RELATED_KEYS = ['url', 'title', 'source', 'time', 'summary', 'image'] as const;

/** An expected related link has the shape of a harvested one; only the fields it gives are compared. */
export type ExpectedRelated = RelatedLink;

export interface Expected {
  url: string;
  /**
   * Other addresses the same page is served from (a saved copy, a local mirror): absolute http(s) or
   * file URLs where detection must give the same verdict (fixture saved-copy, issue 8).
   */
  alsoAt?: string[];
  isArticle: boolean;
  /**
   * Only where isArticle is false: true when the page is an article all the same, so one click shows
   * it (its extraction reads as prose, src/core/prose.ts); absent or false, the click keeps "not an article".
   */
  readsAsArticle?: boolean;
  title?: string;
  /** The author or source line, where the page shows one. */
  byline?: string;
  keep: string[];
  gone: string[];
  /** Absolute URLs of the article's own images: each must be an <img src> of the article html. */
  images?: string[];
  related: ExpectedRelated[];
  /**
   * URLs of `related` that the extraction finds in the article, not the harvest before it (teaser cards
   * Readability kept after the story, src/core/clean/trailing-teasers.ts): the harvester alone gives
   * `related` without them.
   */
  relatedFromArticle?: string[];
  removedCategories?: RemovalCategory[];
  /**
   * The page's paragraphs the not-shown notice must offer (article.notShown), in page order: each a
   * paragraph, or a distinctive start of one. Absent: the notice must not appear (a clean page).
   */
  notShown?: string[];
  /**
   * True where the story as the page shows it stops at the site's paywall (article.endsAtPaywall, a note
   * under the article); absent, there must be no such note.
   */
  endsAtPaywall?: true;
  /**
   * The address of the story's next page, where the site splits the story over pages and this is not the
   * last (article.nextPage, a line with its link under the article); absent, there must be none.
   */
  nextPage?: string;
}

export interface FixtureCase {
  name: string;
  dir: string;
  html: string;
  expected: Expected;
}

// ---- Reading and validating ------------------------------------------------------------------

/** Collapses runs of whitespace to one space and trims: how keep/gone strings are compared. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && collapse(x).length > 0);
}

function isAbsoluteHttp(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function isAbsoluteHttpOrFile(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  try {
    return new URL(v).protocol === 'file:' || isAbsoluteHttp(v);
  } catch {
    return false;
  }
}

function relatedProblems(r: unknown, i: number): string[] {
  if (!isRecord(r)) return [`related[${i}] must be an object`];
  const errors: string[] = [];
  const link = r;
  for (const key of Object.keys(link)) {
    if (!(RELATED_KEYS as readonly string[]).includes(key)) errors.push(`related[${i}]: unknown key "${key}"`);
    else if (typeof link[key] !== 'string' || !collapse(link[key] as string)) errors.push(`related[${i}].${key} must be a non-empty string`);
  }
  if (!isAbsoluteHttp(link.url)) errors.push(`related[${i}].url must be an absolute http(s) URL`);
  else if (/[?&](utm_[a-z]+|fbclid|gclid)=/i.test(link.url)) errors.push(`related[${i}].url still carries tracking parameters`);
  if (typeof link.title !== 'string') errors.push(`related[${i}].title is required`);
  return errors;
}

/** Problems with a parsed expected.json; an empty list means it is valid (and is an Expected). */
export function validateExpected(raw: unknown): string[] {
  if (!isRecord(raw)) return ['expected.json must hold an object'];
  const errors: string[] = [];
  const obj = raw;
  for (const key of Object.keys(obj)) {
    if (!(EXPECTED_KEYS as readonly string[]).includes(key)) errors.push(`unknown key "${key}"`);
  }
  if (!isAbsoluteHttp(obj.url)) errors.push('"url" must be an absolute http(s) URL');
  if ('alsoAt' in obj) {
    const also = obj.alsoAt;
    if (!Array.isArray(also) || also.length === 0 || !also.every(isAbsoluteHttpOrFile)) errors.push('"alsoAt" must be a non-empty array of absolute http(s) or file URLs');
    else if (also.some((u) => u === obj.url) || new Set(also).size !== also.length) errors.push('"alsoAt" must list other addresses than "url", each once');
  }
  if (typeof obj.isArticle !== 'boolean') errors.push('"isArticle" must be a boolean');
  if ('readsAsArticle' in obj && (typeof obj.readsAsArticle !== 'boolean' || obj.isArticle !== false)) {
    errors.push('"readsAsArticle" is a boolean, given only where "isArticle" is false');
  }
  if ('title' in obj && (typeof obj.title !== 'string' || !collapse(obj.title))) errors.push('"title" must be a non-empty string');
  if ('byline' in obj && (typeof obj.byline !== 'string' || !collapse(obj.byline))) errors.push('"byline" must be a non-empty string');
  if (!isStringArray(obj.keep)) errors.push('"keep" must be an array of non-empty strings');
  if (!isStringArray(obj.gone)) errors.push('"gone" must be an array of non-empty strings');
  if ('images' in obj && !(Array.isArray(obj.images) && obj.images.every(isAbsoluteHttp))) errors.push('"images" must be an array of absolute http(s) URLs');
  if (obj.isArticle === true && Array.isArray(obj.keep) && obj.keep.length === 0) errors.push('an article must keep at least one string');
  if (!Array.isArray(obj.related)) errors.push('"related" must be an array ([] where the page has none)');
  else obj.related.forEach((r: unknown, i) => errors.push(...relatedProblems(r, i)));
  if ('relatedFromArticle' in obj) {
    const listed = new Set(Array.isArray(obj.related) ? obj.related.map((r: unknown) => (isRecord(r) ? r.url : null)) : []);
    const from = obj.relatedFromArticle;
    if (!isStringArray(from) || from.length === 0 || !from.every((u) => listed.has(u))) errors.push('"relatedFromArticle" must be a non-empty array of URLs listed in "related"');
  }
  if ('nextPage' in obj && !isAbsoluteHttp(obj.nextPage)) errors.push('"nextPage" must be an absolute http(s) URL');
  if ('endsAtPaywall' in obj && obj.endsAtPaywall !== true) errors.push('"endsAtPaywall" is true where given (leave it out for a story the page shows whole)');
  if ('notShown' in obj && !(isStringArray(obj.notShown) && obj.notShown.length > 0)) {
    errors.push('"notShown" must be a non-empty array of non-empty strings (leave it out for a page with no notice)');
  }
  if ('removedCategories' in obj) {
    const cats = obj.removedCategories;
    if (!Array.isArray(cats) || !cats.every((c) => typeof c === 'string' && (CATEGORIES as readonly string[]).includes(c))) {
      errors.push(`"removedCategories" must list categories among: ${CATEGORIES.join(', ')}`);
    }
  }
  return errors;
}

/** Every folder under `root`, sorted (files such as README.md are skipped; none when root is absent). */
export function listFixtureNames(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort();
}

/** Reads one fixture folder, or says what is wrong with it: a missing or invalid file is never skipped. */
export function readFixture(root: string, name: string): { ok: true; fixture: FixtureCase } | { ok: false; problem: string } {
  const dir = join(root, name);
  const pagePath = join(dir, 'page.html');
  const expectedPath = join(dir, 'expected.json');
  if (!existsSync(pagePath)) return { ok: false, problem: 'page.html is missing' };
  if (!existsSync(expectedPath)) return { ok: false, problem: 'expected.json is missing' };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(expectedPath, 'utf8'));
  } catch (err) {
    return { ok: false, problem: `expected.json is not valid JSON (${String(err)})` };
  }
  const errors = validateExpected(raw);
  if (errors.length) return { ok: false, problem: `invalid expected.json:\n  ${errors.join('\n  ')}` };
  return { ok: true, fixture: { name, dir, html: readFileSync(pagePath, 'utf8'), expected: raw as Expected } };
}

/** Reads one fixture folder; throws with a clear message when a file is missing or invalid. */
export function loadFixture(root: string, name: string): FixtureCase {
  const read = readFixture(root, name);
  if (!read.ok) throw new Error(`fixture ${name}: ${read.problem}`);
  return read.fixture;
}

// ---- Checking an extraction --------------------------------------------------------------------

/** What an extractor produced: its text, one block per line, and its HTML. */
export interface ExtractionOutput {
  text: string;
  html: string;
}

/** A `gone` string found in an output, and where: as a whole line/block, or inside the text. */
export interface Leak {
  gone: string;
  where: 'text line' | 'html block' | 'text' | 'html';
}

export type KeepStatus = 'ok' | 'missing' | 'present but out of order' | 'repeated';

const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'CODE', 'EM', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

/**
 * A gone string of at most three words is a "block" string: it must not appear as a whole line of
 * the text (or as the whole text of an element in the html), compared case-insensitively. Longer
 * strings are checked as substrings. "Comments" is a block; an article may say "comments" in a sentence.
 */
export function isBlockString(s: string): boolean {
  return collapse(s).split(' ').length <= 3;
}

/** The expected image URLs that are not the src of an <img> in the article html. */
export function missingImages(images: readonly string[], html: string): string[] {
  const sources = new Set(Array.from(htmlRoot(html).querySelectorAll('img')).map((img) => img.getAttribute('src') ?? ''));
  return images.filter((url) => !sources.has(url));
}

/** An HTML fragment parsed into a detached <div> (scripts never run): jsdom, as in the fixture runner. */
export function htmlRoot(html: string): Element {
  const root = JSDOM.fragment(`<div>${html}</div>`).firstElementChild;
  if (!root) throw new Error('htmlRoot: the fragment has no element');
  return root;
}

/**
 * The "lines" of the html, collapsed and lower-cased: the text of every block element and every text
 * node sitting directly in a block (<br>-separated text). Text inside inline elements (a link in a
 * sentence, an <em>advertisement</em>) is part of its block's line, not a line of its own.
 */
export function htmlBlocks(root: Element): Set<string> {
  const lines = new Set<string>();
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (INLINE.has(el.tagName)) continue;
    lines.add(collapse(el.textContent ?? '').toLowerCase());
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) lines.add(collapse(node.textContent ?? '').toLowerCase());
    }
  }
  return lines;
}

/** Every `gone` string still in the output: block strings as a whole line, longer ones anywhere. */
export function findLeaks(gone: readonly string[], output: ExtractionOutput): Leak[] {
  const root = htmlRoot(output.html);
  const lines = new Set(output.text.split('\n').map((l) => collapse(l).toLowerCase()));
  const blocks = htmlBlocks(root);
  const flatText = collapse(output.text);
  const flatHtml = collapse(root.textContent ?? '');
  const leaks: Leak[] = [];
  for (const g of gone) {
    const want = collapse(g);
    if (isBlockString(want)) {
      if (lines.has(want.toLowerCase())) leaks.push({ gone: want, where: 'text line' });
      if (blocks.has(want.toLowerCase())) leaks.push({ gone: want, where: 'html block' });
    } else {
      if (flatText.includes(want)) leaks.push({ gone: want, where: 'text' });
      if (flatHtml.includes(want)) leaks.push({ gone: want, where: 'html' });
    }
  }
  return leaks;
}

/**
 * For each `keep` string, whether it is in the text after the previous kept one (whitespace collapsed),
 * and only once: a paragraph or caption shown twice is a defect too (fixture lead-photo-caption).
 */
export function keepStatus(keep: readonly string[], text: string): KeepStatus[] {
  const flat = collapse(text);
  let from = 0;
  return keep.map((k) => {
    const want = collapse(k);
    const at = flat.indexOf(want, from);
    if (at < 0) return flat.includes(want) ? 'present but out of order' : 'missing';
    from = at + want.length;
    return flat.indexOf(want, flat.indexOf(want) + 1) >= 0 ? 'repeated' : 'ok';
  });
}

/**
 * What is wrong with the not-shown notice (the texts of article.notShown) against `expected`: absent,
 * there must be no notice; given, exactly one block per string, in order, each holding its string.
 */
export function notShownProblems(expected: readonly string[] | undefined, blocks: readonly string[]): string[] {
  const want = (expected ?? []).map(collapse);
  const got = blocks.map(collapse);
  const problems: string[] = [];
  if (got.length !== want.length) problems.push(`${got.length} not-shown blocks, expected ${want.length}: ${got.map((b) => JSON.stringify(b.slice(0, 60))).join(', ') || 'none'}`);
  want.forEach((w, i) => {
    const block = got[i];
    if (block !== undefined && !block.includes(w)) problems.push(`not-shown block ${i} is "${block.slice(0, 80)}", expected one holding "${w.slice(0, 80)}"`);
  });
  return problems;
}
