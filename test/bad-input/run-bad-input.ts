// `npm run bad-input`: every hostile input of ./hostile-pages.ts through the built CLI (dist/cli.js),
// one process each, with its wall time, CPU time and peak memory (the process's maxRSS, worker
// threads included) against the bounds of issue 11: an answer within 5 s and 500 MB, an article or
// a clear error, never a crash. Figures, not a unit test: the machine is shared and noisy, so CPU
// time is printed beside wall time. Writes test-results/bad-input.json; exits 1 when an answer is
// wrong or a bound is passed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, RESULTS_DIR } from '../e2e/harness/paths';
import { HOSTILE_INPUTS } from './hostile-pages';
import type { Expected, HostileInput } from './hostile-pages';

const MAX_SECONDS = 5;
const MAX_MB = 500;
/** A run past this is killed and reported as hung. */
const KILL_AFTER_MS = 120_000;
const CLI = path.join(DIST, 'cli.js');
const USAGE_MARK = '@@tidy-usage ';
/** Loaded before the CLI: reports the process's own resource usage as it exits. */
const REPORTER = `data:text/javascript,${encodeURIComponent(`import { writeSync } from 'node:fs';
process.on('exit', () => { const u = process.resourceUsage();
  writeSync(2, '\\n${USAGE_MARK}' + JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }) + '\\n'); });`)}`;

interface Row {
  name: string;
  what: string;
  answer: string;
  wallS: number;
  cpuS: number | null;
  peakMb: number | null;
  correct: boolean;
  withinBounds: boolean;
}

function run(file: string, args: string[]): Promise<{ stdout: string; stderr: string; ms: number; killed: boolean }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', REPORTER, CLI, '--json', ...args, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, ms: performance.now() - start, killed: signal === 'SIGKILL' });
    });
  });
}

function usage(stderr: string): { maxRssKb: number; cpuUs: number } | null {
  const line = stderr.split('\n').find((text) => text.startsWith(USAGE_MARK));
  return line ? (JSON.parse(line.slice(USAGE_MARK.length)) as { maxRssKb: number; cpuUs: number }) : null;
}

function judge(expected: Expected, line: Record<string, unknown> | null): boolean {
  if (!line) return false;
  if ('either' in expected) return true;
  if ('error' in expected) return line.error === expected.error;
  return typeof line.text === 'string' && line.text.includes('breakwater will be finished');
}

async function measure(input: HostileInput, dir: string): Promise<Row> {
  const file = path.join(dir, `${input.name}.html`);
  writeFileSync(file, input.build());
  const result = await run(file, input.args ?? []);
  rmSync(file);
  const used = usage(result.stderr);
  let line: Record<string, unknown> | null = null;
  try {
    line = JSON.parse(result.stdout.trim().split('\n')[0] ?? '') as Record<string, unknown>;
  } catch {
    line = null;
  }
  const crashed = /\n\s+at \S/.test(result.stderr) || result.stderr.includes('internal error');
  const answer = result.killed ? `hung (killed after ${KILL_AFTER_MS / 1000} s)` : crashed ? 'crash' : line === null ? 'no answer'
    : typeof line.error === 'string' ? `${line.error}: ${String(line.message)}` : `article, ${String(line.wordCount)} words`;
  const wallS = result.ms / 1000;
  const peakMb = used ? used.maxRssKb / 1024 : null;
  return {
    name: input.name,
    what: input.what,
    answer,
    wallS,
    cpuS: used ? used.cpuUs / 1e6 : null,
    peakMb,
    correct: !crashed && !result.killed && judge(input.expected, line),
    withinBounds: !result.killed && wallS <= MAX_SECONDS && peakMb !== null && peakMb <= MAX_MB,
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'tidy-bad-input-'));
const only = process.argv.slice(2);
const rows: Row[] = [];
try {
  for (const input of HOSTILE_INPUTS.filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
    const row = await measure(input, dir);
    rows.push(row);
    const flag = row.correct && row.withinBounds ? 'ok  ' : 'FAIL';
    console.log(`${flag} ${row.name.padEnd(18)} ${row.wallS.toFixed(2).padStart(6)} s wall ${(row.cpuS ?? NaN).toFixed(2).padStart(6)} s cpu `
      + `${(row.peakMb ?? NaN).toFixed(0).padStart(5)} MB  ${row.answer}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(path.join(RESULTS_DIR, 'bad-input.json'), JSON.stringify({ bounds: { seconds: MAX_SECONDS, mb: MAX_MB }, rows }, null, 2));
const failed = rows.filter((row) => !row.correct || !row.withinBounds);
console.log(`\n${rows.length - failed.length} of ${rows.length} inputs answered correctly within ${MAX_SECONDS} s and ${MAX_MB} MB`);
process.exitCode = failed.length ? 1 : 0;
