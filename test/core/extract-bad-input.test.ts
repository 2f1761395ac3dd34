import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/index';

const URL_ = 'https://example.org/story';
const prose = (n: number) => `<p>Sentence ${n} is a full line of ordinary prose, long enough to be counted by the extractor as article text.</p>`;

describe('extractArticle on bad input', () => {
  it('says empty for an empty document', () => {
    const result = extractArticle(new JSDOM('', { url: URL_ }).window.document, URL_);
    expect(result).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('says empty for a page of whitespace and markup only', () => {
    const result = extractArticle(new JSDOM('<div><span> </span><img src="x.png"></div>', { url: URL_ }).window.document, URL_);
    expect(result.ok).toBe(false);
  });

  it('still extracts a page whose <style> holds CSS jsdom rejects', () => {
    const dom = new JSDOM(`<html><head><style>p{}</style></head><body><article>${prose(1)}${prose(2)}${prose(3)}<p style="width: calc(10px + )">Styled sentence with an invalid calc() that must not stop extraction, long enough to be kept.</p></article></body></html>`, { url: URL_ });
    const style = dom.window.document.querySelector('style');
    // jsdom 29 throws while parsing this sheet but keeps the text in the DOM.
    try {
      if (style) style.textContent = 'p { margin: calc( } .a{width:calc(100% - )}';
    } catch {
      // expected
    }
    expect(style?.textContent).toContain('calc(');
    const result = extractArticle(dom.window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain('Sentence 3 is a full line');
    expect(result.article.text).toContain('Styled sentence');
  });

  // Behaviour only: the time these take is measured by `npm run bad-input` and the bench, never here
  // (a loaded machine made wall-clock limits fail tests that were right). The long timeouts only
  // guard against a hang: jsdom alone needs most of it to build such a page.
  it('survives 5,000-deep nesting: no stack overflow, the text on both sides of the nest is kept', () => {
    const depth = 5000;
    const html = `<body><article>${prose(1)}${'<div>'.repeat(depth)}${prose(2)}${prose(3)}${'</div>'.repeat(depth)}${prose(4)}</article></body>`;
    const dom = new JSDOM(html, { url: URL_ });
    const result = extractArticle(dom.window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain('Sentence 2 is a full line');
    expect(result.article.text).toContain('Sentence 4 is a full line');
  }, 300_000);

  it('refuses a page of 100,000 paragraphs above maxElements, and otherwise finishes it', () => {
    const html = `<body><article>${'<p>Short line of text here.</p>'.repeat(100_000)}</article></body>`;
    const dom = new JSDOM(html, { url: URL_ });
    const small = extractArticle(dom.window.document, URL_, { maxElements: 50_000 });
    expect(small).toMatchObject({ ok: false, reason: 'too-large' });
    const result = extractArticle(dom.window.document, URL_);
    expect(result.ok || result.reason === 'too-large').toBe(true);
  }, 300_000);

  it('sanitizes script, event-handler and javascript: payloads', () => {
    const payloads = `<script>alert(1)</script><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">click</a>
      <p onclick="alert(4)" style="color:red">Clickable paragraph with enough words to be part of the article body text.</p>
      <iframe src="https://evil.example/"></iframe><form action="/steal"><input name="q"></form>
      <svg><script>alert(5)</script></svg><a href="JaVaScRiPt:alert(6)">x</a><object data="evil.swf"></object>
      <math><mtext><table><mglyph><style><img src=x onerror=alert(7)></style></mglyph></table></mtext></math>`;
    const dom = new JSDOM(`<body><article>${prose(1)}${payloads}${prose(2)}${prose(3)}</article></body>`, { url: URL_ });
    const result = extractArticle(dom.window.document, URL_);
    if (!result.ok) throw new Error(result.message);
    const { html } = result.article;
    expect(html).not.toMatch(/<script|<iframe|<form|<input|<object|<style|on(error|click)=|javascript:|style=/i);
    expect(result.article.text).toContain('Clickable paragraph');
  });

  it('never throws on a non-HTML or binary-looking document', () => {
    const junk = new JSDOM(String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 255)), { url: URL_ });
    const result = extractArticle(junk.window.document, URL_);
    expect(typeof result.ok).toBe('boolean');
  });
});
