// Where the e2e tests find the built extension, the fixtures and where they write screenshots.
// The tests never build anything themselves: CI runs `npm run build` first.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root: the nearest folder above this file with a package.json (works bundled too). */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('e2e: no package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot();
/** The build under test: dist/, or TIDY_E2E_DIST (e.g. from `node build.mjs --only=extension --outdir=DIR`). */
export const DIST = path.resolve(ROOT, process.env.TIDY_E2E_DIST ?? 'dist');
export const DIST_CHROME = path.join(DIST, 'chrome');
export const DIST_FIREFOX = path.join(DIST, 'firefox');
export const FIXTURES_DIR = path.join(ROOT, 'test/fixtures');
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** Throws a clear message when a built extension directory is missing (the tests do not build). */
export function requireDist(dir: string): string {
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(
      `${path.relative(ROOT, manifest)} is missing: run \`npm run build\` before the e2e tests ` +
        '(they test the built extension and never build it themselves).',
    );
  }
  return dir;
}

/** The path of a screenshot under test-results/ (created on demand; git-ignored). */
export function resultPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, name);
}

/** The fields of a built manifest.json that the tests read. */
export interface BuiltManifest {
  version: string;
  action?: { default_title?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** Reads dir/manifest.json (after requireDist). */
export function readManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(path.join(requireDist(dir), 'manifest.json'), 'utf8')) as BuiltManifest;
}
