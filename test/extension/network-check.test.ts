import { describe, expect, it } from 'vitest';
import { referencedUrls } from '../e2e/harness/network-check';

describe('referencedUrls (what a fixture page may load by itself in the real-browser tests)', () => {
  const base = 'http://127.0.0.1:8080/2023/03/post.html';

  it('reads both quotes, whole src values with commas, srcset candidates and style url()s', () => {
    const html = `<link rel='stylesheet' href='//cdn.example/a.css'><img src="https://img.example/w=50,h=50/x.png"
      srcset="s.jpg 1x,https://img.example/w=2,h=2/l.jpg 2x"><a style='background-image: url(//cdn.example/icon.png);'>x</a>
      <style>.logo { background: url("/logo.svg") }</style>`;
    expect([...referencedUrls(html, base)].sort()).toEqual([
      'http://127.0.0.1:8080/2023/03/s.jpg',
      'http://127.0.0.1:8080/logo.svg',
      'http://cdn.example/a.css',
      'http://cdn.example/icon.png',
      'https://img.example/w=2,h=2/l.jpg',
      'https://img.example/w=50,h=50/x.png',
    ]);
  });

  it("reads a lazy picture's address, which the page's script loads and the cleaner makes real", () => {
    const html = `<img data-lazy="https://cdn.example/slide-2.jpg"><img data-original='/p/3.jpg'><img data-lazy-src="https://cdn.example/4.jpg">`;
    expect([...referencedUrls(html, base)].sort()).toEqual(['http://127.0.0.1:8080/p/3.jpg', 'https://cdn.example/4.jpg', 'https://cdn.example/slide-2.jpg']);
  });

  it("reads a video's poster, which the page shows and the popup may re-show", () => {
    expect([...referencedUrls('<video poster="https://cdn.example/vgtv/poster.jpg"></video>', base)]).toEqual(['https://cdn.example/vgtv/poster.jpg']);
  });

  it("reads an address's character references as the parser does (WordPress writes & as &#038;)", () => {
    const html = `<img src='https://2.gravatar.example/avatar/abc?s=60&#038;d=identicon&#x26;r=G'><a href="/p?a=1&amp;b=2">p</a>`;
    expect([...referencedUrls(html, base)].sort()).toEqual(['http://127.0.0.1:8080/p?a=1&b=2', 'https://2.gravatar.example/avatar/abc?s=60&d=identicon&r=G']);
  });

  it('leaves what is not an http(s) address', () => {
    expect([...referencedUrls('<a href="mailto:a@b.example">m</a><img src="data:image/png;base64,AAAA">', base)]).toEqual([]);
  });
});
