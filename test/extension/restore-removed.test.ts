// The Removed list of the popup / reader (src/render/) in jsdom, over an article the real core
// extracted: each removed block says which rule removed it, by what match and why; *Restore* puts it
// back in its place, marked as restored, and takes it out again; *Always keep on this site* stores an
// exception in the settings and forgets it when pressed again. The render module also refuses
// tracking pixels and broken image addresses that reach it (defence in depth).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index';
import type { Article } from '../../src/core/types';
import type { ArticleView, Envelope, SiteState } from '../../src/messages';
import { startPage } from '../../src/render/page-controller';
import type { PageEnv } from '../../src/render/page-controller';
import { renderArticle } from '../../src/render/render-article';
import { loadSettings } from '../../src/settings/settings-store';
import { memoryArea } from '../settings/memory-area';

const URL_ = 'https://news.test/2025/03/harbour-crane';
const prose = (n: number): string => `<p>Paragraph ${n} of the harbour story has enough words to be prose for any extractor, detail ${n}.</p>`;
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour crane</title></head><body>
  <div class="cookie-banner"><p>We use cookies to personalise content and ads.</p></div>
  <article><h1>Harbour crane arrives</h1>${prose(1)}
    <div class="newsletter-signup"><p>Get the harbour briefing every morning.</p></div>${prose(2)}${prose(3)}
    <div class="share-bar"><a href="/share?u=1">Share this story</a></div>${prose(4)}</article>
  <section class="trending"><h2>Trending</h2><ul><li><a href="/a">Ferry fares rise</a></li></ul></section>
  <div class="promo-box"><p>Get our app for harbour news.</p></div>
  </body></html>`;

function extracted(): Article {
  const result = extractArticle(new JSDOM(PAGE, { url: URL_ }).window.document, URL_);
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const site: SiteState = { host: 'news.test', alwaysHideClutter: false, neverRun: false, autoOpenReader: false };

async function mount(article: Article) {
  const dom = new JSDOM(readFileSync('src/render/page.html', 'utf8'), { url: 'chrome-extension://abc/popup.html?tab=1' });
  const doc = dom.window.document;
  const area = memoryArea();
  const view: ArticleView = { status: 'article', article, verdict: { isArticle: true, score: 3, signals: [] }, clutter: { hidden: false, count: 0, remembered: false, host: 'news.test' }, site };
  const env: PageEnv = {
    async send(_message: Envelope) {
      return { ok: false, error: { kind: 'internal', message: 'not faked' } };
    },
    readArticle: async () => ({ ok: true, value: view }),
    activeTabId: async () => 1,
    settings: area,
    watchSettings: () => undefined,
    openOptions: async () => undefined,
    commandShortcut: async () => '',
    uiLanguage: 'en',
  };
  await startPage(doc, 'popup', env);
  return { doc, area, win: dom.window };
}

/** The item of the Removed list whose text contains `text`. */
function item(doc: Document, text: string): Element {
  const found = [...doc.querySelectorAll('.removed-item')].find((li) => li.querySelector('.removed-text')?.textContent?.includes(text));
  if (!found) throw new Error(`no removed item with "${text}"`);
  return found;
}

const click = (el: Element | null | undefined): void => {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
};
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
const lineOf = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 11);

describe('the Removed list', () => {
  it('says for each block which rule removed it, by what match and why, with its buttons', async () => {
    const { doc } = await mount(extracted());
    const share = item(doc, 'Share this story');
    expect(share.querySelector('.removed-rule')?.textContent).toBe('share-bar');
    expect(share.querySelector('.removed-match')?.textContent).toBe('class~="share"');
    expect(share.querySelector('.removed-reason')?.textContent?.length).toBeGreaterThan(10);
    expect(share.querySelector('button[data-action="restore"]')?.textContent).toBe('Restore');
    const keep = share.querySelector<HTMLButtonElement>('button[data-action="keep"]');
    expect(keep?.textContent).toBe('Always keep on this site');
    expect(keep?.hidden).toBe(false);
    expect(keep?.getAttribute('aria-describedby')).toBe(share.querySelector('.removed-text')?.id);
  });

  it('puts a block back in its place, marked as restored, and takes it out again', async () => {
    const { doc } = await mount(extracted());
    const restore = item(doc, 'harbour briefing').querySelector('button[data-action="restore"]');
    click(restore);
    const restored = doc.querySelector('#content .restored');
    expect(restored?.textContent).toContain('Get the harbour briefing every morning.');
    expect(restored?.querySelector('.restored-note')?.textContent).toMatch(/^Restored · newsletter-box · class~="newsletter" — /);
    expect(lineOf(restored?.previousElementSibling ?? null)).toBe('Paragraph 1');
    expect(lineOf(restored?.nextElementSibling ?? null)).toBe('Paragraph 2');
    expect(restore?.textContent).toBe('Remove again');
    click(restore);
    expect(doc.querySelector('#content .restored')).toBeNull();
    expect(restore?.textContent).toBe('Restore');
  });

  it('keeps the page order among blocks put back at one place, and says when a block was outside the article', async () => {
    const { doc } = await mount(extracted());
    // Put back last first: they still come in the page's order, after the story's last paragraph.
    click(item(doc, 'Get our app').querySelector('button[data-action="restore"]'));
    click(item(doc, 'Ferry fares').querySelector('button[data-action="restore"]'));
    click(item(doc, 'Share this story').querySelector('button[data-action="restore"]'));
    const restored = [...doc.querySelectorAll('#content .restored')];
    expect(restored.map((s) => lineOf(s.querySelector('.restored-body')))).toEqual(['Share this ', 'TrendingFer', 'Get our app']);
    expect(lineOf(restored[0]?.nextElementSibling ?? null)).toBe('Paragraph 4');
    expect(lineOf(restored[1]?.previousElementSibling ?? null)).toBe('Paragraph 4');
    expect(restored[0]?.querySelector('.restored-where')).toBeNull();
    expect(restored[1]?.querySelector('.restored-where')?.textContent).toBe('outside the article on the page');
  });

  it('stores "Always keep on this site" as an exception of the site, and forgets it when pressed again', async () => {
    const { doc, area } = await mount(extracted());
    const keep = item(doc, 'harbour briefing').querySelector('button[data-action="keep"]');
    click(keep);
    await settle();
    expect((await loadSettings(area)).keep).toEqual({
      'news.test': [{ ruleId: 'newsletter-box', match: 'class~="newsletter"', example: 'Get the harbour briefing every morning.' }],
    });
    expect(keep?.getAttribute('aria-pressed')).toBe('true');
    // Kept means shown: the block is back in this view too.
    expect(doc.querySelector('#content .restored')?.textContent).toContain('harbour briefing');
    expect(doc.getElementById('removed-status')?.textContent).toContain('news.test');
    click(keep);
    await settle();
    expect((await loadSettings(area)).keep).toEqual({});
    expect(keep?.getAttribute('aria-pressed')).toBe('false');
    expect(keep?.textContent).toBe('Always keep on this site');
    expect(doc.getElementById('removed-status')?.textContent).toBe('No longer kept on news.test.');
  });

  it('offers no restore for a block too large to carry, and no keep for unsafe markup', async () => {
    const article = extracted();
    article.removed.push(
      { category: 'ad', ruleId: 'ad-slot', match: 'class~="ad"', reason: 'ads', text: 'Giant ad', unrestorable: 'too-large' },
      { category: 'unsafe', ruleId: 'sanitize', match: '<iframe>', reason: 'unsafe', text: '<iframe>', unrestorable: 'unsafe' },
      { category: 'ad', ruleId: 'ad-slot', match: 'class~="ad"', reason: 'ads', text: '', unrestorable: 'empty' },
    );
    const { doc } = await mount(article);
    const giant = item(doc, 'Giant ad');
    expect(giant.querySelector('button[data-action="restore"]')).toBeNull();
    expect(giant.querySelector('.removed-note')?.textContent).toBe('Too large to restore here (up to 20 KB a block, 200 KB in all).');
    expect(giant.querySelector('button[data-action="keep"]')).not.toBeNull();
    const unsafe = item(doc, '<iframe>');
    expect(unsafe.querySelector('button')).toBeNull();
    // An empty block (no text: the list shows its rule) says there is nothing to put back, and offers no keep.
    const empty = [...doc.querySelectorAll('.removed-item')].find((li) => li.querySelector('.removed-text')?.textContent === '(ad-slot)');
    expect(empty?.querySelector('button')).toBeNull();
    expect(empty?.querySelector('.removed-note')?.textContent).toBe('Nothing to restore: the block shows no text and no picture.');
  });
});

describe('a removed block is sanitized when it is put back, not before', () => {
  it('neutralises hostile markup the record carries: no script, handler, javascript: link or frame reaches the page', async () => {
    const article = extracted();
    const share = article.removed.find((r) => r.text.includes('Share this story'));
    if (!share) throw new Error('no share record');
    // What a record could carry from a hostile page: the core leaves scripts out, but the popup trusts no record.
    share.markup = '<div onclick="steal()"><img src="https://news.test/a.jpg" onerror="steal()"><script>steal()</script>'
      + '<a href="javascript:steal()">Share this story</a><iframe src="https://evil.test/"></iframe><p style="position:fixed" class="removed-item">Win</p></div>';
    const { doc } = await mount(article);
    click(item(doc, 'Share this story').querySelector('button[data-action="restore"]'));
    const body = doc.querySelector('#content .restored .restored-body');
    expect(body?.textContent).toContain('Share this story');
    expect(body?.querySelector('img')?.getAttribute('src')).toBe('https://news.test/a.jpg');
    expect(body?.innerHTML).not.toMatch(/onerror|onclick|<script|javascript:|<iframe|style=|class=|steal/);
  });

  it('says a block with nothing safe in it is unsafe when Restore is pressed, and puts nothing back', async () => {
    const article = extracted();
    const share = article.removed.find((r) => r.text.includes('Share this story'));
    if (!share) throw new Error('no share record');
    share.markup = '<form action="https://evil.test/"><input name="q"><button></button></form><script>steal()</script>';
    const { doc } = await mount(article);
    click(item(doc, 'Share this story').querySelector('button[data-action="restore"]'));
    expect(doc.querySelector('#content .restored')).toBeNull();
    const after = item(doc, 'Share this story');
    expect(after.querySelector('button')).toBeNull();
    expect(after.querySelector('.removed-note')?.textContent).toBe('Not restorable: markup that is never shown.');
    expect(doc.activeElement).toBe(after.querySelector('.removed-note'));
    expect(doc.getElementById('removed-status')?.textContent).toBe('Not restorable: markup that is never shown.');
    expect(share).toMatchObject({ unrestorable: 'unsafe' });
    expect(share.markup).toBeUndefined();
  });
});

describe('the render module refuses hostile images the core let through', () => {
  it('drops pixels, hidden images and broken addresses, keeps real pictures', () => {
    const dom = new JSDOM(readFileSync('src/render/page.html', 'utf8'), { url: 'chrome-extension://abc/popup.html' });
    const win = dom.window as unknown as Window & typeof globalThis;
    const html = [
      '<p>Text<img src="https://t.test/px.gif" width="1" height="1"><img src="https://t.test/h.gif" hidden></p>',
      '<picture><source srcset="https://t.test/s.webp" width="1" height="1"><img src="https://t.test/s.gif" width="1" height="1"></picture>',
      `<img src="https://x.test/a.png' onerror=alert(1) x='"><img src="https://x.test/ok.png" srcset="https://x.test/bad.png' 2x" alt="ok">`,
    ].join('');
    const article = extracted();
    renderArticle(dom.window.document, { ...article, html, leadImage: 'https://x.test/lead.png"><script>' }, win);
    const images = [...dom.window.document.querySelectorAll('#content img, #content source')];
    expect(images.map((img) => `${img.getAttribute('src')} ${img.getAttribute('srcset')}`)).toEqual(['https://x.test/ok.png null']);
  });
});
