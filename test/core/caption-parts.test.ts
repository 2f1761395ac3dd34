import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { postClean } from '../../src/core/clean/residue';
import { generalRules } from '../../src/core/rules/all-rules';
import { NOTHING_DISABLED } from '../../src/core/disable';

function clean(html: string): string {
  const doc = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  postClean(article, generalRules, 'A title', NOTHING_DISABLED, true, { url: 'https://news.example/a', site: 'https://news.example/', base: 'https://news.example/a' });
  return article.querySelector('figcaption')?.textContent ?? '';
}

describe('caption parts', () => {
  it('puts a space between a caption and its credit printed side by side', () => {
    expect(clean('<figure><img src="a.jpg" alt=""><figcaption><span>The site can power 80,000 homes.</span><span><span>Callie Navarro for The Ledger</span></span></figcaption></figure>'))
      .toBe('The site can power 80,000 homes. Callie Navarro for The Ledger');
  });

  it('leaves parts that are spaced already, and a lone part', () => {
    expect(clean('<figure><figcaption><span>Boats at dawn.</span> <span>Jane Doe</span></figcaption></figure>')).toBe('Boats at dawn. Jane Doe');
    expect(clean('<figure><figcaption><em>Boats</em>, at dawn</figcaption></figure>')).toBe('Boats, at dawn');
  });
});
