// Entry point of `tidy-reader` (dist/cli.js). In the main thread it wires the run loop to the
// process; the same file, started as a worker thread by the run loop, answers inputs instead
// (./worker.ts). Output respects back-pressure (a pipe to a slow reader must not buffer a whole
// batch) and a closed pipe (`tidy-reader … | head`) ends the program quietly.
import { isMainThread } from 'node:worker_threads';
import { runCli } from './run';
import { serveInputs } from './worker';

function writer(stream: NodeJS.WriteStream): (text: string) => Promise<void> {
  return (text) =>
    new Promise((done) => {
      if (stream.write(text)) done();
      else stream.once('drain', done);
    });
}

async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: writer(process.stdout),
      stderr: writer(process.stderr),
      stdin: process.stdin,
      workerScript: new URL(import.meta.url),
    });
  } catch (error) {
    // Never a stack trace: the run loop handles every per-input failure, so this is a bug report.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tidy-reader: internal error: ${message.split('\n')[0] ?? ''}\n`);
    process.exitCode = 1;
  }
}

if (isMainThread) await main();
else serveInputs();
