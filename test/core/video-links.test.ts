// A video site's player frame becomes a link to the video's page (src/core/clean/video-links.ts).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { linkEmbeddedVideos, videoPage } from '../../src/core/clean/video-links';

function run(html: string): string {
  const dom = new JSDOM(`<!doctype html><body><div id="a">${html}</div></body>`);
  const root = dom.window.document.getElementById('a') as Element;
  linkEmbeddedVideos(root);
  return root.innerHTML;
}

describe('video links', () => {
  it('names the page of each known player', () => {
    expect(videoPage('https://www.youtube-nocookie.com/embed/dQ8xJ3kLm2s?rel=0')).toBe('https://www.youtube.com/watch?v=dQ8xJ3kLm2s');
    expect(videoPage('//www.youtube.com/embed/Zx8kQpL4Tn0')).toBe('https://www.youtube.com/watch?v=Zx8kQpL4Tn0');
    expect(videoPage('https://player.vimeo.com/video/76979871?h=8272103f6e')).toBe('https://vimeo.com/76979871');
    expect(videoPage('https://www.dailymotion.com/embed/video/x8abc12')).toBe('https://www.dailymotion.com/video/x8abc12');
    expect(videoPage('https://www.youtube.com/embed/videoseries?si=x&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG'))
      .toBe('https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG');
    expect(videoPage('https://www.youtube.com/embed/videoseries')).toBeNull();
    expect(videoPage('https://ads.example/embed/123456')).toBeNull();
    expect(videoPage('https://www.youtube.com/embed/')).toBeNull();
  });

  it('replaces the frame with a line linking the video, named by its title', () => {
    expect(run('<div class="ratio"><iframe src="https://www.youtube.com/embed/dQ8xJ3kLm2s" title="Salt Road (live at Marlow Quay)"></iframe></div>'))
      .toBe('<div class="ratio"><p><a href="https://www.youtube.com/watch?v=dQ8xJ3kLm2s">▶ Salt Road (live at Marlow Quay)</a></p></div>');
  });

  it('writes the address when the frame names only its player, and reads a lazy frame\'s data-src', () => {
    expect(run('<iframe src="about:blank" data-src="https://player.vimeo.com/video/76979871" title="Vimeo video player"></iframe>'))
      .toBe('<p><a href="https://vimeo.com/76979871">▶ vimeo.com/76979871</a></p>');
  });

  it('gives the address where different videos share one title, a template\'s', () => {
    expect(run('<iframe src="https://www.youtube.com/embed/G5VaxNurMiU" title="Guide - video"></iframe>' +
      '<iframe src="https://www.youtube.com/embed/qNxSI4ZTkGA" title="Guide - video"></iframe>'))
      .toBe('<p><a href="https://www.youtube.com/watch?v=G5VaxNurMiU">▶ youtube.com/watch?v=G5VaxNurMiU</a></p>' +
        '<p><a href="https://www.youtube.com/watch?v=qNxSI4ZTkGA">▶ youtube.com/watch?v=qNxSI4ZTkGA</a></p>');
  });

  it('leaves other frames to the sanitizer', () => {
    const html = '<iframe src="https://maps.example/embed?q=harbour" title="Map"></iframe>';
    expect(run(html)).toBe(html);
  });
});
