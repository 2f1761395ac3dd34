// The CLI's run loop: the answers come out in input order, whatever order the workers finish in.
// At most WINDOW_PER_JOB × jobs inputs are read, in work or waiting to be printed at any time
// (./in-order.ts), so a batch of millions of pages runs in bounded memory, and output waits for a
// slow reader (the io functions resolve when their text is taken). I/O is injected so that tests run
// it in-process.
import { nextTurn } from '../node/load-document';
import { parseArgs, USAGE } from './args';
import type { CliOptions } from './args';
import { mapInOrder } from './in-order';
import { fileHeader } from './output';
import { failureAnswer, processInput } from './process-input';
import type { Answer } from './process-input';
import { readInput } from './read-input';
import { WorkerPool } from './worker-pool';

declare const __VERSION__: string;

/** The version stamped by build.mjs ('dev' when run from source, as in tests). */
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

/** Inputs started per worker ahead of the one printed next: every worker busy, a few answers waiting. */
const WINDOW_PER_JOB = 2;

export interface CliIo {
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void | Promise<void>;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Directory that relative FILE names are resolved against (default: process.cwd()). */
  cwd?: string;
  /**
   * The script worker threads run (dist/cli.js). Without it, inputs are answered one by one in this
   * thread, with no time limit: how the tests drive the CLI from source.
   */
  workerScript?: URL;
}

/** Answers inputs, in a pool of worker threads or in this thread. */
interface Answerer {
  answer(file: string): Promise<Answer>;
  /** How many inputs may be under way at once. */
  window: number;
  close(): Promise<void>;
}

/** Reads stdin in this thread (a worker cannot): its bytes, or the answer when they cannot be read. */
async function readStdin(options: CliOptions, io: CliIo): Promise<Uint8Array | Answer> {
  const read = await readInput('-', { maxBytes: options.maxBytes, stdin: io.stdin });
  return read.ok ? read.bytes : failureAnswer('-', options.format, read.reason, read.message);
}

function inThisThread(options: CliOptions, io: CliIo, cwd: string): Answerer {
  return {
    window: 1,
    async answer(file) {
      const stdin = file === '-' ? await readStdin(options, io) : undefined;
      if (stdin && !(stdin instanceof Uint8Array)) return stdin;
      const answer = await processInput({ file, stdin, cwd }, options);
      // jsdom frees a closed window only after the event loop turns (6 MB a page otherwise kept).
      await nextTurn();
      return answer;
    },
    close: async () => undefined,
  };
}

function inWorkers(options: CliOptions, io: CliIo, cwd: string, script: URL): Answerer {
  const pool = new WorkerPool({ size: options.jobs, script, setup: { options, cwd }, timeoutMs: options.timeoutMs });
  return {
    window: options.jobs * WINDOW_PER_JOB,
    async answer(file) {
      const stdin = file === '-' ? await readStdin(options, io) : undefined;
      if (stdin && !(stdin instanceof Uint8Array)) return stdin;
      const result = await pool.run(file, stdin);
      return result.ok ? result.answer : failureAnswer(file, options.format, result.error, result.message);
    },
    close: () => pool.close(),
  };
}

async function print(answer: Answer, file: string, index: number, options: CliOptions, io: CliIo): Promise<void> {
  if (answer.stderr) await io.stderr(answer.stderr);
  if (!answer.stdout) return;
  // In text and Markdown output, several inputs are separated by headers, as `head` does.
  const header = options.format !== 'json' && options.files.length > 1 ? (index > 0 ? '\n' : '') + fileHeader(file) : '';
  await io.stdout(header + answer.stdout);
}

/** Runs `tidy-reader` with argv (without node and the script); resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      await io.stdout(USAGE);
      return 0;
    case 'version':
      await io.stdout(`tidy-reader ${VERSION}\n`);
      return 0;
    case 'usage-error':
      await io.stderr(`tidy-reader: ${parsed.message}\n\n${USAGE}`);
      return 2;
    case 'run':
      break;
  }
  const { options } = parsed;
  const cwd = io.cwd ?? process.cwd();
  const answerer = io.workerScript ? inWorkers(options, io, cwd, io.workerScript) : inThisThread(options, io, cwd);
  let failed = 0;
  try {
    await mapInOrder(options.files, answerer.window, (file) => answerer.answer(file), async (answer, file, index) => {
      if (!answer.ok) failed++;
      await print(answer, file, index, options, io);
    });
  } finally {
    await answerer.close();
  }
  return failed > 0 ? 1 : 0;
}
