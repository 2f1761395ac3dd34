import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockLabel } from '../../src/core/article-blocks';
import type { Article } from '../../src/core/types';
import { formatDate, formatMeta } from '../../src/render/format-meta';
import { renderArticle, renderVerdict, restoreRemoved } from '../../src/render/render-article';

function popup(): { doc: Document; win: Window & typeof globalThis } {
  // The page template itself (build.mjs only fills in the stylesheet's and the script's names).
  const dom = new JSDOM(readFileSync('src/render/page.html', 'utf8'), { url: 'chrome-extension://abc/popup.html' });
  return { doc: dom.window.document, win: dom.window as unknown as Window & typeof globalThis };
}

function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://www.news.test/2026/11/story',
    title: 'A <b>bold</b> headline',
    byline: 'By Ada <img src=x onerror=alert(1)>',
    siteName: null,
    publishedTime: '2026-11-20T10:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: '',
    html: '<p id="title">First paragraph <a href="https://news.test/x">link</a>.</p>',
    text: 'First paragraph link.',
    wordCount: 3,
    readingMinutes: 4,
    related: [],
    removed: [],
    extractor: 'readability',
    ...overrides,
  };
}

describe('renderArticle', () => {
  it('puts page text in as text, never as markup', () => {
    const { doc, win } = popup();
    renderArticle(doc, article(), win);
    expect(doc.getElementById('title')?.textContent).toBe('A <b>bold</b> headline');
    expect(doc.querySelector('#title b')).toBeNull();
    expect(doc.querySelector('#byline img')).toBeNull();
    expect(doc.getElementById('meta')?.textContent).toBe('news.test · Nov 20, 2026 · 4 min read');
    expect(doc.title).toBe('A <b>bold</b> headline — Tidy Reader');
  });

  it('shows the first screenful of a long article at once and the rest right after, in order; a new render drops a stale rest', async () => {
    const { doc, win } = popup();
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1}: ${'words of the story '.repeat(8)}</p>`);
    renderArticle(doc, article({ html: paragraphs.join('') }), win);
    const shown = (): number => doc.querySelectorAll('#content p').length;
    expect(shown()).toBeGreaterThanOrEqual(3);
    expect(shown()).toBeLessThan(40);
    expect(doc.querySelector('#content p')?.textContent).toMatch(/^Paragraph 1:/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown()).toBe(40);
    expect([...doc.querySelectorAll('#content p')].map((p) => Number(/\d+/.exec(p.textContent ?? '')?.[0]))).toEqual(paragraphs.map((_, i) => i + 1));
    renderArticle(doc, article({ html: paragraphs.join('') }), win);
    renderArticle(doc, article({ html: '<p>A short one.</p>' }), win);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(doc.getElementById('content')?.textContent).toBe('A short one.');
  });

  it('restores a removed block in its place even before the rest of a long article is drawn', () => {
    const { doc, win } = popup();
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1}: ${'words of the story '.repeat(8)}</p>`);
    const removal = { category: 'promo' as const, ruleId: 'promo-box', match: 'class~="promo"', reason: 'a promotion', text: 'Get our app', markup: '<p>Get our app</p>' };
    const a = article({ html: paragraphs.join(''), removed: [removal] });
    renderArticle(doc, a, win);
    // The anchor names the 30th paragraph, which the first frame does not draw.
    const label = blockLabel(new JSDOM(paragraphs[29]).window.document.querySelector('p')!);
    Object.assign(removal, { anchor: { block: 29, side: 'before', text: label, inside: true, order: 0 } });
    expect(doc.querySelectorAll('#content > p').length).toBeLessThan(40);
    const restored = restoreRemoved(doc, a, 0, win);
    const section = restored?.ok ? restored.block : null;
    expect(doc.querySelectorAll('#content > p').length).toBe(40);
    expect(section?.nextElementSibling?.textContent).toMatch(/^Paragraph 30:/);
    expect(section?.querySelector('.restored-where')).toBeNull();
  });

  it("aligns the UI-language meta line with a right-to-left article's start edge", () => {
    const { doc, win } = popup();
    renderArticle(doc, article({ dir: 'rtl', lang: 'ar' }), win);
    expect(doc.getElementById('meta')?.classList.contains('rtl-article')).toBe(true);
    expect(doc.getElementById('title')?.getAttribute('dir')).toBe('rtl');
    renderArticle(doc, article(), win);
    expect(doc.getElementById('meta')?.classList.contains('rtl-article')).toBe(false);
  });

  it('sanitizes the body again: no scripts, handlers, javascript: links, styles, frames or clashing ids', () => {
    const { doc, win } = popup();
    const html = [
      '<p style="position:fixed" onclick="steal()">Text<script>alert(1)</script></p>',
      '<img src="https://img.test/a.jpg" onerror="alert(2)">',
      '<a href="javascript:alert(3)">bad</a><a href="https://ok.test/">good</a>',
      '<iframe src="https://evil.test/"></iframe><form action="https://evil.test/"><input name="q"></form>',
      '<style>body{display:none}</style><p id="content">clash</p>',
    ].join('');
    renderArticle(doc, article({ html }), win);
    const content = doc.getElementById('content');
    const out = content?.innerHTML ?? '';
    expect(out).not.toMatch(/script|onclick|onerror|javascript:|iframe|<form|<input|<style|style=/i);
    expect(doc.querySelectorAll('#content').length).toBe(1);
    const img = content?.querySelector('img');
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
    const good = content?.querySelector('a[href="https://ok.test/"]');
    expect(good?.getAttribute('target')).toBe('_blank');
    expect(good?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(content?.getAttribute('lang')).toBe('en');
  });

  it("keeps a footnote's links inside the article: to the note and back, ids renamed alike, no new tab", () => {
    const { doc, win } = popup();
    const html = [
      '<p>A claim.<sup id="fnref:1"><a href="#fn:1">[1]</a></sup> <a href="https://ok.test/">away</a></p>',
      '<ol><li id="fn:1"><p>The source. <a href="#fnref:1">↩</a></p></li></ol>',
    ].join('');
    renderArticle(doc, article({ html }), win);
    const content = doc.getElementById('content');
    const [toNote, away, back] = Array.from(content?.querySelectorAll('a') ?? []);
    expect(toNote?.getAttribute('href')).toBe('#user-content-fn:1');
    expect(toNote?.hasAttribute('target')).toBe(false);
    expect(content?.querySelector('li')?.id).toBe('user-content-fn:1');
    expect(doc.getElementById((toNote?.getAttribute('href') ?? '').slice(1))?.textContent).toContain('The source.');
    expect(doc.getElementById((back?.getAttribute('href') ?? '').slice(1))?.localName).toBe('sup');
    expect(back?.hasAttribute('target')).toBe(false);
    expect(away?.getAttribute('target')).toBe('_blank');
  });

  it('lists related links with title, source, time and summary, dropping non-web URLs', () => {
    const { doc, win } = popup();
    renderArticle(
      doc,
      article({
        related: [
          { url: 'https://other.test/a', title: 'Other story', source: 'Other Times', time: '2 hours ago', summary: 'What happened.' },
          { url: 'javascript:alert(1)', title: 'Trap' },
          { url: 'https://third.test/b', title: 'Third <i>story</i>' },
        ],
      }),
      win,
    );
    const section = doc.getElementById('related');
    expect(section?.hidden).toBe(false);
    expect(section?.querySelector('h2')?.textContent).toBe('Related');
    const items = [...(section?.querySelectorAll('li') ?? [])];
    expect(items).toHaveLength(2);
    const link = items[0]?.querySelector<HTMLAnchorElement>('a.related-title');
    expect(link?.href).toBe('https://other.test/a');
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toBe('noopener noreferrer');
    expect(items[0]?.querySelector('.related-source')?.textContent).toBe('Other Times');
    expect(items[0]?.querySelector('.related-time')?.textContent).toBe('2 hours ago');
    expect(items[0]?.querySelector('.related-summary')?.textContent).toBe('What happened.');
    expect(items[1]?.querySelector('a.related-title')?.textContent).toBe('Third <i>story</i>');
  });

  it('hides the related section when there are no links', () => {
    const { doc, win } = popup();
    renderArticle(doc, article(), win);
    expect(doc.getElementById('related')?.hidden).toBe(true);
  });

  it('groups what was removed by category with counts', () => {
    const { doc, win } = popup();
    renderArticle(
      doc,
      article({
        removed: [
          { category: 'ad', ruleId: 'ad-label', match: 'label "advertisement"', reason: 'ad label', text: 'Advertisement' },
          { category: 'comments', ruleId: 'comments', match: 'heading "comments"', reason: 'comments', text: 'No comments yet...' },
          { category: 'ad', ruleId: 'ad-slot', match: 'class~="ad"', reason: 'ad slot', text: '' },
        ],
      }),
      win,
    );
    const groups = [...doc.querySelectorAll('#removed-groups > li')];
    expect(groups.map((g) => g.getAttribute('data-category'))).toEqual(['ad', 'comments']);
    expect(groups[0]?.querySelector('.removed-category')?.textContent).toBe('Ads');
    expect(groups[0]?.querySelector('.removed-count')?.textContent).toBe('2');
    expect([...(groups[0]?.querySelectorAll('.removed-text') ?? [])].map((li) => li.textContent)).toEqual(['Advertisement', '(ad-slot)']);
    expect(doc.getElementById('removed-summary')?.textContent).toBe('3 blocks removed.');
  });
});

describe('renderVerdict', () => {
  it('says why in words, and keeps every raw signal, strongest first, as text under Details', () => {
    const { doc } = popup();
    renderVerdict(doc, [
      { name: 'prior', weight: -1.9 },
      { name: 'small', weight: 0.2 },
      { name: 'time-many', weight: -0.3, detail: '<b>40 dates</b>' },
      { name: 'og-article', weight: 0.8 },
    ]);
    expect(doc.getElementById('verdict-reasons')?.textContent).toBe(
      'It looks like a home page or section front, full of story teasers. It has little continuous text.',
    );
    const items = [...doc.querySelectorAll('#signals li')].map((li) => li.textContent);
    expect(items).toEqual(['prior -1.9', 'og-article +0.8', 'time-many -0.3 — <b>40 dates</b>', 'small +0.2']);
    expect(doc.querySelector('#signals b')).toBeNull();
    // The raw list is there for the curious, folded away.
    const details = doc.getElementById('signals')?.closest('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.getAttribute('data-i18n')).toBe('signalsDetails');
  });
});

describe('formatMeta', () => {
  it('joins site, date and reading time, skipping what is missing', () => {
    expect(formatMeta({ siteName: 'Daily', url: 'https://x.test/', publishedTime: null, readingMinutes: 0.2 })).toBe('Daily · 1 min read');
    expect(formatDate('3 hours ago')).toBe('3 hours ago');
    expect(formatDate('2026-02-30T99:00')).toBe('2026-02-30T99:00');
  });
});
