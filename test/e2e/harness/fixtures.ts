// Reads test/fixtures/<case>/{page.html, expected.json}. A case without a readable expected.json is
// an error, never a silent pass.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

export interface ExpectedRelated {
  url: string;
  title: string;
  source?: string;
  time?: string;
  summary?: string;
}

export interface Expected {
  url: string;
  isArticle: boolean;
  /** The article's title, when the fixture states it. */
  title?: string;
  keep: string[];
  gone: string[];
  related: ExpectedRelated[];
}

export interface Fixture {
  name: string;
  html: string;
  expected: Expected;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || !v.every((s): s is string => typeof s === 'string')) {
    throw new Error(`${where}: expected an array of strings`);
  }
  return v;
}

function optionalString(v: unknown, where: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`${where}: expected a string`);
  return v;
}

function parseRelated(v: unknown, where: string): ExpectedRelated {
  if (!isRecord(v) || typeof v.url !== 'string' || typeof v.title !== 'string') {
    throw new Error(`${where}: expected {url, title, source?, time?, summary?}`);
  }
  const out: ExpectedRelated = { url: v.url, title: v.title };
  const source = optionalString(v.source, `${where}.source`);
  const time = optionalString(v.time, `${where}.time`);
  const summary = optionalString(v.summary, `${where}.summary`);
  if (source !== undefined) out.source = source;
  if (time !== undefined) out.time = time;
  if (summary !== undefined) out.summary = summary;
  return out;
}

/** Parses and checks one expected.json. */
export function parseExpected(json: unknown, where: string): Expected {
  if (!isRecord(json)) throw new Error(`${where}: not an object`);
  if (typeof json.url !== 'string') throw new Error(`${where}.url: expected a string`);
  if (typeof json.isArticle !== 'boolean') throw new Error(`${where}.isArticle: expected a boolean`);
  const related = json.related ?? [];
  if (!Array.isArray(related)) throw new Error(`${where}.related: expected an array`);
  const title = optionalString(json.title, `${where}.title`);
  return {
    url: json.url,
    isArticle: json.isArticle,
    ...(title === undefined ? {} : { title }),
    keep: strings(json.keep ?? [], `${where}.keep`),
    gone: strings(json.gone ?? [], `${where}.gone`),
    related: related.map((r, i) => parseRelated(r, `${where}.related[${i}]`)),
  };
}

/** Loads one fixture case; throws when page.html or expected.json is missing or malformed. */
export function loadFixture(name: string): Fixture {
  const dir = path.join(FIXTURES_DIR, name);
  const pagePath = path.join(dir, 'page.html');
  const expectedPath = path.join(dir, 'expected.json');
  if (!existsSync(pagePath)) throw new Error(`fixture ${name}: ${pagePath} is missing`);
  if (!existsSync(expectedPath)) throw new Error(`fixture ${name}: ${expectedPath} is missing`);
  const json: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
  return {
    name,
    html: readFileSync(pagePath, 'utf8'),
    expected: parseExpected(json, `${name}/expected.json`),
  };
}

/** Every fixture case directory that has a page.html, sorted by name. */
export function listFixtureNames(): string[] {
  if (!existsSync(FIXTURES_DIR)) return [];
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES_DIR, d.name, 'page.html')))
    .map((d) => d.name)
    .sort();
}

/** Every fixture, loaded. */
export function loadAllFixtures(): Fixture[] {
  return listFixtureNames().map(loadFixture);
}
