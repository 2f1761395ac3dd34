// Runs the CLI in-process (no build needed) and builds the test pages the CLI tests share.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON lines (only meaningful with --json). */
  lines(): Array<Record<string, unknown>>;
}

/** Runs `tidy-reader argv…` with the given stdin, collecting its output. */
export async function cli(argv: string[], stdin: string | Buffer = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: Readable.from(stdin.length ? [Buffer.from(stdin)] : []),
  });
  return {
    code,
    stdout,
    stderr,
    lines: () => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** A scratch folder removed by the returned cleanup. */
export function scratchDir(prefix: string): { dir: string; write(name: string, content: string | Buffer): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
