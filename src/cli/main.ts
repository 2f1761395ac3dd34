// Entry point of `tidy-reader` (dist/cli.js): wires the run loop to the process. Output respects
// back-pressure (a pipe to a slow reader must not buffer a whole batch) and a closed pipe
// (`tidy-reader … | head`) ends the program quietly.
import { runCli } from './run';

function writer(stream: NodeJS.WriteStream): (text: string) => Promise<void> {
  return (text) =>
    new Promise((done) => {
      if (stream.write(text)) done();
      else stream.once('drain', done);
    });
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    stdin: process.stdin,
  });
} catch (error) {
  // Never a stack trace: the run loop handles every per-input failure, so this is a bug report.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tidy-reader: internal error: ${message.split('\n')[0] ?? ''}\n`);
  process.exitCode = 1;
}
