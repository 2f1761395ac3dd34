// The popup / reader page (src/render/) in jsdom, driven through startPage with a fake browser: every
// string goes through the i18n catalogue, the one-row bar opens its panels as disclosures, the
// reading toolbar and the keys change and save the prefs (never while typing), right-to-left
// articles get their lang/dir, the not-article and site-off states. The page is the template
// src/render/page.html that build.mjs writes out as popup.html and reader.html (manifest-build.test.ts
// checks the written pages).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import type { ArticleView, Envelope, SiteState } from '../../src/messages';
import { handOver, startRead, takeStartedRead } from '../../src/render/first-read';
import { startPage } from '../../src/render/page-controller';
import type { PageEnv } from '../../src/render/page-controller';
import { memoryArea } from '../settings/memory-area';

const LOCALES = ['en', 'zh_CN', 'zh_TW', 'de', 'es', 'fr', 'ja'];
const PAGES = ['src/render/page.html'];


const site: SiteState = { host: 'news.test', alwaysHideClutter: false, neverRun: false, autoOpenReader: false };

function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.test/story',
    title: 'افتتاح أول مكتبة',
    byline: null,
    siteName: 'News',
    publishedTime: null,
    lang: 'ar',
    dir: null,
    excerpt: '',
    html: '<p>انطلقت صباح السبت أول مكتبة متنقلة.</p>',
    text: 'انطلقت صباح السبت أول مكتبة متنقلة.',
    wordCount: 6,
    readingMinutes: 1,
    related: [{ url: 'https://news.test/b', title: 'B', summary: 'A summary.' }],
    removed: [],
    extractor: 'readability',
    ...overrides,
  };
}

/** `boot`: the read is started first and handed over, as boot.js and the page's script do it (src/render/boot.ts). */
async function mount(view: ArticleView, file = PAGES[0] ?? '', boot = false) {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url: 'chrome-extension://abc/popup.html?tab=1' });
  const doc = dom.window.document;
  const area = memoryArea();
  /** Every message sent, with the page's reads of the tab as 'readArticle'. */
  const sent: Array<Envelope | { name: 'readArticle'; request: { tabId: number; force: boolean } }> = [];
  const env: PageEnv = {
    async readArticle(tabId, force) {
      sent.push({ name: 'readArticle', request: { tabId, force } });
      return { ok: true, value: view };
    },
    async send(message) {
      sent.push(message);
      if (message.name === 'setSiteChoice') return { ok: true, value: { ...site, neverRun: false } };
      if (message.name === 'setClutter') {
        const { hidden, remember } = message.request as { hidden: boolean; remember: boolean };
        return { ok: true, value: { hidden, count: hidden ? 3 : 0, remembered: hidden && remember, host: 'news.test' } };
      }
      return { ok: false, error: { kind: 'internal', message: 'not faked' } };
    },
    activeTabId: async () => 1,
    settings: area,
    watchSettings: () => undefined,
    openOptions: async () => undefined,
    commandShortcut: async () => 'Alt+Shift+D',
    uiLanguage: 'en',
  };
  if (boot) handOver(startRead(dom.window.location.search, env));
  await startPage(doc, 'popup', env, boot ? takeStartedRead() : undefined);
  const key = (k: string, target: Element = doc.body): void => {
    target.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  };
  return { doc, area, sent, key, win: dom.window };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 350));

describe('the page\'s strings', () => {
  it('every data-i18n key of the popup and the reader is in every catalogue', () => {
    const missing: string[] = [];
    for (const file of PAGES) {
      const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
      const keys = new Set(
        [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('data-i18n')).map((a) => el.getAttribute(a) ?? '')),
      );
      for (const lang of LOCALES) {
        const catalogue = JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Record<string, unknown>;
        for (const k of keys) if (!Object.hasOwn(catalogue, k)) missing.push(`${lang}: ${k} (${file})`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('leaves no hard-coded text: each visible string and label is marked for translation', () => {
    for (const file of PAGES) {
      const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
      const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
      const bare: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        // Symbols are not words: separators, key caps, the gear, "A−"/"A+".
        if (!/\p{L}{2,}/u.test(text)) continue;
        if (!node.parentElement?.closest('[data-i18n]')) bare.push(text);
      }
      for (const el of doc.querySelectorAll('[aria-label], [title]')) {
        if (el.hasAttribute('aria-label') && !el.hasAttribute('data-i18n-aria-label')) bare.push(`aria-label of #${el.id}`);
        if (el.hasAttribute('title') && !el.hasAttribute('data-i18n-title') && el.tagName !== 'TITLE') bare.push(`title of #${el.id}`);
      }
      expect(bare, file).toEqual([]);
    }
  });
});

describe('the read boot.js starts', () => {
  it('is taken over by the page: the tab is read once, its article shown, and the read handed over only once', async () => {
    const view: ArticleView = { status: 'article', article: article(), verdict: { isArticle: true, score: 3, signals: [] }, clutter: { hidden: false, count: 0, remembered: false, host: 'news.test' }, site };
    const { doc, sent } = await mount(view, PAGES[0], true);
    expect(sent.filter((m) => m.name === 'readArticle')).toEqual([{ name: 'readArticle', request: { tabId: 1, force: false } }]);
    expect(doc.body.dataset['state']).toBe('article');
    expect(doc.getElementById('title')?.textContent).toBe(view.article.title);
    expect(takeStartedRead()).toBeUndefined();
  });
});

describe('the reading toolbar and the keys', () => {
  it('+, - and t change the prefs, apply them to <html> and save them; nothing fires while typing', async () => {
    const { doc, area, key } = await mount({ status: 'article', article: article(), verdict: { isArticle: true, score: 3, signals: [] }, clutter: { hidden: false, count: 0, remembered: false, host: 'news.test' }, site });
    const root = doc.documentElement;
    expect(root.dataset['theme']).toBe('system');
    key('+');
    key('+');
    key('-');
    expect(root.style.getPropertyValue('--tr-font-size')).toBe('19px');
    key('t');
    expect(root.dataset['theme']).toBe('light');
    expect((doc.getElementById('theme-select') as HTMLSelectElement).value).toBe('light');
    await settle();
    expect(area.items.get('reading')).toMatchObject({ fontSize: 19, theme: 'light' });

    const field = doc.createElement('input');
    doc.body.append(field);
    key('+', field);
    key('t', field);
    key('?', field);
    expect(root.style.getPropertyValue('--tr-font-size')).toBe('19px');
    expect(root.dataset['theme']).toBe('light');
    expect(doc.getElementById('shortcut-help')?.hidden).toBe(true);
    key('?');
    expect(doc.getElementById('shortcut-help')?.hidden).toBe(false);
    expect(doc.getElementById('shortcut-list')?.textContent).toContain('Larger text');
    expect(doc.querySelector('.command-shortcut')?.textContent).toContain('Alt+Shift+D');
  });

  it('shows the hint line, and the reader tab key only where there is one to open', async () => {
    const { doc } = await mount({ status: 'not-article', verdict: { isArticle: false, score: -1, signals: [] }, url: 'https://news.test/', site });
    const hint = doc.getElementById('shortcut-hint')?.textContent ?? '';
    for (const label of ['Larger text', 'Smaller text', 'Next theme', 'Open in reader tab', 'Hide or show clutter', 'Keyboard shortcuts']) expect(hint).toContain(label);
  });
});

describe('the one-row bar', () => {
  const articleView = (): ArticleView => ({ status: 'article', article: article(), verdict: { isArticle: true, score: 3, signals: [] }, clutter: { hidden: false, count: 0, remembered: false, host: 'news.test' }, site });

  it('keeps the reading settings and the exports in closed panels that their buttons open and Escape closes', async () => {
    const { doc, key } = await mount(articleView());
    for (const [toggleId, panelId, inside] of [
      ['toggle-reading', 'reading-controls', 'theme-select'],
      ['toggle-export', 'export-panel', 'copy-markdown'],
    ] as const) {
      const toggle = doc.getElementById(toggleId) as HTMLButtonElement;
      const panel = doc.getElementById(panelId) as HTMLElement;
      expect(toggle.getAttribute('aria-controls'), toggleId).toBe(panelId);
      expect([toggle.getAttribute('aria-expanded'), panel.hidden], toggleId).toEqual(['false', true]);
      toggle.click();
      expect([toggle.getAttribute('aria-expanded'), panel.hidden], toggleId).toEqual(['true', false]);
      const control = doc.getElementById(inside) as HTMLElement;
      control.focus();
      key('Escape', control);
      expect([toggle.getAttribute('aria-expanded'), panel.hidden], toggleId).toEqual(['false', true]);
      expect(doc.activeElement, toggleId).toBe(toggle);
      toggle.click();
      toggle.click();
      expect(panel.hidden, toggleId).toBe(true);
    }
    // The "Aa" button is a picture of type: its name is a translated label, not the letters.
    expect(doc.getElementById('toggle-reading')?.getAttribute('aria-label')).toBe('Reading settings');
    expect(doc.getElementById('show-removed')?.textContent).toBe('Removed (0)');
  });

  it('offers "Remember for this site" beside the count once the clutter is hidden', async () => {
    const { doc, sent, win } = await mount(articleView());
    const label = doc.getElementById('remember-site')?.closest('label');
    expect(label?.hidden).toBe(true);
    (doc.getElementById('hide-clutter') as HTMLButtonElement).click();
    await settle();
    expect(doc.getElementById('clutter-status')?.textContent).toBe('3 blocks hidden on the page.');
    expect(label?.hidden).toBe(false);
    const box = doc.getElementById('remember-site') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new win.Event('change'));
    await settle();
    expect(sent.filter((m) => m.name === 'setClutter').map((m) => m.request)).toEqual([
      { tabId: 1, hidden: true, remember: false },
      { tabId: 1, hidden: true, remember: true },
    ]);
  });
});

describe('the not-article view', () => {
  it('says why in a sentence, with the raw signals folded under Details, and keeps "Clean anyway"', async () => {
    const signals = [
      { name: 'prior', weight: -1.9 },
      { name: 'teaser-headings', weight: -0.4, detail: '30 of 31 headings are links' },
      { name: 'url-root', weight: -0.43, detail: 'home page' },
    ];
    const { doc } = await mount({ status: 'not-article', verdict: { isArticle: false, score: -2.7, signals }, url: 'https://news.test/', site });
    expect(doc.body.dataset['state']).toBe('not-article');
    expect(doc.getElementById('message')?.textContent).toBe('This page does not look like an article.');
    expect(doc.getElementById('verdict-reasons')?.textContent).toBe(
      'It looks like a home page or section front, full of story teasers. It has no article details (author, date) and little continuous text.',
    );
    const details = doc.querySelector('details.signals') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Details');
    expect(doc.querySelectorAll('#signals li')).toHaveLength(3);
    // The feature names appear only inside the folded list.
    for (const el of doc.querySelectorAll('.signal-name')) expect(el.closest('details')).toBe(details);
    expect(doc.getElementById('clean-anyway')?.textContent).toBe('Clean anyway');
  });
});

describe('the article view', () => {
  it('gives the title and body the article\'s language and direction, and follows the content settings', async () => {
    const { doc, area } = await mount({ status: 'article', article: article(), verdict: { isArticle: true, score: 3, signals: [] }, clutter: { hidden: false, count: 0, remembered: false, host: 'news.test' }, site });
    for (const id of ['title', 'content']) {
      expect(doc.getElementById(id)?.getAttribute('lang'), id).toBe('ar');
      expect(doc.getElementById(id)?.getAttribute('dir'), id).toBe('rtl');
    }
    expect(doc.documentElement.dataset['images']).toBe('shown');
    expect(doc.documentElement.dataset['relatedSummaries']).toBe('on');
    expect(doc.getElementById('meta')?.textContent).toContain('1 min read');
    expect(area.items.size).toBe(0);
  });

  it('says in one quiet line when it shows an article the detector did not take for one', async () => {
    const view = (isArticle: boolean): ArticleView => ({
      status: 'article', article: article(), verdict: { isArticle, score: isArticle ? 3 : -1, signals: [] },
      clutter: { hidden: false, count: 0, remembered: false, host: 'news.test' }, site,
    });
    const missed = await mount(view(false));
    const note = missed.doc.getElementById('not-detected-note');
    expect(missed.doc.body.dataset['state']).toBe('article');
    expect(note?.hidden).toBe(false);
    expect(note?.textContent).toBe('Not detected as an article, but its text reads as one.');
    expect(note?.compareDocumentPosition(missed.doc.getElementById('title') as Node)).toBe(4 /* title follows the note */);
    expect((await mount(view(true))).doc.getElementById('not-detected-note')?.hidden).toBe(true);
  });

  it('says the site is off and turns it on again with one button', async () => {
    const { doc, sent } = await mount({ status: 'site-off', url: 'https://news.test/', site: { ...site, neverRun: true } });
    expect(doc.body.dataset['state']).toBe('site-off');
    expect((doc.getElementById('site-never-run') as HTMLInputElement).checked).toBe(true);
    expect(doc.getElementById('site-host')?.textContent).toBe('news.test');
    (doc.getElementById('enable-site') as HTMLButtonElement).click();
    await settle();
    expect(sent.map((m) => m.name)).toEqual(['readArticle', 'setSiteChoice', 'readArticle']);
    expect(sent[1]?.request).toEqual({ tabId: 1, choice: 'neverRun', value: false });
  });
});
