// Boilerplate leaks on our own fixtures (test/fixtures/<case>/{page.html, expected.json}): how many of
// the strings that must be gone are still in each extractor's text, and how many of the paragraphs
// that must be kept are there. A fixture without a readable expectation is reported, never skipped.
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeWindow, loadDocument, nextTurn } from '../cli/load-document';
import { extractArticle } from '../core/index';
import { checkText } from './leak-check';
import type { LeakCheck } from './leak-check';

export interface FixtureLeaks {
  name: string;
  gone: number;
  keep: number;
  /** Set when the fixture could not be checked (no expected.json, unparsable page…). */
  problem?: string;
  ours?: LeakCheck & { outcome: string };
  readability?: LeakCheck;
}

interface Expectation {
  url: string;
  gone: string[];
  keep: string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function readExpectation(path: string): Expectation | string {
  if (!existsSync(path)) return 'no expected.json';
  try {
    const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof raw !== 'object' || raw === null) return 'expected.json is not an object';
    const record = raw as Record<string, unknown>;
    const url = typeof record.url === 'string' ? record.url : 'https://fixture.invalid/';
    return { url, gone: strings(record.gone), keep: strings(record.keep) };
  } catch (error) {
    return `expected.json: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function checkFixture(dir: string, name: string): FixtureLeaks {
  const expected = readExpectation(join(dir, 'expected.json'));
  if (typeof expected === 'string') return { name, gone: 0, keep: 0, problem: expected };
  const counts = { name, gone: expected.gone.length, keep: expected.keep.length };
  const pagePath = join(dir, 'page.html');
  if (!existsSync(pagePath)) return { ...counts, problem: 'no page.html' };
  let url = expected.url;
  try {
    url = new URL(url).href;
  } catch {
    url = 'https://fixture.invalid/';
  }
  const loaded = loadDocument(readFileSync(pagePath, 'utf8'), { url, fallbackUrl: url });
  if (!loaded.ok) return { ...counts, problem: loaded.message };
  const { window } = loaded.dom;
  try {
    let readabilityText = '';
    try {
      readabilityText = new Readability(window.document.cloneNode(true) as Document).parse()?.textContent ?? '';
    } catch {
      readabilityText = '';
    }
    let oursText = '';
    let outcome = 'ok';
    try {
      const result = extractArticle(window.document, url, { window: window as unknown as Window & typeof globalThis });
      if (result.ok) oursText = result.article.text;
      else outcome = result.reason;
    } catch {
      outcome = 'threw';
    }
    return { ...counts, ours: { ...checkText(oursText, expected), outcome }, readability: checkText(readabilityText, expected) };
  } finally {
    closeWindow(loaded.dom);
  }
}

/** Checks every fixture folder under `root` (none when the folder does not exist), one window at a time. */
export async function checkFixtures(root: string): Promise<FixtureLeaks[]> {
  if (!existsSync(root)) return [];
  const names = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const results: FixtureLeaks[] = [];
  for (const name of names) {
    results.push(checkFixture(join(root, name), name));
    await nextTurn();
  }
  return results;
}
