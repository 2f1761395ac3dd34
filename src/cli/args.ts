// Command-line arguments of `tidy-reader`, read by Node's util.parseArgs in strict mode. Parsing is pure
// (no I/O) so that tests can drive it directly.
import { availableParallelism } from 'node:os';
import { parseArgs as parseNodeArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'markdown';

/** Inputs larger than this (after gunzip) are refused with `too-large` before any parsing. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * Pages with more elements than this are refused with `too-large`, counted before parsing
 * (src/node/prescan-page.ts). The largest of the 1,800 pages of both dev sets has 15,793 elements
 * (p99 7,217). jsdom and Readability pay about 0.4 ms of CPU and 25 KB per element: a page of 20,000
 * paragraphs takes about 10 s and 600 MB here (`npm run bad-input`); --timeout bounds the time.
 */
export const DEFAULT_MAX_ELEMENTS = 20_000;
/**
 * An input's time limit in worker threads. A backstop for what the pre-scan cannot foresee: the
 * slowest dev-set page takes about 11 s of CPU; `--timeout 5` gives a hard bound for a crawl.
 */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** One worker thread per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

export interface CliOptions {
  format: OutputFormat;
  /** The page address given with --url; applies to every input. */
  url: string | null;
  maxBytes: number;
  maxElements: number;
  /** Worker threads (--jobs). */
  jobs: number;
  /** An input's time limit in milliseconds (--timeout). */
  timeoutMs: number;
  files: string[];
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: tidy-reader [--json | --markdown | --text] [--url URL] [--jobs N] FILE...

Extracts the article of each saved HTML page (FILE.html, FILE.html.gz, or - for stdin). Pages are
read in parallel worker threads; the answers come out in input order.

Output formats:
  --text        title, a blank line, then the article body, one block per line (default)
  --markdown    the article as Markdown, followed by its related links
  --json        one JSON object per input and line, in input order

Options:
  --url URL         the address the page was saved from (resolves relative links); applies to
                    every FILE. Without it the page's canonical link is used when it has one.
  --max-size MB     refuse inputs larger than this many megabytes (default 50)
  --max-elements N  refuse pages of more than N elements (default 20000)
  -j, --jobs N      worker threads (default: the number of cores)
  --timeout S       give up on a page after S seconds (default 60)
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 when every input gave an article, 1 when any failed, 2 on a usage error.
`;

/** The format each output flag selects (--md is a short spelling of --markdown). */
const FORMAT_FLAGS = { text: 'text', json: 'json', markdown: 'markdown', md: 'markdown' } as const satisfies Record<string, OutputFormat>;

/** Every option, for Node's parser in strict mode: an unknown option or a missing value is a usage error. */
const OPTIONS = {
  text: { type: 'boolean' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  md: { type: 'boolean' },
  url: { type: 'string' },
  'max-size': { type: 'string' },
  'max-elements': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parseNodeArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

function isAbsoluteUrl(value: string): boolean {
  try {
    const protocol = new URL(value).protocol;
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:';
  } catch {
    return false;
  }
}

/** The first sentence of Node's parse error ("Unknown option '--colour'"), without its long advice. */
function parseErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split(/\.(\s|$)/)[0] ?? text).trim();
}

/** The output format: at most one distinct format may be asked for. */
function chooseFormat(values: Values): OutputFormat | { error: string } {
  const asked = (Object.keys(FORMAT_FLAGS) as Array<keyof typeof FORMAT_FLAGS>).filter((flag) => values[flag]);
  const formats = new Set(asked.map((flag) => FORMAT_FLAGS[flag]));
  if (formats.size > 1) return { error: `${asked.map((flag) => `--${flag}`).join(' and ')} cannot be combined` };
  const [format] = formats;
  return format ?? 'text';
}

/** The options given as numbers. */
type NumericOption = 'maxBytes' | 'maxElements' | 'jobs' | 'timeoutMs';

/** A positive number (of megabytes, seconds…), scaled to the unit the options keep. */
function parseAmount(name: string, unit: string, scale: number, value: string): number | { error: string } {
  const amount = Number(value);
  if (!value.trim() || !Number.isFinite(amount) || amount <= 0) return { error: `--${name}: not a positive number of ${unit}: ${value}` };
  return Math.floor(amount * scale);
}

function parseCount(name: string, value: string): number | { error: string } {
  const count = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(count) || count <= 0) return { error: `--${name}: not a positive integer: ${value}` };
  return count;
}

/** Turns argv (without node and the script) into options, or says why it cannot. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    return { kind: 'usage-error', message: parseErrorMessage(error) };
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const format = chooseFormat(values);
  if (typeof format === 'object') return { kind: 'usage-error', message: format.error };
  const options: CliOptions = {
    format,
    url: null,
    maxBytes: DEFAULT_MAX_BYTES,
    maxElements: DEFAULT_MAX_ELEMENTS,
    jobs: defaultJobs(),
    timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
    files: positionals,
  };
  if (values.url !== undefined) {
    if (!isAbsoluteUrl(values.url)) return { kind: 'usage-error', message: `--url: not an absolute http(s) URL: ${values.url}` };
    options.url = values.url;
  }
  const numbers: Array<[NumericOption, string | undefined, (value: string) => number | { error: string }]> = [
    ['maxBytes', values['max-size'], (value) => parseAmount('max-size', 'megabytes', 1024 * 1024, value)],
    ['maxElements', values['max-elements'], (value) => parseCount('max-elements', value)],
    ['jobs', values.jobs, (value) => parseCount('jobs', value)],
    ['timeoutMs', values.timeout, (value) => parseAmount('timeout', 'seconds', 1000, value)],
  ];
  for (const [key, value, parse] of numbers) {
    if (value === undefined) continue;
    const parsed = parse(value);
    if (typeof parsed === 'object') return { kind: 'usage-error', message: parsed.error };
    options[key] = parsed;
  }
  if (options.files.length === 0) return { kind: 'usage-error', message: 'no input file (use - for stdin)' };
  return { kind: 'run', options };
}
