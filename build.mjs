// Builds everything with esbuild:
//   node build.mjs                 extension for Chrome and Firefox (dist/chrome, dist/firefox) + CLI
//   node build.mjs --only=cli      dist/cli.js
//   node build.mjs --only=bench    dist/bench.js
// The extension part (manifest per browser, zips, size budgets) lives in buildExtension below.
import { build } from 'esbuild';
import { chmod, mkdir, readFile } from 'node:fs/promises';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const pkg = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));

/** Node programs over src/core: jsdom stays external (a runtime dependency, loaded from node_modules). */
async function buildNode(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom'],
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __tidyCreateRequire } from "node:module";\nconst require = __tidyCreateRequire(import.meta.url);' },
    define: { __VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
}

async function buildExtension() {
  // Filled in by the extension work (issue 3): dist/chrome, dist/firefox, zips.
}

await mkdir('dist', { recursive: true });
if (!only || only === 'cli') await buildNode('src/cli/main.ts', 'dist/cli.js');
if (only === 'bench') await buildNode('src/bench/main.ts', 'dist/bench.js');
if (!only || only === 'extension') await buildExtension();
