import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { takeBylineParagraph } from '../../src/core/clean/byline-paragraph';

const PROSE = '<p>When a rancher near Fields rolled his tractor last October, the closest ambulance was 70 miles away.</p>';

function take(html: string, outlets: readonly (string | null)[]) {
  const article = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document.getElementById('a');
  if (!article) throw new Error('no article');
  const found = takeBylineParagraph(article, outlets);
  return { byline: found?.byline ?? null, text: (article.textContent ?? '').trim() };
}

describe('takeBylineParagraph', () => {
  it('takes the writer from an opening "By <name>, <outlet>" line whose outlet the page declares (fixture meta-byline-person-over-org)', () => {
    const { byline, text } = take(`<p>By Jamie Ortiz, KFF Health News</p>${PROSE}`, ['KFF Health News', 'High Desert Sentinel', null]);
    expect(byline).toBe('Jamie Ortiz');
    expect(text.startsWith('When a rancher')).toBe(true);
  });

  it('leaves a line whose outlet is not declared, a line below the opening, and an outlet named as the writer', () => {
    expect(take(`<p>By Jamie Ortiz, Special to the Sentinel</p>${PROSE}`, ['KFF Health News']).byline).toBeNull();
    expect(take(`${PROSE}${PROSE}${PROSE}<p>By Jamie Ortiz, KFF Health News</p>`, ['KFF Health News']).byline).toBeNull();
    expect(take(`<p>By KFF Health News, KFF Health News</p>${PROSE}`, ['KFF Health News']).byline).toBeNull();
    expect(take(`<p>By the time the crew arrived, KFF Health News</p>${PROSE}`, ['KFF Health News']).byline).toBeNull();
  });
});
