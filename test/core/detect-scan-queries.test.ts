// The detector's two ways through a page give the same result: the walk (scanPage, for jsdom) and the
// selector queries (scanPageByQueries, for browsers), and the detector in two halves (measurePage in
// the page, judgePage in the background) gives detectArticle's verdict. The queries are broader than
// the rule tests on purpose; the edge cases below are where CSS and the tests part ways.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { JS_SPACES, compileRules, decodeRuleTable, encodeRuleTable, parseRuleSelector, passes } from '../../src/core/detect-attribute-rules.js';
import type { AttributeRule } from '../../src/core/detect-attribute-rules.js';
import { detectArticle, judgePage, measurePage } from '../../src/core/detect.js';
import { MAX_ELEMENTS, scanPage } from '../../src/core/detect-scan.js';
import type { PageScan } from '../../src/core/detect-scan.js';
import { eachInBound } from '../../src/core/detect-scan-bound.js';
import { scanPageByQueries } from '../../src/core/detect-scan-queries.js';
import { ATTRIBUTE_RULES } from '../../src/core/rules/detect-signals.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function fixturePages(): Array<{ name: string; html: string; url: string }> {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, entry.name, 'expected.json'), 'utf8')) as { url: string };
      return { name: entry.name, html: readFileSync(join(FIXTURES, entry.name, 'page.html'), 'utf8'), url: expected.url };
    });
}

function doc(html: string, url = 'https://example.com/a/story'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Both scans of a page agree: the same counts, the very same elements in the same order, the same item types. */
function expectSameScan(page: Document, label: string): PageScan {
  const walked = scanPage(page);
  const queried = scanPageByQueries(page);
  const sorted = (scan: PageScan): Array<[string, number]> => [...scan.counts].sort(([a], [b]) => (a < b ? -1 : 1));
  expect(sorted(queried), label).toEqual(sorted(walked));
  for (const key of ['paragraphs', 'buttons', 'jsonLd', 'nearHeadline'] as const) {
    expect(queried[key].length, `${label}: ${key}`).toBe(walked[key].length);
    queried[key].forEach((el, i) => expect(el === walked[key][i], `${label}: ${key}[${i}]`).toBe(true));
  }
  expect(queried.h1 === walked.h1, `${label}: h1`).toBe(true);
  expect(queried.itemTypes, label).toEqual(walked.itemTypes);
  expect(queried.canonical, `${label}: canonical`).toBe(walked.canonical);
  expect(queried.bylineNearHeadline, `${label}: bylineNearHeadline`).toBe(walked.bylineNearHeadline);
  expect(queried.timeNearHeadline, `${label}: timeNearHeadline`).toBe(walked.timeNearHeadline);
  return walked;
}

describe('the rule table the build gives the content script', () => {
  it('reads back as the table compiled in Node', () => {
    // The content script decodes the build's encoding (build.mjs); the walk and these tests compile the rules.
    expect(decodeRuleTable(encodeRuleTable())).toEqual(compileRules());
  });

  it('reads back any value a rule may hold, spaces and separators included', () => {
    const rule = ['byline', [['class', '*=', 'by line|x,y\n']], [['id', '^=', "p'"]]] as const satisfies AttributeRule;
    const table = { byAttribute: new Map<string, AttributeRule[]>([['class', [rule]]]), candidates: ['[class*="by line|x,y"]', '[data-x]:is([data-x^="a b"])'] };
    expect(decodeRuleTable(encodeRuleTable(table))).toEqual(table);
  });
});

describe('scanPageByQueries = scanPage', () => {
  it.each(fixturePages())('on fixture $name, and the detector in two halves gives detectArticle\'s verdict after a trip through a message', ({ name, html, url }) => {
    // One parse for both checks (the fixtures are parsed three times in this file otherwise).
    const page = doc(html, url);
    expectSameScan(page, name);
    const measure = JSON.parse(JSON.stringify(measurePage(scanPageByQueries, page))) as ReturnType<typeof measurePage>;
    expect(judgePage(url, measure)).toEqual(detectArticle(page, url));
  });

  it('where CSS matches more than the rules: value case, spaces, attributes beyond the sixteenth; one element, three candidates\' selectors', () => {
    const many = Array.from({ length: 16 }, (_, i) => `data-x${i}="1"`).join(' ');
    const page = doc(`<body>
      <input type="SUBMIT" value="Go"><input type="Password"><input type="submit" value="ok"><input type="password">
      <script type="Application/LD+JSON">{"@type":"NewsArticle"}</script><script type="application/ld+json">{"@type":"Article"}</script>
      <a rel="Author" href="/a">A</a><a rel="x\u00a0author" href="/b">B</a><a rel="co-author" href="/c">C</a><a rel="x author" href="/d">D</a>
      <div ${many} class="byline">beyond</div><div ${many} role="navigation"><a href="/e">E</a></div>
      <div ${many} itemtype="https://schema.org/Product">P</div><div itemtype=" https://schema.org/NewsArticle  https://schema.org/Report ">R</div>
      <span class="PRICE">9</span><span class="price-tag" data-price="9" data-share>9</span><a href="mailto:?subject=x">share</a><a href="MAILTO:?subject=x">share</a>
      <div id="p12" class="post">post</div><div id="q12" class="post">not</div><p hidden>x</p>
      </body>`);
    const scan = expectSameScan(page, 'edge cases');
    expect(scan.buttons).toHaveLength(1);
    expect(scan.jsonLd).toHaveLength(1);
    expect(scan.counts.get('password')).toBe(1);
    expect(scan.counts.get('byline')).toBe(2); // "x\u00a0author" is two words to \s; "x author" too
    expect(scan.counts.get('prices')).toBe(1); // the price-tag span once, though its class and data-price both name it
  });

  it('counts navigation links once per outermost region, and not the region\'s own link', () => {
    const page = doc(`<body><nav><a href="/1">1</a><aside><a href="/2">2</a></aside></nav>
      <a role="navigation" href="/3">3<a href="/4">4</a></a><div role="navigation"><div role="navigation"><a href="/5">5</a></div></div>
      <div role="Navigation"><a href="/6">6</a></div><a href="/7">7</a></body>`);
    const scan = expectSameScan(page, 'nav');
    expect(scan.counts.get('nav-link')).toBe(3);
  });

  it('keeps to the first 20,000 elements, as the walk does', () => {
    const filler = '<span>x</span>'.repeat(10_000);
    const story = Array.from({ length: 40 }, (_, i) => `<p class="byline">By someone, paragraph ${i} of a long page.</p><h2>Head ${i}</h2>`).join('');
    const page = doc(`<body><nav><a href="/0">0</a>${filler}${filler}<a href="/1">1</a></nav>${story}<div>l1<br>l2</div><button>b</button></body>`);
    const scan = expectSameScan(page, 'bound');
    expect(page.getElementsByTagName('*').length).toBeGreaterThan(20_000);
    expect(scan.counts.get('nav-link')).toBe(1);
  });

  it('samples <br>-written text and caps every sample', () => {
    const brs = Array.from({ length: 60 }, (_, i) => `<div>line ${i}<br><br>more</div>`).join('');
    const ps = Array.from({ length: 320 }, (_, i) => `<p>paragraph ${i}</p>`).join('');
    const page = doc(`<body><div>has a p<br><p>p</p></div>${brs}${ps}${'<h3>h</h3>'.repeat(210)}${'<button>b</button>'.repeat(160)}</body>`);
    const scan = expectSameScan(page, 'caps');
    expect(scan.paragraphs).toHaveLength(300);
    expect(scan.counts.get('heading')).toBe(210);
    expect(scan.buttons).toHaveLength(150);
  });
});

describe('on a page well over the bound, the candidates are queried in the parts of the tree before it', () => {
  // 25 sections of 30 blocks, three <div>s deep around 40 spans (32,000+ elements): the bound ends in
  // the 16th section. `shift` elements before the sections move the boundary along its chain: onto a
  // span (shift 0), the first span of a block (24), a block's inner, middle and outer <div> (25-27:
  // links of the chain whose children lie beyond the bound), the last span of the block before (28),
  // the first block's outer <div> (629), the section itself (630), the previous section's last span (631).
  const nested = (shift: number, attrs = { span: '', div: '', section: '' }): Document => {
    const block = `<div ${attrs.div}><div ${attrs.div}><div ${attrs.div}>${`<span ${attrs.span}>x</span>`.repeat(40)}</div></div></div>`;
    const section = `<section ${attrs.section}>${block.repeat(30)}</section>`;
    return doc(`<body><div>${'<i>x</i>'.repeat(shift)}</div>${section.repeat(25)}</body>`);
  };
  const boundary = (page: Document): Element => page.getElementsByTagName('*')[MAX_ELEMENTS - 1] as Element;
  const shifts = [0, 24, 25, 26, 27, 28, 629, 630, 631];

  it.each(shifts)('visits exactly the first 20,000 elements in document order (shift %i)', (shift) => {
    const page = nested(shift);
    const all = page.getElementsByTagName('*');
    const seen: Element[] = [];
    expect(eachInBound(boundary(page), all.length - MAX_ELEMENTS, '*', (el) => void seen.push(el))).toBe(true);
    expect(seen.length).toBe(MAX_ELEMENTS);
    seen.forEach((el, i) => expect(el === all[i], `element ${i}`).toBe(true));
  });

  it('gives up where the parts would cost more than they save: a long flat list, a page just over the bound, a deep chain', () => {
    const flat = doc(`<body>${'<p>x</p>'.repeat(30_000)}</body>`);
    expect(eachInBound(boundary(flat), 10_000, '*', () => undefined)).toBe(false);
    expect(eachInBound(boundary(nested(0)), 100, '*', () => undefined)).toBe(false);
    // A chain of 2,000 nested elements (built by script: a parser caps the depth), 1,000 beyond its
    // end; without a <head>, no element of the chain has an earlier sibling.
    const deep = doc('<body></body>');
    deep.head.remove();
    let end: Element = deep.body;
    for (let i = 0; i < 2_000; i++) end = end.appendChild(deep.createElement('div'));
    expect(eachInBound(end, 1_000, '*', () => undefined)).toBe(false);
  });

  it.each([0, 25, 27, 630])('counts the rule hits as the walk does, a candidate on every element (shift %i)', (shift) => {
    // Every span, block <div> and section is a candidate of a different feature: an element left
    // out or taken in at the boundary, or a part's root untested, changes a count.
    const page = nested(shift, { span: 'class="byline"', div: 'data-price="1"', section: 'id="comments"' });
    const scan = expectSameScan(page, `shift ${shift}`);
    expect(scan.counts.get('byline')).toBeGreaterThan(15_000);
  });
});

describe('the headline window and the canonical link, walked and queried', () => {
  const filler = (n: number, tag = 'span'): string => `<${tag}>x</${tag}>`.repeat(n);

  it('takes the 7 elements before the first <h1> and the 30 after, a byline or <time> within 8 before or 30 after', () => {
    for (const [before, after] of [[0, 0], [6, 0], [7, 0], [8, 0], [9, 0], [0, 29], [0, 30], [0, 31]] as const) {
      const page = doc(`<body>${filler(10)}<span class="byline">By A</span>${filler(before)}<h1>Headline</h1>${filler(after)}<time datetime="2025-03-12">12 March</time><h1>second</h1>${filler(40)}</body>`);
      const scan = expectSameScan(page, `byline ${before} before, time ${after} after`);
      expect(scan.nearHeadline).toHaveLength(7 + Math.min(30, after + 2 + 40));
      expect(scan.bylineNearHeadline).toBe(before < 8);
      expect(scan.timeNearHeadline).toBe(after < 30);
    }
  });

  it("ends the window at another story's headline: a linked <h2>–<h6> or a card link, not a dek, a subhead or an inline link", () => {
    const teaser = 'Council approves plan to replace lead pipes';
    const date = '<time datetime="2026-03-14">14 March</time><span class="byline">By B</span>';
    for (const [cut, stops] of [
      [`<h2><a href="/a">${teaser}</a></h2>`, true],
      [`<a href="/a"><h3>${teaser}</h3></a>`, true],
      [`<a href="/a"><img src="x.jpg" alt=""><div>${teaser}</div></a>`, true],
      [`<h2>A dek that is no link and long enough</h2>`, false],
      [`<h2><a href="/a">Short</a></h2>`, false],
      [`<p>Prose with <a href="/a">${teaser}</a> inline.</p>`, false],
      [`<a href="/big.jpg"><img src="x.jpg" alt="${teaser}"></a>`, false],
    ] as const) {
      const page = doc(`<body><h1>Local</h1>${filler(3)}${cut}${date}${filler(5)}</body>`);
      const scan = expectSameScan(page, cut);
      expect(scan.timeNearHeadline, cut).toBe(!stops);
      expect(scan.bylineNearHeadline, cut).toBe(!stops);
    }
  });

  it('counts the <h1> itself as a byline, stops at the document\'s start, and reads nested elements in order', () => {
    expectSameScan(doc('<body><h1 class="byline">By A</h1><div><p>a <time datetime="x">t</time></p></div></body>'), 'h1 first');
    expectSameScan(doc('<body><div><div><h1>H</h1></div><p><a rel="author" href="/a">A</a></p></div></body>'), 'nested');
    expectSameScan(doc('<body><p>no headline</p></body>'), 'no h1');
  });

  it('finds no <h1> beyond the first 20,000 elements, and ends the window there', () => {
    expectSameScan(doc(`<body>${filler(20_005)}<h1>late</h1></body>`), 'h1 beyond');
    const page = doc(`<body>${filler(19_990)}<h1>near the end</h1>${filler(20)}<time datetime="x">t</time></body>`);
    const scan = expectSameScan(page, 'window cut');
    expect(scan.timeNearHeadline).toBe(false);
  });

  it('takes the <h1> the title names when an earlier one is a logo or a screen reader\'s heading, as both scans do', () => {
    const page = (title: string, h1s: string[]) =>
      doc(`<html><head><title>${title}</title></head><body>${h1s.map((h) => `<h1>${h}</h1>${filler(3)}`).join('')}</body></html>`);
    const headline = (title: string, h1s: string[]) => expectSameScan(page(title, h1s), `${title} / ${h1s.join(' / ')}`).h1?.textContent;
    // "Story - Site" holds both: the one that covers more of it.
    expect(headline('Zoll online - Fachmeldungen - Verkündung des Gesetzes', ['Zoll', 'Fachmeldungen <a href="/h">Hinweise</a>', 'Verkündung des   Gesetzes'])).toBe('Verkündung des   Gesetzes');
    expect(headline('Colder Temperatures Forecast for Wed. l KBS WORLD', ['KBS WORLD', 'Colder Temperatures Forecast for Wed.'])).toBe('Colder Temperatures Forecast for Wed.');
    // A title cut short of a long headline is held by it.
    expect(headline('Council votes to freeze ferry fares', ['Courier', 'Council votes to freeze ferry fares until the spring'])).toBe('Council votes to freeze ferry fares until the spring');
    // The first <h1> when no later one covers a good share of the title, or when it is the one the title names.
    expect(headline('Ferry fares frozen until spring, the council decides | Courier', ['Courier', 'Fares'])).toBe('Courier');
    expect(headline('Ferry fares frozen | Courier', ['Ferry fares frozen', 'Courier'])).toBe('Ferry fares frozen');
    expect(headline('', ['Courier', 'Ferry fares frozen'])).toBe('Courier');
    expect(headline('Ferry fares frozen', ['Courier', `Ferry fares frozen ${'and more '.repeat(80)}`])).toBe('Courier');
  });

  it('reads the canonical link as the walk does: a rel token in any case, an empty href lets a later one speak', () => {
    for (const head of [
      '<link rel="Canonical" href="/a">', '<link rel="x\u00a0canonical" href="/b">', '<link rel="noncanonical" href="/c">',
      '<link rel="canonical" href=""><link rel="canonical" href="/d">', '<link rel="canonical"><link rel="canonical" href="/e">',
      '<link rel="canonical" href="/f"><link rel="canonical" href="/g">',
    ]) expectSameScan(doc(`<html><head>${head}</head><body><p>x</p></body></html>`), head);
  });
});

describe('the detector in two halves', () => {
  it.each(fixturePages())('judges fixture $name served at 127.0.0.1 by the address it declares, as detectArticle does', ({ html, url }) => {
    const local = `http://127.0.0.1:8080${new URL(url).pathname}`;
    const page = doc(html, local);
    const measure = JSON.parse(JSON.stringify(measurePage(scanPageByQueries, page))) as ReturnType<typeof measurePage>;
    expect(judgePage(local, measure)).toEqual(detectArticle(page, local));
  });

  // At its own address: with the scans' check above ("scanPageByQueries = scanPage"), on one parse.

  it('passes on why a page could not be measured', () => {
    const page = doc('<p>x</p>');
    page.body.remove();
    expect(measurePage(scanPageByQueries, page)).toEqual({ failure: expect.objectContaining({ name: 'no-body' }) });
    expect(judgePage('https://example.com/', measurePage(scanPageByQueries, page))).toEqual(detectArticle(page, 'https://example.com/'));
    const broken = measurePage(() => {
      throw new Error('boom');
    }, doc('<p>x</p>'));
    expect(judgePage('https://example.com/', broken)).toEqual({ isArticle: false, score: 0, signals: [{ name: 'detector-error', weight: 0, detail: 'boom' }] });
  });

  it('reads only the counts it knows (the facts arrive as a message)', () => {
    const facts = { counts: {}, paragraphs: [], buttons: [], jsonLd: [], itemTypes: [], metas: [], canonical: null };
    const known = judgePage('https://example.com/', facts);
    const odd = JSON.parse('{"constructor": 1, "__proto__": 1, "toString": 5}') as Record<string, number>;
    expect(judgePage('https://example.com/', { ...facts, counts: odd })).toEqual(known);
  });
});
