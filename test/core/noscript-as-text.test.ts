// A browser that runs scripts parses a <noscript>'s content as one text node of raw markup; jsdom (the
// CLI, the bench, these tests) parses it into elements. Measures of text then differed: in the popup,
// the markup of lazy-loaded pictures counted as link text, and a listicle's "Recommended courses:"
// cards read as a related-links list and left the article (WCXB 0375: 12,400 of 31,400 characters in
// Chromium, all of it in the CLI). The clone now parses such raw content as jsdom does.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/index';

const URL_ = 'https://designs.example/graphic-design-courses-for-beginners/';
const prose = (n: number) =>
  `<p>Section ${n} of the guide explains what a beginner learns first, how long the lessons take, and what the certificate is worth to an employer afterwards.</p>`;
const picture = (name: string) =>
  `<p><a href="https://images.designs.example/2025/03/${name}-course-cover-large.png"><noscript><img src="https://images.designs.example/2025/03/${name}-course-cover-large.png" alt="The ${name} course by a design school, cover picture" width="800" height="428"></noscript><img class="lazyload" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" data-src="https://images.designs.example/2025/03/${name}-course-cover-large.png" alt="The ${name} course"></a></p>`;
const card = (name: string) =>
  `<div class="course"><h3><a href="https://school.example/courses/${name}/">${name} course</a></h3>${picture(name)}<p>This course teaches ${name} with tutors who have worked for brands and agencies for years. The lessons are recorded, so you can fit them around a job, and each week ends with a small brief that a tutor marks within three days. Most students finish in four months; the certificate at the end is recognised by the national design council.</p></div>`;

const PAGE = `<!doctype html><html><head><title>The best graphic design courses for beginners</title></head><body>
  <article><h1>The best graphic design courses for beginners</h1>
  <div class="entry">${prose(1)}${prose(2)}${prose(3)}
  <h5>Recommended courses:</h5>${card('typography')}${card('layout')}
  ${prose(4)}${prose(5)}
  <h5>Recommended courses:</h5>${card('colour')}${card('branding')}
  ${prose(6)}${prose(7)}</div></article></body></html>`;

/** The page as a browser with scripting parses it: every <noscript>'s content one text node of its markup. */
function asBrowserParses(dom: JSDOM): void {
  for (const noscript of Array.from(dom.window.document.querySelectorAll('noscript'))) {
    noscript.replaceChildren(dom.window.document.createTextNode(noscript.innerHTML));
  }
}

function read(browser: boolean) {
  const dom = new JSDOM(PAGE, { url: URL_ });
  if (browser) asBrowserParses(dom);
  const result = extractArticle(dom.window.document, URL_, { window: dom.window as unknown as Window & typeof globalThis });
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

describe('a <noscript> parsed as raw text, as a browser parses it', () => {
  it('changes nothing: the cards of the story stay, as they do where it is parsed into elements', () => {
    const browser = read(true);
    const jsdom = read(false);
    for (const name of ['typography', 'layout', 'colour', 'branding']) expect(browser.text).toContain(`This course teaches ${name}`);
    expect(browser.text).toBe(jsdom.text);
    expect(browser.related).toEqual(jsdom.related);
  });
});
