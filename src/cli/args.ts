// Command-line arguments of `tidy-reader`. Parsing is pure (no I/O) so that tests can drive it directly.

export type OutputFormat = 'text' | 'json' | 'markdown';

/** Inputs larger than this (after gunzip) are refused with `too-large` before any parsing. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * Pages with more elements than this are refused with `too-large` (ExtractOptions.maxElements). The
 * largest of the 1,299 real pages of the WCXB dev set has about 16,000 elements (p99 7,300); past
 * 50,000, jsdom and Readability alone take tens of seconds and gigabytes (test/cli/bad-input.test.ts).
 */
export const DEFAULT_MAX_ELEMENTS = 50_000;

export interface CliOptions {
  format: OutputFormat;
  /** The page address given with --url; applies to every input. */
  url: string | null;
  maxBytes: number;
  maxElements: number;
  files: string[];
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: tidy-reader [--json | --markdown | --text] [--url URL] FILE...

Extracts the article of each saved HTML page (FILE.html, FILE.html.gz, or - for stdin).

Output formats:
  --text        title, a blank line, then the article body, one block per line (default)
  --markdown    the article as Markdown, followed by its related links
  --json        one JSON object per input and line, in input order

Options:
  --url URL         the address the page was saved from (resolves relative links); applies to
                    every FILE. Without it the page's canonical link is used when it has one.
  --max-size MB     refuse inputs larger than this many megabytes (default 50)
  --max-elements N  refuse pages of more than N elements (default 50000)
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 when every input gave an article, 1 when any failed, 2 on a usage error.
`;

const FORMAT_FLAGS: Record<string, OutputFormat> = {
  '--text': 'text',
  '--json': 'json',
  '--markdown': 'markdown',
  '--md': 'markdown',
};

function isAbsoluteUrl(value: string): boolean {
  try {
    const protocol = new URL(value).protocol;
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:';
  } catch {
    return false;
  }
}

/** Turns argv (without node and the script) into options, or says why it cannot. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { format: 'text', url: null, maxBytes: DEFAULT_MAX_BYTES, maxElements: DEFAULT_MAX_ELEMENTS, files: [] };
  let formatFlag: string | null = null;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-v' || arg === '--version') return { kind: 'version' };
    const format = FORMAT_FLAGS[arg];
    if (format) {
      if (formatFlag && formatFlag !== arg) {
        return { kind: 'usage-error', message: `${formatFlag} and ${arg} cannot be combined` };
      }
      formatFlag = arg;
      options.format = format;
      continue;
    }
    const [name, inlineValue] = splitOption(arg);
    if (name === '--url' || name === '--max-size' || name === '--max-elements') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) return { kind: 'usage-error', message: `${name} needs a value` };
      if (name === '--url') {
        if (!isAbsoluteUrl(value)) return { kind: 'usage-error', message: `--url: not an absolute http(s) URL: ${value}` };
        options.url = value;
      } else if (name === '--max-elements') {
        const count = Number(value);
        if (!Number.isInteger(count) || count <= 0) {
          return { kind: 'usage-error', message: `--max-elements: not a positive integer: ${value}` };
        }
        options.maxElements = count;
      } else {
        const megabytes = Number(value);
        if (!Number.isFinite(megabytes) || megabytes <= 0) {
          return { kind: 'usage-error', message: `--max-size: not a positive number of megabytes: ${value}` };
        }
        options.maxBytes = Math.floor(megabytes * 1024 * 1024);
      }
      continue;
    }
    return { kind: 'usage-error', message: `unknown option ${arg}` };
  }
  if (options.files.length === 0) return { kind: 'usage-error', message: 'no input file (use - for stdin)' };
  return { kind: 'run', options };
}

function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
