// AMP's pictures (src/core/clean/lazy-images.ts fixAmpImage, run by stripPage on the clone): an
// <amp-img> becomes the <img> AMP's script would have drawn, or keeps the one it drew.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { stripPage } from '../../src/core/clean/strip-page';

function strip(html: string): Document {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  stripPage(doc);
  return doc;
}

describe('AMP pictures', () => {
  it('makes an <img> of an <amp-img> whose script never ran, with its sources, text and size', () => {
    const doc = strip('<p><amp-img src="/a-1200.jpg" srcset="/a-600.jpg 600w, /a-1200.jpg 1200w" sizes="100vw" width="1200" height="675" layout="responsive" alt="A seal"></amp-img></p>');
    expect(doc.querySelector('amp-img')).toBeNull();
    const img = doc.querySelector('p > img');
    expect(img?.getAttribute('src')).toBe('/a-1200.jpg');
    expect(img?.getAttribute('srcset')).toBe('/a-600.jpg 600w, /a-1200.jpg 1200w');
    expect(img?.getAttribute('alt')).toBe('A seal');
    expect(img?.getAttribute('width')).toBe('1200');
    expect(img?.hasAttribute('layout')).toBe(false);
  });

  it('keeps the <img> the script drew, and drops a nested fallback with its parent', () => {
    const doc = strip('<figure><amp-img src="/b.webp" alt="B"><i-amphtml-sizer></i-amphtml-sizer><img class="i-amphtml-fill-content" src="/b.webp" alt="B"><amp-img fallback src="/b.jpg" alt="B"></amp-img></amp-img></figure>');
    expect(Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['/b.webp']);
    expect(doc.querySelector('amp-img, i-amphtml-sizer')).toBeNull();
  });

  it('makes an animated GIF of an <amp-anim>, and leaves an <amp-img> without a source alone', () => {
    const doc = strip('<amp-anim src="/c.gif" alt="C"></amp-anim><amp-img alt="nothing"></amp-img>');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('/c.gif');
    expect(doc.querySelector('amp-img')).not.toBeNull();
  });
});
