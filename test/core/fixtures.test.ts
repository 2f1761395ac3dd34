// Runs every fixture in test/fixtures through detectArticle and extractArticle and checks it against
// its expected.json (schema: test/fixtures/README.md). A folder without a valid expected.json fails.
// The keep/gone rules are shared with the bench (src/fixture-format/expectations.ts), so both judge alike.
// Expected files are never written by a normal run: expected.json is edited by hand, and expected.md
// (the article's Markdown) is written only when UPDATE_FIXTURES=1, its diff then reviewed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { attachDeclarativeShadowRoots } from '../../src/node/declarative-shadow';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/detect';
import { extractArticle } from '../../src/core/index';
import { allRules } from '../../src/core/rules/all-rules';
import { articleToMarkdown } from '../../src/export/markdown';
import { htmlToMarkdown } from '../../src/export/markdown-body';
import { expectedText, fragment, renderedText } from '../export/markdown-roundtrip';
import type { ExtractResult, Verdict } from '../../src/core/types';
import {
  collapse, EXPECTED_KEYS, findLeaks, FIXTURES_DIR, keepStatus, listFixtureNames, missingImages, loadFixture, notShownProblems, RELATED_KEYS, type FixtureCase,
} from './fixture-schema';

/** The files a fixture folder may hold (test/fixtures/README.md). */
const FIXTURE_FILES = ['page.html', 'expected.json', 'expected.md'];
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

interface Run {
  fixture: FixtureCase;
  result: ExtractResult;
  verdict: Verdict;
  mutated: boolean;
}

function execute(name: string): Run {
  const fixture = loadFixture(name);
  const dom = new JSDOM(fixture.html, { url: fixture.expected.url });
  try {
    const doc = dom.window.document;
    // As a browser's parser (and the CLI's loader) does: <template shadowrootmode> becomes a shadow root.
    attachDeclarativeShadowRoots(doc);
    const before = dom.serialize();
    const verdict = detectArticle(doc, fixture.expected.url);
    const result = extractArticle(doc, fixture.expected.url);
    return { fixture, result, verdict, mutated: dom.serialize() !== before };
  } finally {
    dom.window.close();
  }
}

/** Runs a fixture once and shares the outcome (or the error) between its tests. */
function memo(name: string): () => Run {
  let outcome: { run: Run } | { error: unknown } | undefined;
  return () => {
    if (!outcome) {
      try {
        outcome = { run: execute(name) };
      } catch (error) {
        outcome = { error };
      }
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.run;
  };
}

function article(run: Run) {
  const { result } = run;
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}: ${result.message}`);
  return result.article;
}

const names = listFixtureNames();

describe('fixture folders', () => {
  it('there are at least 16 fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(16);
  });

  it('hold page.html, expected.json and expected.md only (no stray or misspelled file)', () => {
    const strays = names.flatMap((name) =>
      readdirSync(join(FIXTURES_DIR, name)).filter((file) => !FIXTURE_FILES.includes(file)).map((file) => `${name}/${file}`),
    );
    expect(strays).toEqual([]);
  });

  it('every expected.json references only keys of the schema', () => {
    const problems: string[] = [];
    for (const name of names) {
      try {
        const { expected } = loadFixture(name);
        for (const key of Object.keys(expected)) if (!(EXPECTED_KEYS as readonly string[]).includes(key)) problems.push(`${name}: ${key}`);
        for (const link of expected.related) {
          for (const key of Object.keys(link)) if (!(RELATED_KEYS as readonly string[]).includes(key)) problems.push(`${name}: related.${key}`);
        }
      } catch (err) {
        problems.push(String(err));
      }
    }
    expect(problems).toEqual([]);
  });

  it('each live at an address of their own (the browser suites serve every page at its host and path)', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const name of names) {
      const { expected } = loadFixture(name);
      for (const address of [expected.url, ...(expected.alsoAt ?? [])]) {
        const { host, pathname } = new URL(address);
        const key = `${host}${pathname}`;
        const other = seen.get(key);
        if (other && other !== name) shared.push(`${name} and ${other}: ${key}`);
        else seen.set(key, name);
      }
    }
    expect(shared).toEqual([]);
  });
});

const runs = new Map(names.map((name) => [name, memo(name)]));

for (const name of names) {
  describe(`fixture ${name}`, () => {
    const run = runs.get(name) ?? memo(name);

    it('has a page.html and a valid expected.json', () => {
      expect(() => loadFixture(name)).not.toThrow();
    });

    it('extracts without failing (non-articles with nothing to keep may be "empty")', () => {
      const r = run();
      const mustExtract = r.fixture.expected.isArticle || r.fixture.expected.keep.length > 0 || r.fixture.expected.related.length > 0;
      if (mustExtract) expect(r.result.ok ? 'ok' : `${r.result.reason}: ${r.result.message}`).toBe('ok');
      else if (!r.result.ok) expect(r.result.reason).toBe('empty');
    });

    it('detects the page type', () => {
      const r = run();
      const signals = r.verdict.signals.map((s) => `${s.name}:${s.weight}`).join(', ');
      expect(r.verdict.isArticle, `score ${r.verdict.score}; signals ${signals}`).toBe(r.fixture.expected.isArticle);
    });

    it('gives the same verdict at its other addresses, and served from 127.0.0.1 as the e2e suite serves it', () => {
      const { html, expected } = loadFixture(name);
      // The e2e suite serves every fixture from 127.0.0.1 at its url's path: a local address is no
      // evidence (src/core/detect-url.ts), so this is the verdict the toolbar shows there.
      const served = new URL(new URL(expected.url).pathname + new URL(expected.url).search, 'http://127.0.0.1:8080/').href;
      const wrong: string[] = [];
      for (const url of [...(expected.alsoAt ?? []), served]) {
        const dom = new JSDOM(html, { url });
        try {
          const v = detectArticle(dom.window.document, url);
          if (v.isArticle !== expected.isArticle) wrong.push(`${url}: score ${v.score}; ${v.signals.map((s) => `${s.name}:${s.weight}`).join(', ')}`);
        } finally {
          dom.window.close();
        }
      }
      expect(wrong).toEqual([]);
    });

    it('does not mutate the live document', () => {
      expect(run().mutated).toBe(false);
    });

    it('keeps the expected paragraphs, in order', () => {
      const r = run();
      const { keep } = r.fixture.expected;
      if (!keep.length) return;
      keepStatus(keep, article(r).text).forEach((where, i) => {
        expect(where, `keep[${i}] "${collapse(keep[i] ?? '').slice(0, 90)}"`).toBe('ok');
      });
    });

    it('removes the boilerplate', () => {
      const r = run();
      if (!r.result.ok) return;
      const { text, html } = r.result.article;
      const leaks = findLeaks(r.fixture.expected.gone, { text, html }).map((l) => `${l.where} "${l.gone}"`);
      expect(leaks).toEqual([]);
    });

    it("keeps the article's own images, lazy ones made real", () => {
      const r = run();
      const { images } = r.fixture.expected;
      if (!images?.length) return;
      expect(missingImages(images, article(r).html)).toEqual([]);
    });

    it('harvests the related links', () => {
      const r = run();
      const expected = r.fixture.expected.related;
      if (!r.result.ok && !expected.length) return;
      const actual = article(r).related.map((link, i) => {
        const keys = ['url', 'title', ...Object.keys(expected[i] ?? {}).filter((k) => k !== 'url' && k !== 'title')];
        return Object.fromEntries(keys.map((k) => [k, link[k as keyof typeof link]]));
      });
      expect(actual).toEqual(expected);
    });

    it('writes Markdown that a Markdown parser reads back as the article text', () => {
      const r = run();
      if (!r.result.ok) return;
      const body = fragment(r.result.article.html);
      const markdown = htmlToMarkdown(body);
      expect(renderedText(markdown), markdown).toBe(expectedText(body));
      expect(expectedText(body)).toBe(collapse(r.result.article.text));
    });

    it('writes the Markdown of expected.md', () => {
      const r = run();
      const path = join(r.fixture.dir, 'expected.md');
      if (!r.result.ok) {
        expect(existsSync(path), 'expected.md of a page that gives no article').toBe(false);
        return;
      }
      const markdown = articleToMarkdown(r.result.article, fragment);
      if (UPDATE) writeFileSync(path, markdown);
      expect(existsSync(path), `${path} is missing: UPDATE_FIXTURES=1 npx vitest run test/core/fixtures.test.ts writes it (review the diff)`).toBe(true);
      expect(markdown).toBe(readFileSync(path, 'utf8'));
    });

    it('offers the paragraphs of the page the article leaves out, and nothing on a clean page (notShown)', () => {
      const r = run();
      if (!r.result.ok) return;
      const blocks = (r.result.article.notShown ?? []).map((b) => b.text);
      expect(notShownProblems(r.fixture.expected.notShown, blocks)).toEqual([]);
      // What the notice offers is what the article lacks: restoring it never repeats a shown paragraph.
      for (const text of blocks) expect(collapse(r.result.article.text)).not.toContain(collapse(text));
    });

    it('says the story stops at the site\'s paywall only where it does (endsAtPaywall)', () => {
      const r = run();
      if (!r.result.ok) return;
      expect(r.result.article.endsAtPaywall ?? false).toBe(r.fixture.expected.endsAtPaywall ?? false);
    });

    it("names the story's next page only where the site splits it over pages (nextPage)", () => {
      const r = run();
      if (!r.result.ok) return;
      expect(r.result.article.nextPage ?? null).toBe(r.fixture.expected.nextPage ?? null);
    });

    it('has the expected title, byline and removal categories', () => {
      const r = run();
      const { title, byline, removedCategories } = r.fixture.expected;
      if (title === undefined && byline === undefined && !removedCategories?.length) return;
      const a = article(r);
      if (title !== undefined) expect(collapse(a.title)).toBe(collapse(title));
      if (byline !== undefined) expect(collapse(a.byline ?? '')).toBe(collapse(byline));
      const seen = new Set(a.removed.map((x) => x.category));
      for (const c of removedCategories ?? []) expect(seen.has(c), `a removal of category "${c}"`).toBe(true);
    });
  });
}

describe('rule coverage', () => {
  // A rule no fixture needs is a rule nobody can safely change (test/fixtures/README.md).
  it('every rule of the tables removes something on at least one fixture', () => {
    const fired = new Set<string>();
    for (const run of runs.values()) {
      const { result } = run();
      if (result.ok) for (const removal of result.article.removed) fired.add(removal.ruleId);
    }
    expect(allRules().map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
