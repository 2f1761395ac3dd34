// Options of `npm run bench` (dist/bench.js).
import type { PageType } from './dataset';

export const PAGE_TYPES: readonly PageType[] = [
  'article', 'service', 'forum', 'product', 'collection', 'listing', 'documentation',
];

export interface BenchOptions {
  /** Keep every Nth page of the set (1 = all). */
  sample: number;
  types: PageType[] | null;
  /** Where to write the full results as JSON, if anywhere. */
  jsonPath: string | null;
  /** Folder of the fixtures checked for boilerplate leaks. */
  fixturesDir: string;
}

export type ParsedBenchArgs = { ok: true; options: BenchOptions } | { ok: false; message: string } | { ok: 'help' };

export const BENCH_USAGE = `Usage: npm run bench -- [--sample N] [--types article,forum] [--json out.json] [--fixtures DIR]

Scores Tidy Reader's extractArticle and plain Readability 0.6 on the WCXB dev set (../shared/bench, or
$TIDY_BENCH_DIR), side by side on the same parsed pages: token F1, detection, fixture leaks and timing.
  --sample N     every Nth page only (fast tuning runs)
  --types LIST   only these page types (${PAGE_TYPES.join(', ')})
  --json FILE    also write every figure, and per-page scores, to FILE
  --fixtures DIR fixture folders to check for boilerplate leaks (default test/fixtures)
`;

function isPageType(value: string): value is PageType {
  return (PAGE_TYPES as readonly string[]).includes(value);
}

/** Parses the bench's argv (without node and the script). */
export function parseBenchArgs(argv: readonly string[]): ParsedBenchArgs {
  const options: BenchOptions = { sample: 1, types: null, jsonPath: null, fixturesDir: 'test/fixtures' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return { ok: 'help' };
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) return { ok: false, message: `${name} needs a value` };
    switch (name) {
      case '--sample': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) return { ok: false, message: `--sample: not a positive integer: ${value}` };
        options.sample = n;
        break;
      }
      case '--types': {
        const types = value.split(',').map((t) => t.trim()).filter(Boolean);
        const unknown = types.filter((t) => !isPageType(t));
        if (unknown.length || types.length === 0) return { ok: false, message: `--types: unknown page type ${unknown.join(', ')}` };
        options.types = types.filter(isPageType);
        break;
      }
      case '--json':
        options.jsonPath = value;
        break;
      case '--fixtures':
        options.fixturesDir = value;
        break;
      default:
        return { ok: false, message: `unknown option ${arg}` };
    }
  }
  return { ok: true, options };
}
