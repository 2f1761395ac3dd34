import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mountOptionsPage } from '../../src/options/options-page';
import { SAVE_DELAY_MS } from '../../src/options/reading-controls';
import { DEFAULT_READING, FONTS, THEMES } from '../../src/settings/schema';
import { EXPORT_FORMAT, exportSettings } from '../../src/settings/transfer';
import { loadSettings } from '../../src/settings/settings-store';
import { isMessageKey } from '../../src/i18n/t';
import type { MemoryArea } from '../settings/memory-area';
import { memoryArea } from '../settings/memory-area';

const HTML = readFileSync(join(import.meta.dirname, '../../src/options/options.html'), 'utf8');

interface Page {
  window: JSDOM['window'];
  doc: Document;
  area: MemoryArea;
  files: { name: string; text: string; type: string }[];
}

/** Lets queued saves and their re-renders finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function openPage(items: Record<string, unknown> = {}): Promise<Page> {
  const dom = new JSDOM(HTML, { url: 'moz-extension://tidy/options.html' });
  const area = memoryArea(items);
  const files: Page['files'] = [];
  await mountOptionsPage(dom.window.document, {
    area,
    saveFile: (name, text, type) => files.push({ name, text, type }),
    now: () => new Date('2026-11-26T10:00:00Z'),
  });
  return { window: dom.window, doc: dom.window.document, area, files };
}

function input(page: Page, selector: string): HTMLInputElement {
  const el = page.doc.querySelector(selector);
  if (!(el instanceof page.window.HTMLInputElement)) throw new Error(`no input ${selector}`);
  return el;
}

function change(page: Page, el: HTMLInputElement, event = 'change'): void {
  el.dispatchEvent(new page.window.Event(event, { bubbles: true }));
}

describe('options.html', () => {
  it('has no inline script, style or event handler (strict CSP)', () => {
    const { document } = new JSDOM(HTML).window;
    expect(document.querySelectorAll('script:not([src]), style, [style]')).toHaveLength(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
  });

  it('uses only known message keys', () => {
    const { document } = new JSDOM(HTML).window;
    const keys = [...document.querySelectorAll('[data-i18n], [data-i18n-title], [data-i18n-aria-label], [data-i18n-placeholder]')].flatMap((el) =>
      ['data-i18n', 'data-i18n-title', 'data-i18n-aria-label', 'data-i18n-placeholder'].map((a) => el.getAttribute(a)).filter((k): k is string => k !== null),
    );
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('offers every theme and font of the schema', () => {
    const { document } = new JSDOM(HTML).window;
    expect([...document.querySelectorAll('input[name="theme"]')].map((el) => el.getAttribute('value'))).toEqual([...THEMES]);
    expect([...document.querySelectorAll('input[name="font"]')].map((el) => el.getAttribute('value'))).toEqual([...FONTS]);
  });
});

describe('the options page', () => {
  it('labels every control and localizes every marked string', async () => {
    const page = await openPage({ 'site:example.com': { alwaysHideClutter: true, neverRun: false, autoOpenReader: false } });
    for (const control of page.doc.querySelectorAll('input, button')) {
      const el = control as HTMLInputElement;
      const name = el.getAttribute('aria-label') ?? (el.labels && el.labels.length > 0 ? el.labels[0]?.textContent : null) ?? (el.tagName === 'BUTTON' ? el.textContent : null);
      expect(name?.trim(), el.outerHTML).toBeTruthy();
    }
    expect(page.doc.querySelector('h1')?.textContent).toBe('Tidy Reader settings');
    expect(page.doc.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')).toHaveLength(0);
  });

  it('shows the stored settings and applies the theme to the page', async () => {
    const page = await openPage({
      settingsVersion: 1,
      reading: { theme: 'dark', font: 'sans', fontSize: 22, lineWidth: 60, lineHeight: 1.8 },
      showImages: false,
      relatedSummaries: true,
    });
    expect(input(page, 'input[name="theme"][value="dark"]').checked).toBe(true);
    expect(input(page, 'input[name="font"][value="sans"]').checked).toBe(true);
    expect(input(page, '#font-size').value).toBe('22');
    expect(page.doc.getElementById('font-size-value')?.textContent).toBe('22 px');
    expect(input(page, '#font-size').getAttribute('aria-valuetext')).toBe('22 px');
    expect(input(page, '#show-images').checked).toBe(false);
    expect(input(page, '#related-summaries').checked).toBe(true);
    const root = page.doc.documentElement;
    expect(root.dataset['theme']).toBe('dark');
    expect(root.style.getPropertyValue('--tr-font-size')).toBe('22px');
    expect(root.dataset['images']).toBe('hidden');
    expect(page.doc.getElementById('load-issues')?.hidden).toBe(true);
    expect(page.doc.getElementById('sites-table')?.hidden).toBe(true);
    expect(page.doc.getElementById('sites-empty')?.hidden).toBe(false);
  });

  it('tells the user when stored settings were corrupt, and still shows the rest', async () => {
    const page = await openPage({ settingsVersion: 1, reading: { theme: 'sepia', fontSize: 'huge' }, showImages: 'no' });
    expect(page.doc.getElementById('load-issues')?.hidden).toBe(false);
    expect(input(page, 'input[name="theme"][value="sepia"]').checked).toBe(true);
    expect(input(page, '#font-size').value).toBe(String(DEFAULT_READING.fontSize));
  });

  it('saves the theme, font and sliders, and previews a slider live before saving', async () => {
    const page = await openPage();
    const sepia = input(page, 'input[name="theme"][value="sepia"]');
    sepia.checked = true;
    change(page, sepia);
    const sans = input(page, 'input[name="font"][value="sans"]');
    sans.checked = true;
    change(page, sans);
    await settle();
    const size = input(page, '#font-size');
    size.value = '25';
    change(page, size, 'input');
    expect(page.doc.documentElement.style.getPropertyValue('--tr-font-size')).toBe('25px');
    expect((await loadSettings(page.area)).reading.fontSize).toBe(DEFAULT_READING.fontSize);
    change(page, size);
    size.value = '26';
    change(page, size);
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 50));
    await settle();
    expect((await loadSettings(page.area)).reading).toEqual({ ...DEFAULT_READING, theme: 'sepia', font: 'sans', fontSize: 26 });
    expect(page.area.writes).toHaveLength(3);
    expect(page.doc.getElementById('status')?.textContent).toBe('Saved.');
    expect(page.doc.documentElement.dataset['theme']).toBe('sepia');
  });

  it('resets the reading defaults', async () => {
    const page = await openPage({ settingsVersion: 1, reading: { theme: 'dark', fontSize: 30 } });
    page.doc.getElementById('reset-reading')?.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true }));
    await settle();
    expect((await loadSettings(page.area)).reading).toEqual(DEFAULT_READING);
    expect(input(page, 'input[name="theme"][value="system"]').checked).toBe(true);
  });

  it('saves the two content switches', async () => {
    const page = await openPage();
    const images = input(page, '#show-images');
    images.checked = false;
    change(page, images);
    const summaries = input(page, '#related-summaries');
    summaries.checked = false;
    change(page, summaries);
    await settle();
    const settings = await loadSettings(page.area);
    expect([settings.showImages, settings.relatedSummaries]).toEqual([false, false]);
  });

  it('adds a site from a URL, toggles its choices and removes it', async () => {
    const page = await openPage();
    const field = input(page, '#site-input');
    field.value = 'https://www.Example.com/news/1';
    page.doc.getElementById('add-site')?.dispatchEvent(new page.window.Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(field.value).toBe('');
    const row = page.doc.querySelector('#sites-body tr[data-host="example.com"]');
    expect(row?.querySelector('th')?.textContent).toBe('example.com');
    expect(page.doc.activeElement).toBe(row?.querySelector('input'));
    expect(Object.keys((await loadSettings(page.area)).sites)).toEqual(['example.com']);

    const never = input(page, '#sites-body tr[data-host="example.com"] input[name="neverRun"]');
    expect(never.getAttribute('aria-label')).toBe('Never run: example.com');
    never.checked = true;
    change(page, never);
    await settle();
    expect((await loadSettings(page.area)).sites['example.com']).toEqual({ alwaysHideClutter: false, neverRun: true, autoOpenReader: false });

    const remove = page.doc.querySelector('#sites-body tr[data-host="example.com"] button');
    expect(remove?.getAttribute('aria-label')).toBe('Remove example.com');
    remove?.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true }));
    await settle();
    expect((await loadSettings(page.area)).sites).toEqual({});
    expect(page.doc.querySelectorAll('#sites-body tr')).toHaveLength(0);
    expect(page.doc.activeElement).toBe(field);
  });

  it('lists the kept blocks of every site, as text, and stops keeping one on request', async () => {
    const page = await openPage({
      'keep:news.example': [
        { ruleId: 'ad-slot', match: 'class~="ad"', example: '<b>Advertisement</b>' },
        { ruleId: 'comments', match: 'heading "comments"', example: 'Comments' },
      ],
      'keep:a.example': [{ ruleId: 'newsletter-box', match: 'class~="newsletter"', example: '' }],
    });
    const rows = [...page.doc.querySelectorAll('#keep-body tr')];
    expect(rows.map((r) => [...r.children].slice(0, 3).map((c) => c.textContent))).toEqual([
      ['a.example', '—', 'newsletter-box · class~="newsletter"'],
      ['news.example', '<b>Advertisement</b>', 'ad-slot · class~="ad"'],
      ['news.example', 'Comments', 'comments · heading "comments"'],
    ]);
    expect(page.doc.querySelector('#keep-body b')).toBeNull();
    expect(page.doc.getElementById('keep-empty')?.hidden).toBe(true);
    const remove = page.doc.querySelector('#keep-body tr[data-host="news.example"][data-rule="ad-slot"] button');
    expect(remove?.getAttribute('aria-label')).toBe('Stop keeping “<b>Advertisement</b>” on news.example');
    remove?.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true }));
    await settle();
    expect((await loadSettings(page.area)).keep['news.example']).toEqual([{ ruleId: 'comments', match: 'heading "comments"', example: 'Comments' }]);
    expect(page.doc.querySelectorAll('#keep-body tr')).toHaveLength(2);
    expect(page.doc.activeElement).toBe(page.doc.querySelector('#keep-body tr[data-rule="comments"] button'));
  });

  it('says so when no block is kept', async () => {
    const page = await openPage();
    expect(page.doc.getElementById('keep-empty')?.hidden).toBe(false);
    expect(page.doc.getElementById('keep-table')?.hidden).toBe(true);
  });

  it('refuses a bad host with a message tied to the field, showing it as text', async () => {
    const page = await openPage();
    const field = input(page, '#site-input');
    field.value = '<img src=x onerror=alert(1)>';
    page.doc.getElementById('add-site')?.dispatchEvent(new page.window.Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    const error = page.doc.getElementById('site-error');
    expect(error?.textContent).toContain('“<img src=x onerror=alert(1)>” is not a site address');
    expect(error?.querySelector('img')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(page.area.writes).toEqual([]);
  });

  it('exports the settings as a JSON download', async () => {
    const page = await openPage({ settingsVersion: 1, reading: { theme: 'dark' }, 'site:a.example': { neverRun: true } });
    page.doc.getElementById('export-settings')?.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true }));
    expect(page.files).toHaveLength(1);
    expect(page.files[0]?.name).toBe('tidy-reader-settings-2026-11-26.json');
    expect(page.files[0]?.type).toBe('application/json');
    expect(JSON.parse(page.files[0]?.text ?? '')).toMatchObject({ format: EXPORT_FORMAT, settings: { reading: { theme: 'dark' }, sites: { 'a.example': { neverRun: true } } } });
  });

  async function importFile(page: Page, text: string): Promise<void> {
    const fileInput = input(page, '#import-file');
    const file = new page.window.File([text], 'settings.json', { type: 'application/json' });
    Object.defineProperty(fileInput, 'files', { value: [file], configurable: true });
    change(page, fileInput);
    await settle();
  }

  it('imports a settings file, replacing the stored settings and the display', async () => {
    const page = await openPage({ 'site:old.example': { neverRun: true } });
    const source = await openPage({ settingsVersion: 1, reading: { theme: 'sepia', fontSize: 26 }, 'site:new.example': { autoOpenReader: true } });
    await importFile(page, exportSettings(await loadSettings(source.area)));
    const settings = await loadSettings(page.area);
    expect(settings.reading).toEqual({ ...DEFAULT_READING, theme: 'sepia', fontSize: 26 });
    expect(Object.keys(settings.sites)).toEqual(['new.example']);
    expect(input(page, 'input[name="theme"][value="sepia"]').checked).toBe(true);
    expect(page.doc.querySelector('#sites-body tr')?.getAttribute('data-host')).toBe('new.example');
    expect(page.doc.getElementById('status')?.textContent).toBe('Settings imported.');
  });

  it('refuses a file that is not a settings export and changes nothing', async () => {
    const page = await openPage({ settingsVersion: 1, reading: { theme: 'dark' } });
    await importFile(page, '{"hello": "world"}');
    expect(page.doc.getElementById('status')?.textContent).toBe('This file is not a Tidy Reader settings export.');
    await importFile(page, 'not json at all');
    expect(page.doc.getElementById('status')?.textContent).toBe('This file is not valid JSON.');
    expect((await loadSettings(page.area)).reading.theme).toBe('dark');
    expect(page.area.writes).toEqual([]);
  });

  it('says how many values of an import were replaced by defaults', async () => {
    const page = await openPage();
    await importFile(page, JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { reading: { theme: 'dark', fontSize: -4 }, showImages: 'x' } }));
    expect(page.doc.getElementById('status')?.textContent).toBe('Settings imported. Invalid values replaced by their defaults: 2.');
    expect((await loadSettings(page.area)).reading.theme).toBe('dark');
  });

  it('reports a failed save and shows the stored value again', async () => {
    const page = await openPage();
    page.area.failWrites = true;
    const dark = input(page, 'input[name="theme"][value="dark"]');
    dark.checked = true;
    change(page, dark);
    await settle();
    expect(page.doc.getElementById('status')?.textContent).toMatch(/^Could not save: .*quota/);
    expect(input(page, 'input[name="theme"][value="system"]').checked).toBe(true);
  });
});
