// `web-ext lint` on the built Firefox add-on: zero errors (warnings are listed, not failed).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_FIREFOX, requireDist, ROOT } from './harness/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function isLintReport(x: unknown): x is LintReport {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.summary === 'object' && Array.isArray(r.errors) && Array.isArray(r.warnings);
}

const run = promisify(execFile);

describe('web-ext lint on dist/firefox', () => {
  it('reports zero errors', async () => {
    requireDist(DIST_FIREFOX);
    const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
    // web-ext exits non-zero when there are errors; the JSON on stdout is what counts either way.
    const { stdout } = await run(bin, ['lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    }).catch((error: unknown) => {
      const out = (error as { stdout?: unknown }).stdout;
      if (typeof out === 'string' && out.trim().startsWith('{')) return { stdout: out };
      throw error;
    });
    const report: unknown = JSON.parse(stdout);
    if (!isLintReport(report)) throw new Error(`unexpected web-ext lint output: ${stdout.slice(0, 500)}`);
    const line = (m: LintMessage): string => `${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`;
    if (report.warnings.length > 0) console.info(`[e2e] web-ext lint warnings:\n  ${report.warnings.map(line).join('\n  ')}`);
    expect(report.errors.map(line)).toEqual([]);
  }, 60_000);
});
