import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle, detectFeatures } from '../../src/core/detect.js';
import { DETECT_WEIGHTS } from '../../src/core/rules/detect-weights.js';
import { ATTRIBUTE_RULES, URL_RULES } from '../../src/core/rules/detect-signals.js';
import type { Verdict } from '../../src/core/types.js';

const SENTENCE =
  'The council voted on Tuesday to extend the harbour wall by another forty metres, a decision that residents had demanded for years after repeated winter floods damaged homes along the front.';

function doc(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

function verdict(html: string, url: string): Verdict {
  return detectArticle(doc(html, url), url);
}

function names(v: Verdict): string[] {
  return v.signals.map((s) => s.name);
}

const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${SENTENCE} (${i})</p>`).join('\n');

function teaserList(n: number, tag = 'article'): string {
  return Array.from(
    { length: n },
    (_, i) => `<${tag} class="card"><h3><a href="/news/story-${i}">Headline number ${i} about the harbour</a></h3><p>Short teaser ${i}.</p><time datetime="2025-01-0${(i % 9) + 1}">Jan</time></${tag}>`,
  ).join('\n');
}

describe('detectArticle: page kinds', () => {
  it('calls a NewsArticle page with JSON-LD an article, and says why', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': ['NewsArticle'], headline: 'Harbour wall' }] });
    const v = verdict(
      `<html><head><title>Harbour wall</title><meta property="og:type" content="article">
       <meta property="article:published_time" content="2025-03-04T10:00:00Z">
       <script type="application/ld+json">${ld}</script></head>
       <body><nav><a href="/">Home</a></nav><article><h1>Harbour wall to be extended</h1>
       <p class="byline">By <a rel="author" href="/staff/jo">Jo Smith</a></p>${paragraphs(6)}</article></body></html>`,
      'https://news.example.com/2025/03/04/harbour-wall-to-be-extended-after-floods',
    );
    expect(v.isArticle).toBe(true);
    expect(names(v)).toContain('schema-article');
    expect(v.signals.find((s) => s.name === 'schema-article')?.detail).toContain('NewsArticle');
    expect(v.score).toBeGreaterThan(0);
  });

  it('calls a plain long blog post without metadata an article', () => {
    const v = verdict(
      `<html><body><div id="wrap"><h1>What I learned building a boat</h1>${paragraphs(8)}</div></body></html>`,
      'https://someone.example.org/what-i-learned-building-a-boat',
    );
    expect(v.isArticle).toBe(true);
  });

  it('reads <div> text split by <br> as paragraphs (fixture br-separated)', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `${SENTENCE} (${i})<br><br>`).join('');
    const v = verdict(`<html><body><div class="story">${lines}</div></body></html>`, 'https://example.org/a');
    expect(v.signals.find((s) => s.name === 'paragraph-score')?.detail).toBe('1');
  });

  it('calls a product page a non-article', () => {
    const ld = JSON.stringify([{ '@type': 'Product', name: 'Mug', offers: { '@type': 'Offer', price: '12.00' } }, { '@type': 'BreadcrumbList' }]);
    const v = verdict(
      `<html><head><meta property="og:type" content="product"><script type="application/ld+json">${ld}</script></head>
       <body><h1>Ceramic mug</h1><span class="price">$12.00</span><span class="price-old">$15.00</span>
       <form action="/cart/add"><select name="size"><option>S</option></select><input name="qty"><button>Add to cart</button></form>
       <p>${SENTENCE}</p><div class="related">${teaserList(8, 'div')}</div></body></html>`,
      'https://shop.example.com/products/ceramic-mug',
    );
    expect(v.isArticle).toBe(false);
    expect(names(v)).toEqual(expect.arrayContaining(['schema-product', 'add-to-cart']));
  });

  it('calls search results a non-article', () => {
    const v = verdict(
      `<html><body><form action="/search"><input name="q" value="harbour"><button>Search</button></form>
       <h1>Results for harbour</h1>${teaserList(20, 'div')}</body></html>`,
      'https://news.example.com/search?q=harbour',
    );
    expect(v.isArticle).toBe(false);
    expect(names(v)).toContain('url-search');
  });

  it('calls a sign-in page a non-article', () => {
    const v = verdict(
      `<html><body><h1>Sign in</h1><form method="post"><input type="email" name="email"><input type="password" name="pw">
       <input type="checkbox" name="remember"><button type="submit">Sign in</button></form><p>Forgot your password?</p></body></html>`,
      'https://www.example.com/login',
    );
    expect(v.isArticle).toBe(false);
    expect(names(v)).toContain('url-auth');
  });

  it('calls a home page full of teasers a non-article', () => {
    const v = verdict(
      `<html><head><meta property="og:type" content="website"></head><body><nav>${'<a href="/s">Section</a>'.repeat(20)}</nav>
       <main>${teaserList(30)}</main></body></html>`,
      'https://news.example.com/',
    );
    expect(v.isArticle).toBe(false);
    expect(names(v)).toContain('url-root');
  });

  it('reads the root path as the home page unless its query picks a page', () => {
    const page = '<html><body><p>Short page.</p></body></html>';
    for (const address of ['https://blog.example/', 'https://blog.example/?utm_source=feed&utm_medium=rss', 'https://blog.example/en/?lang=en', 'https://blog.example/index.php']) {
      expect(names(verdict(page, address)), address).toContain('url-root');
    }
    // WordPress without pretty links, a newsletter's archived issue, a CMS's story by id.
    for (const address of ['https://blog.example/?p=2895', 'https://us12.campaign-archive.example/?u=8f2a1c&id=4b7d9e', 'https://news.example/index.php?id=30&no_cache=1']) {
      expect(names(verdict(page, address)), address).not.toContain('url-root');
    }
  });

  it('calls a forum thread a non-article', () => {
    const posts = Array.from(
      { length: 12 },
      (_, i) => `<div class="post" id="post-${i}"><div class="username"><a href="/u/user${i}">user${i}</a></div><div class="post-body"><p>I had the same problem with my router ${i}, restarting fixed it.</p></div><a href="/reply">Reply</a></div>`,
    ).join('');
    const ld = JSON.stringify({ '@type': 'DiscussionForumPosting', headline: 'Router keeps dropping' });
    const v = verdict(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Router keeps dropping</h1>${posts}</body></html>`,
      'https://forum.example.net/threads/router-keeps-dropping.12345/',
    );
    expect(v.isArticle).toBe(false);
    expect(names(v)).toContain('schema-forum');
  });

  it('reads FAQPage markup as an FAQ, not as a forum thread (fixture guide-with-faq)', () => {
    const ld = JSON.stringify({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Can I repay early?' }] });
    const v = verdict(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>How loan rates are set</h1><p>${'A lender prices each loan from what it costs to fund. '.repeat(4)}</p></body></html>`,
      'https://lender.example/loans/rates/',
    );
    expect(names(v)).not.toContain('schema-forum');
    expect(v.signals.find((s) => s.name === 'schema-faq')?.detail).toBe('FAQPage, Question');
  });

  it('calls a documentation page a non-article', () => {
    const side = Array.from({ length: 60 }, (_, i) => `<li><a href="/docs/api/method-${i}">method${i}()</a></li>`).join('');
    const code = Array.from({ length: 8 }, (_, i) => `<p>Call <code>client.get(${i})</code> to fetch.</p><pre><code>const x${i} = client.get(${i});</code></pre>`).join('');
    const v = verdict(
      `<html><body><aside class="sidebar"><nav><ul>${side}</ul></nav></aside><main><h1>Client.get</h1>${code}</main></body></html>`,
      'https://example.dev/docs/api/client-get',
    );
    expect(v.isArticle).toBe(false);
    expect(names(v)).toContain('url-docs');
  });
});

describe('detectFeatures: main-block-share', () => {
  const share = (html: string): number | undefined =>
    detectFeatures(doc(html, 'https://example.org/a'), 'https://example.org/a').find((f) => f.name === 'main-block-share')?.value;

  it('is the share of the running text that the fullest block holds: all of it in one story', () => {
    expect(share(`<body><div class="story">${paragraphs(6)}</div><footer><p>${SENTENCE}</p></footer></body>`)).toBeCloseTo(6 / 7, 2);
  });

  it('is small where the text is spread over many blocks (posts of a thread, sections of a landing page)', () => {
    const posts = Array.from({ length: 8 }, (_, i) => `<div class="post"><p>${SENTENCE} (${i})</p></div>`).join('');
    expect(share(`<body>${posts}</body>`)).toBeCloseTo(1 / 8, 2);
  });

  it('is absent without running text: a caption line is all of a photo post\'s text (fixture photo-post-related)', () => {
    expect(share(`<body><figure><img src="a.jpg"></figure><p>A heron on the harbour wall at dawn, seen from the ferry.</p></body>`)).toBeUndefined();
    expect(share(`<body><p>Short.</p><p hidden>${SENTENCE}</p></body>`)).toBeUndefined();
  });

  it('counts a post printed inside a list item (fixture post-in-list-item: an old blog theme\'s <li class="post">)', () => {
    expect(share(`<body><ul><li class="post"><h2>A post</h2><div class="entry"><p>${SENTENCE}</p><p>${SENTENCE}</p></div></li></ul></body>`)).toBe(1);
  });
});

describe('detectArticle: robustness', () => {
  it('ignores malformed JSON-LD and odd shapes', () => {
    const v = verdict(
      `<html><head><script type="application/ld+json">{"@type": "NewsArticle", </script>
       <script type="application/ld+json">null</script><script type="application/ld+json">[1, "x", {"@graph": 5}, {"@type": 7}]</script></head>
       <body>${paragraphs(6)}</body></html>`,
      'https://example.com/story/a-long-story-about-the-harbour',
    );
    expect(typeof v.isArticle).toBe('boolean');
    expect(names(v)).not.toContain('schema-article');
  });

  it('handles an empty document and a bad URL', () => {
    const v = verdict('', 'https://example.com/');
    expect(v.isArticle).toBe(false);
    const w = detectArticle(doc('<p>hi</p>', 'https://example.com/'), 'not a url');
    expect(w.isArticle).toBe(false);
  });

  it('handles a document without a body', () => {
    const d = new JSDOM('').window.document;
    d.documentElement.remove();
    const v = detectArticle(d, 'https://example.com/');
    expect(v).toEqual({ isArticle: false, score: 0, signals: [{ name: 'no-body', weight: 0, detail: 'the document has no body' }] });
  });

  it('never throws, even when the DOM does', () => {
    const d = doc(`<body>${paragraphs(3)}</body>`, 'https://example.com/');
    d.getElementsByTagName = () => {
      throw new Error('boom');
    };
    const v = detectArticle(d, 'https://example.com/');
    expect(v.isArticle).toBe(false);
    expect(v.signals[0]).toMatchObject({ name: 'detector-error', detail: 'boom' });
  });

  it('survives 5,000-deep nesting', () => {
    const v = verdict(`<body>${'<div>'.repeat(5000)}${paragraphs(3)}${'</div>'.repeat(5000)}</body>`, 'https://example.com/a');
    expect(typeof v.isArticle).toBe('boolean');
  }, 300_000); // a hang guard, not a time limit: jsdom needs most of it to build the page under load

  it('finishes on 100,000 paragraphs (bounded work per element kind)', () => {
    const v = verdict(`<body>${'<p>Short line of text that is not long.</p>'.repeat(100_000)}</body>`, 'https://example.com/a');
    expect(typeof v.isArticle).toBe('boolean');
  }, 300_000); // jsdom needs most of this to parse the page; the detector's own work is capped

  it('does not mutate the document', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Article"}</script></head><body><article><h1>T</h1>${paragraphs(5)}</article></body></html>`;
    const d = doc(html, 'https://example.com/news/t');
    const before = d.documentElement.outerHTML;
    detectArticle(d, 'https://example.com/news/t');
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('returns plain serialisable data whose weights add up to the score', () => {
    const v = verdict(`<body>${paragraphs(4)}</body>`, 'https://example.com/blog/a-post-about-boats-and-harbours');
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    const sum = v.signals.reduce((total, s) => total + s.weight, 0);
    expect(Math.abs(sum - v.score)).toBeLessThan(0.05);
  });
});

describe('detect rules hygiene', () => {
  it('writes every attribute rule as the simple attribute selectors the scanner understands', () => {
    for (const selectors of Object.values(ATTRIBUTE_RULES)) {
      // Values are non-empty and free of backslashes: each selector is its own CSS candidate (detect-attribute-rules.ts).
      for (const selector of selectors) expect(selector).toMatch(/^(\[[\w-]+(?:[~^*]?="[^"\\\n]+")?\])+$/);
    }
  });

  it('gives every attribute-rule feature a weight', () => {
    for (const feature of Object.keys(ATTRIBUTE_RULES)) expect(DETECT_WEIGHTS[feature], feature).toBeTypeOf('number');
  });

  it('gives every URL rule a weight and a reason', () => {
    for (const rule of URL_RULES) {
      expect(rule.reason.length).toBeGreaterThan(0);
      expect(DETECT_WEIGHTS[rule.id], rule.id).toBeTypeOf('number');
    }
  });
});
