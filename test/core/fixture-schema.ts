// Loads and validates the fixture folders in test/fixtures/<case>/{page.html, expected.json}.
// The schema is documented in test/fixtures/README.md; validation is strict so that a typo in an
// expectation file fails loudly instead of silently checking nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RemovalCategory } from '../../src/core/types';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export const EXPECTED_KEYS = ['url', 'isArticle', 'title', 'keep', 'gone', 'related', 'removedCategories'] as const;
export const RELATED_KEYS = ['url', 'title', 'source', 'time', 'summary', 'image'] as const;
const CATEGORIES: readonly RemovalCategory[] = [
  'ad', 'promo', 'video', 'share', 'newsletter', 'cookie', 'tags', 'comments', 'author-bio', 'trending',
  'related', 'navigation', 'hidden', 'residue', 'unsafe',
];

export interface ExpectedRelated {
  url: string;
  title: string;
  source?: string;
  time?: string;
  summary?: string;
  image?: string;
}

export interface Expected {
  url: string;
  isArticle: boolean;
  title?: string;
  keep: string[];
  gone: string[];
  related: ExpectedRelated[];
  removedCategories?: RemovalCategory[];
}

export interface FixtureCase {
  name: string;
  dir: string;
  html: string;
  expected: Expected;
}

/** Every folder under test/fixtures (files such as README.md are skipped). */
export function listFixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => statSync(join(FIXTURES_DIR, name)).isDirectory())
    .sort();
}

/** Collapses runs of whitespace to one space and trims: how keep/gone strings are compared. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A gone string of at most three words is a "block" string: it must not appear as a whole line of
 * the text (or as the whole text of an element in the html), compared case-insensitively. Longer
 * strings are checked as substrings. "Comments" is a block; an article may say "comments" in a sentence.
 */
export function isBlockString(s: string): boolean {
  return collapse(s).split(' ').length <= 3;
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

/** Problems with a parsed expected.json; an empty list means it is valid. */
export function validateExpected(raw: unknown): string[] {
  const errors: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['expected.json must hold an object'];
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(EXPECTED_KEYS as readonly string[]).includes(key)) errors.push(`unknown key "${key}"`);
  }
  if (!isAbsoluteHttp(obj.url)) errors.push('"url" must be an absolute http(s) URL');
  if (typeof obj.isArticle !== 'boolean') errors.push('"isArticle" must be a boolean');
  if ('title' in obj && (typeof obj.title !== 'string' || !collapse(obj.title))) errors.push('"title" must be a non-empty string');
  if (!isStringArray(obj.keep)) errors.push('"keep" must be an array of non-empty strings');
  if (!isStringArray(obj.gone)) errors.push('"gone" must be an array of non-empty strings');
  if (obj.isArticle === true && Array.isArray(obj.keep) && obj.keep.length === 0) errors.push('an article must keep at least one string');
  if (!Array.isArray(obj.related)) {
    errors.push('"related" must be an array ([] where the page has none)');
  } else {
    obj.related.forEach((r: unknown, i) => {
      if (typeof r !== 'object' || r === null || Array.isArray(r)) return void errors.push(`related[${i}] must be an object`);
      const link = r as Record<string, unknown>;
      for (const key of Object.keys(link)) {
        if (!(RELATED_KEYS as readonly string[]).includes(key)) errors.push(`related[${i}]: unknown key "${key}"`);
        else if (typeof link[key] !== 'string' || !collapse(link[key] as string)) errors.push(`related[${i}].${key} must be a non-empty string`);
      }
      if (!isAbsoluteHttp(link.url)) errors.push(`related[${i}].url must be an absolute http(s) URL`);
      else if (/[?&](utm_[a-z]+|fbclid|gclid)=/i.test(link.url)) errors.push(`related[${i}].url still carries tracking parameters`);
      if (typeof link.title !== 'string') errors.push(`related[${i}].title is required`);
    });
  }
  if ('removedCategories' in obj) {
    const cats = obj.removedCategories;
    if (!Array.isArray(cats) || !cats.every((c) => typeof c === 'string' && (CATEGORIES as readonly string[]).includes(c))) {
      errors.push(`"removedCategories" must list categories among: ${CATEGORIES.join(', ')}`);
    }
  }
  return errors;
}

/** Reads one fixture folder; throws with a clear message when a file is missing or invalid. */
export function loadFixture(name: string): FixtureCase {
  const dir = join(FIXTURES_DIR, name);
  const pagePath = join(dir, 'page.html');
  const expectedPath = join(dir, 'expected.json');
  if (!existsSync(pagePath)) throw new Error(`fixture ${name}: page.html is missing`);
  if (!existsSync(expectedPath)) throw new Error(`fixture ${name}: expected.json is missing`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(expectedPath, 'utf8'));
  } catch (err) {
    throw new Error(`fixture ${name}: expected.json is not valid JSON (${String(err)})`);
  }
  const errors = validateExpected(raw);
  if (errors.length) throw new Error(`fixture ${name}: invalid expected.json:\n  ${errors.join('\n  ')}`);
  return { name, dir, html: readFileSync(pagePath, 'utf8'), expected: raw as Expected };
}
