// Builds everything with esbuild:
//   node build.mjs                 extension for Chrome and Firefox (dist/chrome, dist/firefox) + CLI
//   node build.mjs --only=cli      dist/cli.js
//   node build.mjs --only=bench    dist/bench.js
//   node build.mjs --only=extension [--outdir=DIR]   only the extension (DIR/chrome, DIR/firefox, zips)
// The extension part (manifest per browser, zips, size budgets) lives in buildExtension below.
import { build } from 'esbuild';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only');
const outdir = arg('outdir') ?? 'dist';
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

// ---- The extension (issue 3) ----------------------------------------------------------------

/** Stable add-on id: Firefox keys storage and the moz-extension:// host on it. */
const GECKO_ID = 'tidy-reader@tidy-reader';
/** The detector runs on every page: the build fails when it grows beyond this many bytes. */
const DETECTOR_BUDGET = 14 * 1024;
/** 1980-01-01 00:00, the earliest DOS date: zips do not depend on when or where they were built. */
const ZIP_DATE = (0 << 9) | (1 << 5) | 1;

const SCRIPTS = {
  // Content scripts are minified: they are parsed inside the user's pages.
  content: { detector: 'src/content/detector.ts', cleaner: 'src/content/cleaner.ts' },
  pages: {
    background: 'src/background/main.ts',
    popup: 'src/popup/popup.ts',
    reader: 'src/reader/reader.ts',
    options: 'src/options/options.ts',
  },
};
/**
 * The popup and the reader are one page: src/render/page.html, written out once per entry with
 * {{page}} replaced by its name (its own stylesheet and script), so the two cannot drift apart.
 */
const READING_PAGE_TEMPLATE = 'src/render/page.html';
const READING_PAGES = ['popup', 'reader'];
const STATIC_FILES = {
  'popup.css': 'src/popup/popup.css',
  'reader.css': 'src/reader/reader.css',
  'article.css': 'src/render/article.css',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
  'themes.css': 'src/theme/themes.css',
  'print.css': 'src/export/print.css',
};
/** The browsers read the UI strings from _locales/<lang>/messages.json ("default_locale": "en"). */
const LOCALES_DIR = '_locales';

/**
 * The one place where the two browsers differ: Chrome runs the background as a service worker,
 * Firefox as an event page and wants its add-on id, minimum versions and data-collection consent.
 */
function manifestFor(base, target, version) {
  const { manifest_version, name, ...rest } = base;
  const manifest = { manifest_version, name, version, ...rest };
  if (target === 'chrome') return { ...manifest, background: { service_worker: 'background.js' } };
  return {
    ...manifest,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** popup.html and reader.html from the one template; a placeholder left unfilled fails the build. */
async function addReadingPages(files) {
  const template = await readFile(READING_PAGE_TEMPLATE, 'utf8');
  for (const page of READING_PAGES) {
    const html = template.replaceAll('{{page}}', page);
    const left = html.match(/\{\{[^}]*\}\}/);
    if (left) throw new Error(`${READING_PAGE_TEMPLATE}: unknown placeholder ${left[0]}`);
    files.set(`${page}.html`, Buffer.from(html));
  }
}

async function bundle(entryPoints, minify) {
  const result = await build({
    entryPoints,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    minify,
    write: false,
    outdir: '/out',
    legalComments: minify ? 'none' : 'eof',
    logLevel: 'warning',
  });
  return result.outputFiles.map((file) => [file.path.slice('/out/'.length), Buffer.from(file.contents)]);
}

/** A ZIP archive of [name, bytes] entries: sorted, deflated, fixed dates, no extra fields. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE(ZIP_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS semantics, spec 2.0
    local.copy(central, 6, 4, 30); // version needed … name length: identical to the local header
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt32LE(0, 34); // disk number + internal attributes
    central.writeUInt32LE(0, 38); // external attributes
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Copies every _locales/<lang>/messages.json (parsed and re-serialised, so a broken catalogue fails
 * the build) and checks that each __MSG_name__ of the manifest exists in the default locale.
 */
async function addLocales(files, manifest) {
  const catalogues = new Map();
  for (const lang of (await readdir(LOCALES_DIR)).sort()) {
    const path = join(LOCALES_DIR, lang, 'messages.json');
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    let messages;
    try {
      messages = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path} is not valid JSON: ${error.message}`);
    }
    catalogues.set(lang, messages);
    files.set(`_locales/${lang}/messages.json`, Buffer.from(`${JSON.stringify(messages, null, 2)}\n`));
  }
  const fallback = catalogues.get(manifest.default_locale);
  if (!fallback) throw new Error(`manifest.json: default_locale "${manifest.default_locale}" has no ${LOCALES_DIR}/ catalogue`);
  for (const [, name] of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) {
    if (!Object.hasOwn(fallback, name)) throw new Error(`manifest.json uses __MSG_${name}__, which ${LOCALES_DIR}/${manifest.default_locale} lacks`);
  }
}

async function buildExtension(root) {
  const base = JSON.parse(await readFile('manifest.json', 'utf8'));
  const files = new Map([
    ...(await bundle(SCRIPTS.content, true)),
    ...(await bundle(SCRIPTS.pages, false)),
  ]);
  for (const [name, source] of Object.entries(STATIC_FILES)) files.set(name, await readFile(source));
  await addReadingPages(files);
  for (const icon of (await readdir('icons')).filter((f) => f.endsWith('.png'))) {
    files.set(`icons/${icon}`, await readFile(join('icons', icon)));
  }
  await addLocales(files, base);
  const detectorSize = files.get('detector.js').length;
  if (detectorSize > DETECTOR_BUDGET) {
    throw new Error(`detector.js is ${detectorSize} bytes, over its budget of ${DETECTOR_BUDGET}: it runs on every page.`);
  }
  for (const target of ['chrome', 'firefox']) {
    const dir = join(root, target);
    await rm(dir, { recursive: true, force: true });
    const manifest = manifestFor(base, target, pkg.version);
    const entries = [...files, ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]];
    for (const [name, data] of entries) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), data);
    }
    await writeFile(join(root, `tidy-reader-${pkg.version}-${target}.zip`), zip(entries));
  }
  const sizes = ['detector.js', 'cleaner.js', 'background.js', 'popup.js', 'reader.js', 'options.js']
    .map((name) => `${name} ${files.get(name).length} B`)
    .join(', ');
  console.log(`extension ${pkg.version} -> ${root}/chrome, ${root}/firefox (+ zips); ${sizes}; detector budget ${DETECTOR_BUDGET} B`);
}

await mkdir(outdir, { recursive: true });
if (!only || only === 'cli') await buildNode('src/cli/main.ts', 'dist/cli.js');
if (only === 'bench') await buildNode('src/bench/main.ts', 'dist/bench.js');
if (!only || only === 'extension') await buildExtension(outdir);
