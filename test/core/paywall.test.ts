import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/extract';
import { declaredPaywall } from '../../src/core/paywall';

const URL_ = 'https://www.daily.example/2026/03/harlan-elevator';
const STORY = Array.from(
  { length: 7 },
  (_, i) => `<p>Paragraph ${i + 1}: the county set aside money to pull down the grain elevator, and then, in a single consent-agenda vote last October, moved it somewhere else, the minutes show.</p>`,
).join('');

function jsonLd(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

function page(head: string, afterStory = '', inStory = ''): Document {
  const html = `<html><head><title>Harlan elevator</title>${head}</head><body><article><h1>Harlan elevator</h1>${STORY}${inStory}</article>${afterStory}<footer><p>© 2026 Daily</p></footer></body></html>`;
  return new JSDOM(html, { url: URL_ }).window.document;
}

function endsAtPaywall(doc: Document): boolean {
  const result = extractArticle(doc, URL_);
  if (!result.ok) throw new Error(result.message);
  return result.article.endsAtPaywall === true;
}

const NOT_FREE = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Harlan elevator',
  isAccessibleForFree: false,
  hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywalled' },
};

describe('what a page declares about its paywall', () => {
  it('reads isAccessibleForFree and the parts it names, in a @graph too, as a boolean or a string', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { ...NOT_FREE, isAccessibleForFree: 'False' }] };
    expect(declaredPaywall(page(jsonLd(graph)))).toEqual({ notFree: true, parts: ['.paywalled'] });
    expect(declaredPaywall(page(jsonLd({ '@type': 'NewsArticle', isAccessibleForFree: true })))).toEqual({ notFree: false, parts: [] });
    expect(declaredPaywall(page('<script type="application/ld+json">{ not json</script>'))).toEqual({ notFree: false, parts: [] });
  });
});

describe('an article that stops where the paywall begins (endsAtPaywall)', () => {
  it('is marked when the declared paywalled part is empty on the page, as a reader without a subscription gets it', () => {
    expect(endsAtPaywall(page(jsonLd(NOT_FREE), '', '<div class="paywalled"></div>'))).toBe(true);
    expect(endsAtPaywall(page(jsonLd(NOT_FREE), '', '<div class="paywalled">\n  <!-- for subscribers -->\n</div>'))).toBe(true);
  });

  it('is not marked when the declared part holds the rest of the story (a subscriber\'s page), names nothing, or is unusable', () => {
    expect(endsAtPaywall(page(jsonLd(NOT_FREE)))).toBe(false);
    const rest = `<div class="paywalled">${STORY}</div>`;
    expect(endsAtPaywall(page(jsonLd(NOT_FREE), '', rest))).toBe(false);
    const broken = { ...NOT_FREE, hasPart: { ...NOT_FREE.hasPart, cssSelector: '..[' } };
    expect(endsAtPaywall(page(jsonLd(broken)))).toBe(false);
  });

  it('is not marked by the declaration alone, which a subscriber\'s page gives too', () => {
    const { hasPart: _, ...bare } = NOT_FREE;
    expect(endsAtPaywall(page(jsonLd(bare)))).toBe(false);
  });

  it('is marked by a pitch after the story that says the rest is for subscribers, without any declaration', () => {
    for (const pitch of [
      '<div class="box"><p>Subscribe to continue reading.</p></div>',
      '<div class="box"><div>\n<h2>This post is for paying subscribers only</h2>\n<a href="/signup">Subscribe now</a>\n<p>Already have an account? <a href="/signin">Sign in</a></p>\n</div></div>',
      '<div class="box"><p>Cet article est réservé aux abonnés.</p></div>',
    ]) {
      expect(endsAtPaywall(page('', pitch)), pitch).toBe(true);
    }
  });

  it('is not marked by a gift note or a members badge above the story, nor on a story with no pitch', () => {
    const gift = `<html><head><title>Harlan elevator</title></head><body><article><p>You're reading a gift article from a subscriber.</p><h1>Harlan elevator</h1>${STORY}</article></body></html>`;
    expect(endsAtPaywall(new JSDOM(gift, { url: URL_ }).window.document)).toBe(false);
    const badge = `<html><head><title>Harlan elevator</title></head><body><article><p>Member-only story</p><h1>Harlan elevator</h1>${STORY}</article></body></html>`;
    expect(endsAtPaywall(new JSDOM(badge, { url: URL_ }).window.document)).toBe(false);
    expect(endsAtPaywall(page(''))).toBe(false);
  });
});
