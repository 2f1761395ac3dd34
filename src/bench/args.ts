// Options of `npm run bench` (dist/bench.js), read with Node's util.parseArgs in strict mode: an
// unknown option, a stray argument or a bad value fails with one clear line (issue 10).
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { PAGE_TYPES, SET_NAMES } from './dataset';
import type { PageType, SetName } from './dataset';

export interface BenchOptions {
  /** The data sets to run, in this order. */
  sets: SetName[];
  /** Keep every Nth page of each set (1 = all). */
  sample: number;
  types: PageType[] | null;
  /** Where to write the full results as JSON, if anywhere. */
  jsonPath: string | null;
  /** Folder of the fixtures checked for boilerplate leaks. */
  fixturesDir: string;
  /** Worker threads running pages (src/bench/run-pages.ts). */
  jobs: number;
}

/** Two threads, the machines' core count, unless there are fewer cores. */
export const DEFAULT_JOBS = Math.min(2, availableParallelism());

export type ParsedBenchArgs = { ok: true; options: BenchOptions } | { ok: false; message: string } | { ok: 'help' };

export const BENCH_USAGE = `Usage: npm run bench -- [--set wcxb,trafilatura] [--sample N] [--types article,forum] [--json out.json] [--fixtures DIR] [--jobs N]

Scores Tidy Reader's extractArticle and plain Readability 0.6 side by side on the same parsed pages of
the dev sets in ../shared/bench (or $TIDY_BENCH_DIR): WCXB (token 4-gram F1, detection of article vs
six other page types) and trafilatura (with/without snippets, detection recall), then the pages where
ours loses badly to Readability, the fixtures' boilerplate leaks and timing.
  --set LIST     data sets to run: ${SET_NAMES.join(', ')} (default both)
  --sample N     every Nth page of each set only (fast tuning runs)
  --types LIST   only these page types (${PAGE_TYPES.join(', ')}); every trafilatura page counts as an article
  --json FILE    also write every figure, and per-page scores of each set, to FILE
  --fixtures DIR fixture folders to check for boilerplate leaks (default test/fixtures)
  --jobs N       worker threads running the pages (default ${DEFAULT_JOBS}); ours and Readability still
                 alternate on each page's own thread, so their time ratio holds
  -h, --help     show this help
`;

function isPageType(value: string): value is PageType {
  return (PAGE_TYPES as readonly string[]).includes(value);
}

function isSetName(value: string): value is SetName {
  return (SET_NAMES as readonly string[]).includes(value);
}

/** A comma-separated list of known names, in order, without repeats; or what is wrong with it. */
function nameList<T extends string>(option: string, value: string, known: readonly T[], is: (v: string) => v is T): T[] | string {
  const items = value.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = items.filter((t) => !is(t));
  if (unknown.length) return `--${option}: unknown ${unknown.join(', ')} (known: ${known.join(', ')})`;
  if (items.length === 0) return `--${option}: give at least one of ${known.join(', ')}`;
  return [...new Set(items.filter(is))];
}

/** Parses the bench's argv (without node and the script). */
export function parseBenchArgs(argv: readonly string[]): ParsedBenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        set: { type: 'string' },
        sample: { type: 'string' },
        types: { type: 'string' },
        json: { type: 'string' },
        fixtures: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // parseArgs says what was wrong ("Unknown option '--frobnicate'", "Option '--sample <value>' argument missing").
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { ok: 'help' };
  const options: BenchOptions = { sets: [...SET_NAMES], sample: 1, types: null, jsonPath: null, fixturesDir: 'test/fixtures', jobs: DEFAULT_JOBS };
  if (values.set !== undefined) {
    const sets = nameList('set', values.set, SET_NAMES, isSetName);
    if (typeof sets === 'string') return { ok: false, message: sets };
    options.sets = sets;
  }
  for (const name of ['sample', 'jobs'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) return { ok: false, message: `--${name}: not a positive integer: ${value}` };
    options[name] = n;
  }
  if (values.types !== undefined) {
    const types = nameList('types', values.types, PAGE_TYPES, isPageType);
    if (typeof types === 'string') return { ok: false, message: types };
    options.types = types;
  }
  if (values.json !== undefined) {
    if (!values.json) return { ok: false, message: '--json: give a file name' };
    options.jsonPath = values.json;
  }
  if (values.fixtures !== undefined) {
    if (!values.fixtures) return { ok: false, message: '--fixtures: give a folder' };
    options.fixturesDir = values.fixtures;
  }
  return { ok: true, options };
}
