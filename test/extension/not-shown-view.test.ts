// The not-shown notice of the popup and the reader (src/render/not-shown-view.ts) on the real page
// template: one line with the count, one click puts the blocks back in place, marked, another takes them out.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article, NotShownBlock } from '../../src/core/types';
import { renderArticle } from '../../src/render/render-article';
import { mountNotShown, notShownLine, restoreInPlace } from '../../src/render/not-shown-view';

function page(): { doc: Document; win: Window & typeof globalThis } {
  const dom = new JSDOM(readFileSync('src/render/page.html', 'utf8'), { url: 'chrome-extension://abc/reader.html' });
  return { doc: dom.window.document, win: dom.window as unknown as Window & typeof globalThis };
}

const P = ['First shown paragraph of the story, long enough to anchor.', 'Second shown paragraph of the story, also long enough.', 'Third shown paragraph that ends the story on the page.'] as const;
const block = (text: string, zone: NotShownBlock['zone'], after: string | null, before: string | null, html = `<p>${text}</p>`): NotShownBlock => ({ html, text, zone, anchor: { after, before } });

function article(notShown: NotShownBlock[] | undefined): Article {
  return {
    url: 'https://news.test/story', title: 'Story', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: 'ltr', excerpt: '',
    html: `<div><p>${P[0]}</p><p>${P[1]}</p></div><p>${P[2]}</p>`, text: P.join('\n'), wordCount: 30, readingMinutes: 1,
    related: [], removed: [], extractor: 'readability', ...(notShown ? { notShown } : {}),
  };
}

const paragraphs = (doc: Document): string[] => [...doc.querySelectorAll('#content p')].map((p) => (p.closest('.restored-block') ? `+ ${p.textContent}` : p.textContent ?? ''));

describe('the not-shown notice', () => {
  it('stays hidden when nothing was left out, or when the check did not run', () => {
    for (const notShown of [[], undefined]) {
      const { doc, win } = page();
      const view = mountNotShown(doc);
      renderArticle(doc, article(notShown), win);
      view.show(article(notShown));
      expect(doc.getElementById('not-shown')?.hidden).toBe(true);
    }
  });

  it('says how many paragraphs are not shown, and one click shows them in place, marked; another hides them', () => {
    const { doc, win } = page();
    const view = mountNotShown(doc);
    const blocks = [
      block('A block above the story.', 'inside', null, P[0].slice(0, 50)),
      block('Lost between the first and second.', 'inside', P[0].slice(0, 50), P[1].slice(0, 50)),
      block('Also lost there, next in page order.', 'inside', P[0].slice(0, 50), P[1].slice(0, 50)),
      block('Lost after the end.', 'after', P[2].slice(0, 50), null),
    ];
    renderArticle(doc, article(blocks), win);
    view.show(article(blocks));
    const line = doc.getElementById('not-shown');
    const toggle = doc.getElementById('not-shown-toggle') as HTMLButtonElement;
    expect(line?.hidden).toBe(false);
    expect(doc.getElementById('not-shown-text')?.textContent).toBe('4 paragraphs of the page are not shown.');
    expect(toggle.textContent).toBe('Show them');
    const before = paragraphs(doc);
    toggle.click();
    expect(paragraphs(doc)).toEqual([
      '+ A block above the story.', P[0], '+ Lost between the first and second.', '+ Also lost there, next in page order.', P[1], P[2], '+ Lost after the end.',
    ]);
    const marked = doc.querySelectorAll('.restored-block');
    expect([...marked].map((m) => m.getAttribute('aria-label'))).toEqual(Array(4).fill('Restored from the page'));
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toBe('Hide again');
    expect(doc.getElementById('not-shown-text')?.textContent).toBe('Restored from the page: 4, marked in the text.');
    toggle.click();
    expect(paragraphs(doc)).toEqual(before);
    expect(doc.getElementById('not-shown-text')?.textContent).toBe('4 paragraphs of the page are not shown.');
  });

  it('sanitizes the restored HTML again and falls back to the start or the end when no anchor is found', () => {
    const { doc, win } = page();
    renderArticle(doc, article([]), win);
    const content = doc.getElementById('content') as HTMLElement;
    const boxes = restoreInPlace(content, [
      block('x', 'inside', 'No such text anywhere in the body of the article', null, '<p onclick="steal()">Evil<script>alert(1)</script><img src="https://img.test/a.jpg" onerror="alert(2)"></p>'),
      block('y', 'inside', null, 'Nor this one, which is not in the article either'),
    ], win);
    expect(boxes).toHaveLength(2);
    expect(content.lastElementChild).toBe(boxes[0]);
    expect(content.firstElementChild).toBe(boxes[1]);
    expect(content.innerHTML).not.toMatch(/onclick|onerror|<script/);
    expect(content.querySelector('.restored-block img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('uses the singular for one paragraph', () => {
    expect(notShownLine(1)).toBe('1 paragraph of the page is not shown.');
    expect(notShownLine(2)).toBe('2 paragraphs of the page are not shown.');
  });
});
