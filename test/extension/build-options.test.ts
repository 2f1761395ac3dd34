// build.mjs as a command: strict arguments, --outdir for every output, a byte budget per bundle
// that fails the build, and bundles without a message catalogue. Builds into temporary folders.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tidy-build-options-'));
  folders.push(dir);
  return dir;
}

function runBuild(...args: string[]): { status: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, ['build.mjs', ...args], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('build.mjs arguments', () => {
  it('refuses an unknown --only value, builds nothing, and says what it accepts', () => {
    const dir = tempDir();
    const { status, err } = runBuild('--only=typo', `--outdir=${dir}`);
    expect(status).not.toBe(0);
    expect(err).toContain('--only must be one of cli, bench, extension, not "typo"');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses unknown options and stray words', () => {
    expect(runBuild('--outdri=x').err).toContain("Unknown option '--outdri'");
    expect(runBuild('cli').status).not.toBe(0);
  });

  it('takes "--only cli" with a space, and writes cli.js into --outdir', () => {
    const dir = tempDir();
    const { status, out } = runBuild('--only', 'cli', '--outdir', dir);
    expect(status).toBe(0);
    expect(readdirSync(dir)).toEqual(['cli.js']);
    expect(out).toMatch(/cli\.js \d+ B, budget \d+ B/);
  });
});

describe('bundle budgets', () => {
  it('prints every extension bundle beside its budget', () => {
    const dir = tempDir();
    const { status, out } = runBuild('--only=extension', `--outdir=${dir}`);
    expect(status).toBe(0);
    for (const name of ['detector', 'cleaner', 'background', 'boot', 'popup', 'reader', 'options']) {
      const line = new RegExp(`${name}\\.js (\\d+) B, budget (\\d+) B`).exec(out);
      expect(line, name).not.toBeNull();
      expect(Number(line?.[1])).toBeLessThanOrEqual(Number(line?.[2]));
      expect(readFileSync(join(dir, 'chrome', `${name}.js`)).length).toBe(Number(line?.[1]));
    }
  });

  it('fails the build, before writing anything, when a bundle is over its budget', () => {
    const dir = tempDir();
    const { status, err } = runBuild('--only=extension', `--outdir=${dir}`, '--budget', 'popup.js=1000');
    expect(status).toBe(1);
    expect(err).toMatch(/popup\.js is \d+ bytes, over its budget of 1000/);
    expect(existsSync(join(dir, 'chrome'))).toBe(false);
    expect(runBuild('--only=cli', `--outdir=${dir}`, '--budget=cli.js=10').status).toBe(1);
    expect(existsSync(join(dir, 'cli.js'))).toBe(false);
  });

  it('ships no message catalogue inside the bundles: the browser serves _locales', () => {
    const dir = tempDir();
    expect(runBuild('--only=extension', `--outdir=${dir}`).status).toBe(0);
    const english = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, { message: string; description: string }>;
    const entries = Object.values(english);
    for (const name of readdirSync(join(dir, 'chrome')).filter((file) => file.endsWith('.js'))) {
      const code = readFileSync(join(dir, 'chrome', name), 'utf8');
      // Descriptions are for translators: a bundle that holds them holds the catalogue.
      const leaked = entries.filter((entry) => code.includes(entry.description));
      expect(leaked.map((entry) => entry.description), name).toEqual([]);
    }
    expect(existsSync(join(dir, 'chrome', '_locales', 'de', 'messages.json'))).toBe(true);
  });
});
