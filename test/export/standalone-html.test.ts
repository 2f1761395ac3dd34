import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleToStandaloneHtml, standaloneCsp } from '../../src/export/standalone-html';
import { DEFAULT_READING } from '../../src/settings/schema';
import type { ReadingPrefs } from '../../src/settings/schema';
import { PALETTES } from '../../src/theme/palette';
import { HOSTILE, hostileArticle, sampleArticle } from './sample-article';

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('articleToStandaloneHtml', () => {
  const html = articleToStandaloneHtml(sampleArticle(), DEFAULT_READING);
  const doc = parse(html);

  it('is a complete document with lang, dir, charset, title and a script-forbidding CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe('Storm hits the coast');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(csp).toContain("base-uri 'none'");
  });

  it('carries the header, the sanitized body and the related list, and no extension controls', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Storm hits the coast');
    expect(doc.querySelector('.meta')?.textContent).toBe('By Ana Lima · Example News · 2026-11-25');
    expect(doc.querySelector('.source a')?.getAttribute('href')).toBe('https://news.example.com/2026/11/storm-coast?id=7');
    expect(doc.querySelector('.body strong')?.textContent).toBe('dawn');
    expect(doc.querySelector('.body img')?.getAttribute('src')).toBe('https://img.example.com/storm.jpg');
    const items = [...doc.querySelectorAll('.related li')];
    expect(items).toHaveLength(2);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('https://other.example.org/flood');
    expect(items[0]?.textContent).toContain('Other Paper, 2 hours ago');
    expect(items[0]?.querySelector('.related-summary')?.textContent).toBe('Rivers keep rising.');
    expect(doc.querySelectorAll('script, button, input, form, iframe, link')).toHaveLength(0);
  });

  it('inlines the chosen theme and typography', () => {
    const prefs: ReadingPrefs = { theme: 'sepia', font: 'sans', fontSize: 22, lineWidth: 60, lineHeight: 1.8 };
    const css = parse(articleToStandaloneHtml(sampleArticle(), prefs)).querySelector('style')?.textContent ?? '';
    expect(css).toContain(`--tr-bg: ${PALETTES.sepia.bg}`);
    expect(css).toContain('--tr-font-size: 22px');
    expect(css).toContain('--tr-line-width: 60ch');
    expect(css).toContain('--tr-line-height: 1.8');
    expect(css).toContain('system-ui');
    expect(css).toContain('@media print');
  });

  it('follows the system with both palettes for the "system" theme', () => {
    const css = parse(html).querySelector('style')?.textContent ?? '';
    expect(css).toContain(PALETTES.light.bg);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)[^}]*--tr-bg: #1b1c1e/);
  });

  it('blocks and hides images when they are off, and can drop summaries', () => {
    const noImages = parse(articleToStandaloneHtml(sampleArticle(), DEFAULT_READING, { showImages: false, relatedSummaries: false }));
    expect(noImages.querySelector('meta[http-equiv]')?.getAttribute('content')).toContain("img-src 'none'");
    expect(noImages.querySelector('style')?.textContent).toContain('display: none');
    expect(noImages.querySelector('.related-summary')).toBeNull();
  });

  it('renders right-to-left articles right to left', () => {
    const rtl = parse(articleToStandaloneHtml({ ...sampleArticle(), lang: 'ar', dir: null }, DEFAULT_READING));
    expect(rtl.documentElement.getAttribute('dir')).toBe('rtl');
    expect(rtl.documentElement.getAttribute('lang')).toBe('ar');
  });

  it('escapes every interpolated string of a hostile article', () => {
    const hostile = articleToStandaloneHtml(hostileArticle(), DEFAULT_READING);
    const parsed = parse(hostile);
    expect(parsed.querySelectorAll('script, style:not(head style), img[onerror]')).toHaveLength(0);
    expect(parsed.querySelectorAll('style')).toHaveLength(1);
    expect(parsed.title).toBe(HOSTILE);
    expect(parsed.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(parsed.documentElement.hasAttribute('lang')).toBe(false);
    expect(parsed.querySelector('.source')).toBeNull();
    const links = [...parsed.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.every((href) => href?.startsWith('https://'))).toBe(true);
    expect([...parsed.querySelectorAll('[onmouseover], [onerror]')]).toHaveLength(0);
    expect(parsed.querySelectorAll('.related li')).toHaveLength(2);
  });

  it('keeps a bad runtime value of the prefs out of the stylesheet', () => {
    const prefs = { ...DEFAULT_READING, fontSize: '1px }</style><script>alert(1)</script>' } as unknown as ReadingPrefs;
    const parsed = parse(articleToStandaloneHtml(sampleArticle(), prefs));
    expect(parsed.querySelectorAll('script')).toHaveLength(0);
    expect(parsed.querySelector('style')?.textContent).toContain(`--tr-font-size: ${DEFAULT_READING.fontSize}px`);
  });
});

describe('standaloneCsp', () => {
  it('allows no scripts, frames, forms or connections', () => {
    const csp = standaloneCsp(true);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toMatch(/script-src|connect-src|frame-src|unsafe-eval/);
  });
});
