import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { namesTheSite, openingHeadline, SITE_TITLE_MATCH, takeSiteTitleHeadline } from '../../src/core/clean/site-title';
import { extractArticle } from '../../src/core/index';
import { STEP_RULES } from '../../src/core/rules/step-rules';

const body = (html: string) => new JSDOM(`<body><div id="b">${html}</div></body>`).window.document.getElementById('b')!;

describe('a title that only names the site', () => {
  it('is the declared site name, or a short title that spells the host', () => {
    expect(namesTheSite('Millbrook Valley Voice', null, 'https://www.millbrookvoice.example/index.php?id=4417')).toBe(true);
    expect(namesTheSite('The Daily Ledger', 'The Daily Ledger', 'https://example.org/a')).toBe(true);
    expect(namesTheSite('Gazette de Lyon', null, 'https://www.gazettedelyon.fr/')).toBe(true);
  });

  it("is a short title the page's footer repeats, at any address (a local server, a saved copy)", () => {
    const page = new JSDOM('<body><p>Story</p><div class="foot">Millbrook Valley Voice, Mill Lane. Printed weekly.</div></body>').window.document;
    expect(namesTheSite('Millbrook Valley Voice', null, 'http://127.0.0.1:4321/e2e/story.html', page)).toBe(true);
    expect(namesTheSite('Millbrook Valley Voice', null, 'http://127.0.0.1:4321/e2e/story.html')).toBe(false);
    const credits = new JSDOM('<body><p>Story</p><footer>© 2025 Another Paper</footer></body>').window.document;
    expect(namesTheSite('Millbrook Valley Voice', null, 'file:///home/me/story.html', credits)).toBe(false);
  });

  it('is not a page title of the site, a story title, or a short host spelt by chance', () => {
    expect(namesTheSite('Sign in | Meridian Post', 'Meridian Post', 'https://meridianpost.com/account/sign-in')).toBe(false);
    expect(namesTheSite('Council approves the new ferry timetable for the reservoir', null, 'https://www.millbrookvoice.example/x')).toBe(false);
    expect(namesTheSite('The time machine returns', null, 'https://time.com/a')).toBe(false);
    // A company newsroom's headline opens with the company's name, which is the host's.
    expect(namesTheSite('Nordlys Energy opens its Esbjerg plant', null, 'https://www.nordlysenergy.example/newsroom/esbjerg')).toBe(false);
  });
});

describe('the headline that opens the body', () => {
  it('is a heading or a wholly bold line before any other text', () => {
    expect(openingHeadline(body('<p><font size="5"><b>The last ferry of the season waits</b></font></p><p>On Saturday…</p>'))?.tagName).toBe('B');
    expect(openingHeadline(body('<h2>Ferry returns after a winter of repairs</h2><p>Text.</p>'))?.tagName).toBe('H2');
  });

  it('is none when prose, a standfirst sentence or a short label comes first', () => {
    expect(openingHeadline(body('<p>On Saturday the <b>ferry</b> sailed late.</p>'))).toBeNull();
    expect(openingHeadline(body('<p><strong>The council approved the plan on Tuesday after a long debate.</strong></p>'))).toBeNull();
    expect(openingHeadline(body('<p><b>Update</b></p><p>Text.</p>'))).toBeNull();
  });

  it('becomes the title and leaves the body only when the title names the site', () => {
    const b = body('<p><b>The last ferry of the season waits</b></p><p>On Saturday…</p>');
    expect(takeSiteTitleHeadline(b, 'A story title of its own', null, 'https://www.millbrookvoice.example/')).toBeNull();
    expect(b.textContent).toContain('The last ferry');
    expect(takeSiteTitleHeadline(b, 'Millbrook Valley Voice', null, 'https://www.millbrookvoice.example/')?.title).toBe('The last ferry of the season waits');
    expect(b.textContent).not.toContain('The last ferry');
  });
});

describe('the record of the headline taken for the title', () => {
  const PAGE = readFileSync('test/fixtures/story-without-metadata/page.html', 'utf8');
  const URL_ = 'https://www.millbrookvoice.example/index.php?id=4417';
  const extract = (keep: { ruleId: string; match: string }[] = []) => {
    const result = extractArticle(new JSDOM(PAGE, { url: URL_ }).window.document, URL_, { keep });
    if (!result.ok) throw new Error(result.message);
    return result.article;
  };

  it('names its rule, match and reason and carries the headline to restore', () => {
    const article = extract();
    const record = article.removed.find((r) => r.ruleId === 'title-repeat');
    expect(record).toMatchObject({ category: 'residue', match: SITE_TITLE_MATCH, reason: STEP_RULES.titleRepeat.reason });
    expect(record?.markup).toContain(article.title);
  });

  it('is kept on a site that keeps it: the headline stays in the body and the site name stays the title', () => {
    const article = extract([{ ruleId: 'title-repeat', match: SITE_TITLE_MATCH }]);
    expect(article.removed.some((r) => r.ruleId === 'title-repeat')).toBe(false);
    const taken = extract().title;
    expect(article.title).not.toBe(taken);
    expect(article.text).toContain(taken);
  });
});

describe('the site is named by the address the page declares', () => {
  it('finds the headline of a saved or locally served copy through its canonical link', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { extractArticle } = await import('../../src/core/extract');
    const dir = join(import.meta.dirname, '../fixtures/story-without-metadata');
    const html = readFileSync(join(dir, 'page.html'), 'utf8');
    const { title } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { title: string };
    for (const url of ['http://127.0.0.1:8080/index.php?id=4417', 'file:///home/me/Downloads/voice.html']) {
      const dom = new JSDOM(html, { url });
      const result = extractArticle(dom.window.document, url, { window: dom.window as unknown as Window & typeof globalThis });
      expect(result.ok && result.article.title, url).toBe(title);
      // Without the canonical link the footer still names the site; without either, nothing does.
      const bare = new JSDOM(html.replace(/<link rel="canonical"[^>]*>/, ''), { url });
      const without = extractArticle(bare.window.document, url, { window: bare.window as unknown as Window & typeof globalThis });
      expect(without.ok && without.article.title, `${url} without the canonical link`).toBe(title);
      const anonymous = new JSDOM(html.replace(/<link rel="canonical"[^>]*>/, '').replace('Millbrook Valley Voice, Mill Lane.', 'Mill Lane.'), { url });
      const unnamed = extractArticle(anonymous.window.document, url, { window: anonymous.window as unknown as Window & typeof globalThis });
      expect(unnamed.ok && unnamed.article.title, `${url} without the canonical link or the footer's name`).toBe('Millbrook Valley Voice');
    }
  });
});
