// The extension build: one manifest.json becomes a Chrome and a Firefox manifest, and the store
// zips are byte-for-byte reproducible. Builds into temporary directories (never into dist/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { OPEN_READER_COMMAND } from '../../src/commands';
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

/** Reads a ZIP's central directory and inflates every entry: [name, bytes, dosDate, dosTime]. */
function unzip(buffer: Buffer): Array<{ name: string; data: Buffer; date: number; time: number }> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const size = buffer.readUInt32LE(at + 20);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    entries.push({
      name,
      data: inflateRawSync(buffer.subarray(dataStart, dataStart + size)),
      time: buffer.readUInt16LE(at + 12),
      date: buffer.readUInt16LE(at + 14),
    });
    at += 46 + skip;
  }
  return entries;
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
    expect(Buffer.byteLength(detector)).toBeLessThanOrEqual(14 * 1024);
    expect(detector).not.toMatch(/DOMPurify|Readability/);
    expect(buildLog).toMatch(/detector\.js \d+ B/);
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
        expect([...doc.querySelectorAll('script')].map((script) => script.getAttribute('src')), page).toEqual([`${page}.js`]);
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
      const a = readFileSync(join(first, name));
      expect(a.equals(readFileSync(join(second, name)))).toBe(true);
      const entries = unzip(a);
      const names = entries.map((e) => e.name);
      expect(names).toEqual([...names].sort());
      expect(names).toContain('manifest.json');
      expect(names).toContain('icons/icon-detected-16.png');
      for (const entry of entries) {
        expect(entry.date).toBe(0x21);
        expect(entry.time).toBe(0);
        expect(entry.data.equals(readFileSync(join(first, target, entry.name))), entry.name).toBe(true);
      }
    }
  });
});
