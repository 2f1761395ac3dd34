import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/index';

const URL_ = 'https://news.example.com/world/2025/02/20/police-diplomacy';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story carries enough words to count as real prose for any extractor, and it keeps going with detail number ${n}.</p>`;

function page(inner: string, head = ''): JSDOM {
  return new JSDOM(
    `<!doctype html><html lang="en"><head><title>Police diplomacy | Example News</title>${head}</head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>${inner}
    <footer><p>© Example News. All rights reserved.</p></footer></body></html>`,
    { url: URL_ },
  );
}

const STORY = `<article><h1>Police diplomacy</h1>
  ${para(1)}<div class="ad-slot"><span>Advertisement</span></div>${para(2)}
  <div><p>Advertisement</p></div>${para(3)}
  <div class="video"><span>03:32</span><p>'We are not scammers': a video title</p><p>'We are not scammers': a video title</p></div>
  ${para(4)}<p>Story continues below advertisement</p>${para(5)}
  <p>Read <a href="/more" onclick="steal()">more</a> and <a href="javascript:alert(1)">this</a>.</p>
  <img src="/img/a.jpg" onerror="alert(1)" alt="a"><script>alert(1)</script>${para(6)}
  <div class="share-bar"><a href="#">Share on Facebook</a></div>
  <section><h2>Hashtags</h2><ul><li>#china</li><li>#police</li></ul></section>
  <div><p>Try Our AI Features</p><p>Explore what Daily8 AI can do for you:</p></div>
  <section class="comment-section"><h3>Comments</h3><p>No comments yet...</p></section>
</article>`;

describe('extractArticle', () => {
  it('never mutates the live document', () => {
    const dom = page(STORY);
    const before = dom.window.document.documentElement.outerHTML;
    const result = extractArticle(dom.window.document, URL_);
    expect(result.ok).toBe(true);
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });

  it('keeps every paragraph in order and drops the clutter', () => {
    const result = extractArticle(page(STORY).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    const { text } = result.article;
    const positions = [1, 2, 3, 4, 5, 6].map((n) => text.indexOf(`Paragraph ${n} of the story`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const gone of ['Advertisement', '03:32', 'video title', 'Hashtags', 'Try Our AI Features', 'Explore what', 'Comments', 'No comments yet', 'Share on Facebook']) {
      expect(text).not.toContain(gone);
    }
    const categories = new Set(result.article.removed.map((r) => r.category));
    for (const c of ['ad', 'video', 'tags', 'promo', 'comments', 'share']) expect(categories).toContain(c);
  });

  it('puts one block per line and never repeats the title in text', () => {
    const result = extractArticle(page(STORY).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    const lines = result.article.text.split('\n');
    expect(lines.filter((l) => l.startsWith('Paragraph ')).length).toBe(6);
    for (const line of lines) expect(line.match(/Paragraph \d/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(lines[0]).not.toBe('Police diplomacy');
  });

  it('sanitizes the html and makes links absolute', () => {
    const result = extractArticle(page(STORY).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    const { html } = result.article;
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(html).toContain('href="https://news.example.com/more"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('src="https://news.example.com/img/a.jpg"');
  });

  it('keeps a MathML formula as the page wrote it, without its TeX source; a hidden copy beside its picture stays hidden', () => {
    const formula = '<math><semantics><mrow><msub><mi>f</mi><mn>0</mn></msub><mo>≈</mo><mi>c</mi><mo>/</mo><mn>4</mn><mi>h</mi></mrow><annotation encoding="application/x-tex">f_0 \\approx c/4h</annotation></semantics></math>';
    const hidden = '<span style="display: none"><math><mi>x</mi><mo>=</mo><mn>2</mn></math></span><img src="/math/x.svg" alt="x=2" width="40" height="18">';
    const result = extractArticle(page(`<article><h1>Police diplomacy</h1>${para(1)}<p>The pitch is ${formula} for a closed pipe, and ${hidden} at rest.</p>${para(2)}${para(3)}</article>`).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.html).toContain('<math><mrow><msub><mi>f</mi><mn>0</mn></msub><mo>≈</mo>');
    expect(result.article.text).toContain('The pitch is f0≈c/4h for a closed pipe');
    expect(result.article.text).not.toContain('approx');
    expect(result.article.html).not.toContain('<mi>x</mi>');
    expect(result.article.html).toContain('x.svg');
  });

  it('shows a section the page keeps collapsed open (<details open>), with its summary', () => {
    const body = `<details><summary>Which day will my bins be collected?</summary><p>${'The town is now split into four zones, each collected on one weekday. '.repeat(3)}</p></details>`;
    const result = extractArticle(page(STORY.replace('</article>', `${body}</article>`)).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.html).toMatch(/<details open=""><summary>Which day will my bins be collected\?<\/summary>/);
    expect(result.article.html).not.toMatch(/<details(?! open="")/);
  });

  it('names the site of a local copy by the address it declares, not by 127.0.0.1 or a file', () => {
    const canonical = `<link rel="canonical" href="${URL_}">`;
    const siteOf = (url: string, head = canonical): string | null => {
      const dom = new JSDOM(page(STORY, head).serialize(), { url });
      const result = extractArticle(dom.window.document, url);
      if (!result.ok) throw new Error(result.message);
      return result.article.siteName;
    };
    expect(siteOf('http://127.0.0.1:8080/police.html')).toBe('news.example.com');
    expect(siteOf('file:///home/reader/Downloads/Police%20diplomacy.html')).toBe('news.example.com');
    // At its own address the host says it already; a copy that declares nothing, or only a local address, gets no name.
    expect(siteOf(URL_)).toBeNull();
    expect(siteOf('http://127.0.0.1:8080/police.html', '')).toBeNull();
    expect(siteOf('http://localhost:3000/police.html', '<link rel="canonical" href="http://localhost:3000/p">')).toBeNull();
    // A name the page gives itself always wins.
    expect(siteOf('http://127.0.0.1:8080/police.html', `${canonical}<meta property="og:site_name" content="Example News">`)).toBe('Example News');
  });

  it('reads metadata from meta tags and JSON-LD', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Police diplomacy', author: { name: 'Jane Roe' }, datePublished: '2025-02-20T08:00:00Z' });
    const head = `<meta property="og:site_name" content="Example News"><meta property="og:image" content="/lead.jpg"><script type="application/ld+json">${ld}</script>`;
    const result = extractArticle(page(STORY, head).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    const a = result.article;
    expect(a.siteName).toBe('Example News');
    expect(a.publishedTime).toBe('2025-02-20T08:00:00Z');
    expect(a.byline).toContain('Jane Roe');
    expect(a.leadImage).toBe('https://news.example.com/lead.jpg');
    expect(a.lang).toBe('en');
    expect(a.wordCount).toBeGreaterThan(100);
    expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(a.extractor).toBe('readability');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('turns lazy images into real images', () => {
    const story = `<article>${para(1)}<img src="data:image/gif;base64,R0lGOD" data-src="/lazy.jpg" alt="lazy">
      <img class="lazy" data-lazy-src="/lazy2.jpg" data-srcset="/l-1x.jpg 1x, /l-2x.jpg 2x" alt="lazy2">
      <img src="/placeholder.png" alt="p"><noscript><img src="/real.jpg" alt="real"></noscript>${para(2)}${para(3)}</article>`;
    const result = extractArticle(page(story).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    const { html } = result.article;
    expect(html).toContain('https://news.example.com/lazy.jpg');
    expect(html).toContain('https://news.example.com/lazy2.jpg');
    expect(html).toContain('https://news.example.com/l-2x.jpg 2x');
    expect(html).toContain('https://news.example.com/real.jpg');
    expect(html).not.toContain('placeholder.png');
  });

  it('counts CJK text by characters', () => {
    const zh = '<article>' + Array.from({ length: 8 }, (_, i) => `<p>第${'一二三四五六七八'[i]}段。${'中国警方与东南亚国家合作打击电信诈骗。'.repeat(12)}</p>`).join('') + '<p>广告</p></article>';
    const result = extractArticle(page(zh).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).not.toMatch(/^广告$/m);
    expect(result.article.wordCount).toBeGreaterThan(1500);
    expect(result.article.readingMinutes).toBe(Math.round(result.article.wordCount / 400));
  });

  it('falls back to its own container when Readability finds only a fragment', () => {
    const specs = Array.from({ length: 30 }, (_, i) => `<li><b>Spec ${i}</b> value number ${i} of the product list</li>`).join('');
    const product = `<main><div class="product"><h1>Bike chain</h1><ul>${specs}</ul><ul>${Array.from({ length: 14 }, (_, i) => `<li>Reply ${i}: short answer about the bike chain.</li>`).join('')}</ul></div></main>`;
    const result = extractArticle(page(product).window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.extractor).toBe('fallback');
    expect(result.article.text).toContain('Spec 29 value number 29');
    expect(result.article.text.split('\n')).toContain('Spec 3 value number 3 of the product list');
    expect(result.article.text).toContain('Reply 0: short answer');
    expect(result.article.text).toContain('Reply 13: short answer');
    expect(result.article.text).not.toContain('All rights reserved');
    expect(result.article.text).not.toContain('Home');
  });

  it('can switch steps off by id', () => {
    const result = extractArticle(page(STORY).window.document, URL_, { disable: ['rules', 'residue'] });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.removed.some((r) => r.ruleId === 'ad-label')).toBe(false);
    const byRule = extractArticle(page(STORY).window.document, URL_, { disable: ['ad-label', 'share'] });
    if (!byRule.ok) throw new Error(byRule.message);
    expect(byRule.article.removed.map((r) => r.ruleId)).not.toContain('ad-label');
    expect(byRule.article.removed.map((r) => r.category)).not.toContain('share');
    expect(byRule.article.removed.map((r) => r.ruleId)).toContain('ad-slot');
  });

  it('refuses a step, rule or category it does not know instead of ignoring it', () => {
    // @ts-expect-error: a typo in a step id does not compile.
    const typo = extractArticle(page(STORY).window.document, URL_, { disable: ['residu'] });
    expect(typo).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('residu') });
    // Strings from outside (a flag, stored exceptions) reach it unchecked by the compiler.
    const fromOutside: string[] = ['ad-slot', 'no-such-rule', 'unsafe'];
    const result = extractArticle(page(STORY).window.document, URL_, { disable: fromOutside as never });
    // 'unsafe' is a category without rules (the sanitizer's): switching it off would do nothing.
    expect(result).toMatchObject({ ok: false, message: 'disable names no step, rule or rule category: no-such-rule, unsafe' });
  });
});
