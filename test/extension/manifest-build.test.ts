// The extension build: one manifest.json becomes a Chrome and a Firefox manifest, and the store
// zips are byte-for-byte reproducible and read back by Info-ZIP's unzip. Builds into temporary
// directories (never into dist/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import { OPEN_READER_COMMAND } from '../../src/commands';
import { encodeGateTable } from '../../src/core/clean/pattern-gate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const roots: string[] = [];
let buildLog = '';

function buildInto(): string {
  const root = mkdtempSync(join(tmpdir(), 'tidy-build-'));
  roots.push(root);
  buildLog = execFileSync(process.execPath, ['build.mjs', '--only=extension', `--outdir=${root}`], { encoding: 'utf8' });
  return root;
}

/**
 * The zip's entries as Info-ZIP's unzip (Debian's `unzip` package) reads them: an implementation
 * independent of build.mjs's writer. `unzip -t` checks every entry's CRC; `zipinfo -T` lists the
 * entries in archive order with their stored timestamps; the extracted files are compared byte for
 * byte with the build folder.
 */
function readZip(path: string): { test: string; entries: Array<{ name: string; stamp: string }>; dir: string } {
  const run = (command: string, args: string[]): string => {
    try {
      return execFileSync(command, args, { encoding: 'utf8' });
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(missing ? `${command} is not installed: apt-get install -y unzip (README's test command does)` : String(error));
    }
  };
  const test = run('unzip', ['-t', '-q', path]);
  const entries = run('zipinfo', ['-T', '-l', path])
    .split('\n')
    .map((line) => /^\S+\s+\S+\s+\S+\s+\d+\s+\S+\s+\d+\s+\S+\s+(\d{8}\.\d{6})\s+(.+)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ stamp: match[1] ?? '', name: match[2] ?? '' }));
  const dir = mkdtempSync(join(tmpdir(), 'tidy-unzip-'));
  roots.push(dir);
  run('unzip', ['-q', path, '-d', dir]);
  return { test, entries, dir };
}

/** Every file below `root`, as a sorted list of relative paths with '/' separators. */
function filesBelow(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

type Json = Record<string, unknown>;
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

let first = '';
let second = '';
beforeAll(() => {
  first = buildInto();
  second = buildInto();
});
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('manifests', () => {
  it('stamps the package version and keeps what both browsers share', () => {
    for (const target of ['chrome', 'firefox']) {
      const manifest = readJson(join(first, target, 'manifest.json'));
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.version).toBe(version);
      expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab', 'contextMenus']);
      expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
      // The detector is registered by the background, which leaves out the sites marked "never run".
      expect(manifest.content_scripts).toBeUndefined();
      const csp = (manifest.content_security_policy as Json).extension_pages as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:\/\/[^\s;]*\s*;?.*script/);
      // Alt+Shift+R is Chromium's own (a command with it gets no key); Alt+Shift+D is free in both browsers.
      expect(JSON.stringify(manifest.commands)).toContain('Alt+Shift+D');
      // The background and the pages know the command by src/commands.ts; the manifest must say the same.
      expect(Object.keys(manifest.commands as Json)).toEqual([OPEN_READER_COMMAND]);
      expect([manifest.name, manifest.description, manifest.default_locale]).toEqual(['__MSG_extName__', '__MSG_extDescription__', 'en']);
      expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    }
  });

  it('gives Chrome a service worker and Firefox scripts, its id and minimum versions', () => {
    const chrome = readJson(join(first, 'chrome', 'manifest.json'));
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    const firefox = readJson(join(first, 'firefox', 'manifest.json'));
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'tidy-reader@tidy-reader', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('ships every locale catalogue, and each __MSG_ of the manifest is in the default one', () => {
    const manifest = readJson(join(first, 'firefox', 'manifest.json'));
    const en = readJson(join(first, 'firefox', '_locales', 'en', 'messages.json'));
    for (const [, key] of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) expect(en, key).toHaveProperty(key ?? '');
    for (const lang of ['en', 'zh_CN', 'zh_TW', 'de', 'es', 'fr', 'ja']) {
      expect(existsSync(join(first, 'chrome', '_locales', lang, 'messages.json')), lang).toBe(true);
    }
  });

  it('refers only to files that the build wrote', () => {
    const manifest = readJson(join(first, 'chrome', 'manifest.json'));
    const text = JSON.stringify(manifest);
    const files = [...text.matchAll(/"([\w/-]+\.(?:js|png|html))"/g)].map((m) => m[1] ?? '');
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) expect(existsSync(join(first, 'chrome', file)), file).toBe(true);
  });
});

describe('bundles', () => {
  it('keeps the detector inside its byte budget and without the heavy cleaner', () => {
    const detector = readFileSync(join(first, 'chrome', 'detector.js'), 'utf8');
    // The budget is build.mjs's (BUDGETS), as the build printed it: one source for the figure.
    const [, size, budget] = /detector\.js (\d+) B, budget (\d+) B/.exec(buildLog) ?? [];
    expect(Buffer.byteLength(detector)).toBe(Number(size));
    expect(Number(size)).toBeLessThanOrEqual(Number(budget));
    expect(detector).not.toMatch(/DOMPurify|Readability/);
  });

  it("gives the cleaner the label patterns' gate as the build's table, without the code that reads pattern sources", () => {
    const cleaner = readFileSync(join(first, 'chrome', 'cleaner.js'), 'utf8');
    // Rows of plain ASCII stand in the bundle's string literal as they are (esbuild may write a tab as \t).
    const rows = encodeGateTable()
      .split('\n')
      .filter((row) => /^[\x20-\x7e\t]+$/.test(row) && !/["'`$\\]/.test(row));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((row) => !cleaner.includes(row) && !cleaner.includes(row.replaceAll('\t', '\\t')))).toEqual([]);
    // The reader's own messages: there only if esbuild kept the code that reads sources in the page.
    expect(cleaner).not.toMatch(/open class|trailing backslash/);
  });

  it('ships extension pages without inline script, handlers or remote resources', () => {
    for (const page of ['popup.html', 'reader.html', 'options.html']) {
      const doc = new JSDOM(readFileSync(join(first, 'chrome', page), 'utf8')).window.document;
      for (const script of doc.querySelectorAll('script')) {
        expect(script.getAttribute('src')).toMatch(/^[\w-]+\.js$/);
        expect(script.textContent).toBe('');
      }
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(attr.startsWith('on') || attr === 'style', `${page} ${attr}`).toBe(false);
      }
      for (const link of doc.querySelectorAll('link[href]')) expect(link.getAttribute('href')).toMatch(/^[\w-]+\.css$/);
      if (page === 'options.html') continue;
      for (const id of ['title', 'byline', 'meta', 'content', 'related', 'open-reader', 'hide-clutter', 'remember-site', 'show-removed', 'removed', 'clean-anyway', 'message', 'verdict-reasons', 'signals', 'toggle-reading', 'reading-controls', 'toggle-export', 'export-panel']) {
        expect(doc.getElementById(id), `${page} #${id}`).not.toBeNull();
      }
    }
  });
});

describe('the popup and the reader page', () => {
  it('are written from the one template, each linking its own stylesheet and script', () => {
    const template = readFileSync('src/render/page.html', 'utf8');
    for (const target of ['chrome', 'firefox']) {
      for (const page of ['popup', 'reader']) {
        const html = readFileSync(join(first, target, `${page}.html`), 'utf8');
        expect(html, `${target}/${page}.html`).toBe(template.replaceAll('{{page}}', page));
        const doc = new JSDOM(html).window.document;
        const links = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href'));
        expect(links, page).toEqual(['themes.css', 'article.css', `${page}.css`, 'print.css']);
        // boot.js first, before the stylesheets: it starts reading the tab while the page loads (src/render/boot.ts).
        expect([...doc.querySelectorAll('script')].map((script) => script.getAttribute('src')), page).toEqual(['boot.js', `${page}.js`]);
        expect(doc.head.querySelector('script, link[rel="stylesheet"]')?.getAttribute('src'), page).toBe('boot.js');
        for (const name of links) expect(existsSync(join(first, target, name ?? '')), `${target}/${name}`).toBe(true);
      }
    }
  });

  it('keep their landmarks and the panels behind the bar\'s buttons', () => {
    const doc = new JSDOM(readFileSync(join(first, 'chrome', 'popup.html'), 'utf8')).window.document;
    for (const selector of ['header.bar', 'main', 'article#article', 'footer', 'a.skip[href="#article"]']) {
      expect(doc.querySelector(selector), selector).not.toBeNull();
    }
    for (const toggle of doc.querySelectorAll('.bar button[aria-expanded]')) {
      const panel = doc.getElementById(toggle.getAttribute('aria-controls') ?? '');
      expect(panel, `#${toggle.id} controls a panel`).not.toBeNull();
    }
  });
});

describe('store zips', () => {
  it('are identical across builds, sorted, with fixed dates and the same files as the folders', () => {
    for (const target of ['chrome', 'firefox']) {
      const name = `tidy-reader-${version}-${target}.zip`;
      const path = join(first, name);
      expect(readFileSync(path).equals(readFileSync(join(second, name))), `${name} differs between builds`).toBe(true);
      const zip = readZip(path);
      expect(zip.test).toMatch(/No errors detected/);
      const names = zip.entries.map((entry) => entry.name);
      expect(names).toEqual([...names].sort());
      expect(names).toContain('manifest.json');
      expect(names).toContain('icons/icon-detected-16.png');
      // 1980-01-01 00:00, the earliest DOS date: the build time is not in the zip.
      expect(new Set(zip.entries.map((entry) => entry.stamp))).toEqual(new Set(['19800101.000000']));
      const folder = join(first, target);
      expect(filesBelow(zip.dir)).toEqual(filesBelow(folder));
      for (const file of names) expect(readFileSync(join(zip.dir, file)).equals(readFileSync(join(folder, file))), file).toBe(true);
    }
  });
});
