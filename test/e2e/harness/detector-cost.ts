// The always-on detector's cost in the terms of the team's tool, ../shared/tools/perf-detector.mjs
// (see its README): the main-thread time a Chromium trace attributes to the content script's own
// URLs (compile, run, the style/layout and GC it forces, its async callbacks), per page load, beside
// the tool's mock extension measured on the same pages in the same session. The mock's content
// script counts the <p>s and sends one message: the floor of any content script in this measure.
// The tool is called, not copied, so that the number optimised here is the number it reports.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR, ROOT } from './paths';
import { loadAllFixtures } from './fixtures';

/** Where the tool lives: TIDY_PERF_TOOLS, else ../shared/tools beside the checkout. */
export const PERF_TOOLS = path.resolve(ROOT, process.env.TIDY_PERF_TOOLS ?? '../shared/tools');

/** One page as the tool reports it (median over its loads). */
export interface PageCost {
  page: string;
  generated: boolean;
  /** Own code: the content script's trace events plus its sampled async JS, thread time, ms. */
  ownMs: number;
  /** The isolated world and bindings any content script costs, ms (apart from ownMs). */
  setupMs: number;
}

export interface ToolRun {
  /** The tool's closing line, as it printed it. */
  line: string;
  pages: PageCost[];
}

interface ToolResult {
  line: string;
  pages: Array<{ page: string; generated: boolean; ownMs: number; setupMs: number }>;
}

/** The fixture pages, copied to one flat folder (the tool loads DIR/*.html). */
export function fixturePagesDir(every = 1): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tidy-measure-pages-'));
  // Every `every`-th fixture in name order: the same pages from run to run, spread over the whole set.
  const fixtures = loadAllFixtures().filter((_, i) => i % every === 0);
  for (const fixture of fixtures) copyFileSync(path.join(FIXTURES_DIR, fixture.name, 'page.html'), path.join(dir, `${fixture.name}.html`));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the tool on one extension folder (a manifest.json inside) and returns its figures. */
export function runPerfDetector(extension: string, pagesDir: string, options: { runs: number; large: boolean }): ToolRun {
  const tool = path.join(PERF_TOOLS, 'perf-detector.mjs');
  if (!existsSync(tool)) throw new Error(`${tool} is missing: set TIDY_PERF_TOOLS to the folder of perf-detector.mjs and perf-mock/`);
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'tidy-measure-')), 'result.json');
  try {
    const args = [tool, extension, '--pages', pagesDir, '--runs', String(options.runs), '--out', out];
    if (!options.large) args.push('--no-large');
    // Its tables go nowhere (the figures come from --out); its progress goes to our stderr.
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const result = JSON.parse(readFileSync(out, 'utf8')) as ToolResult;
    return {
      line: result.line,
      pages: result.pages.map((p) => ({ page: p.page, generated: p.generated, ownMs: p.ownMs, setupMs: p.setupMs })),
    };
  } finally {
    rmSync(path.dirname(out), { recursive: true, force: true });
  }
}
