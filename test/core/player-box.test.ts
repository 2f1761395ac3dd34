import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { preClean } from '../../src/core/clean/pre-clean';
import { measurePage } from '../../src/core/clean/main-content';
import { generalRules } from '../../src/core/rules/all-rules';
import { disabledBy } from '../../src/core/disable';

const STORY = '<p>Coastguards closed the beach for six hours on Saturday while a bomb disposal team examined the object, which walkers had spotted at low tide near the lifeboat station.</p>'
  + '<p>The team towed it out to sea at high tide and detonated it in a controlled explosion that could be heard several miles inland, the coastguard said later.</p>';

function clean(player: string) {
  const doc = new JSDOM(`<body><article><h1>Mine found on beach</h1>${STORY}${player}${STORY}</article></body>`, { url: 'https://example.com/a' }).window.document;
  const removed = preClean(doc, generalRules, measurePage(doc), disabledBy([]));
  return { text: doc.body.textContent ?? '', removed };
}

describe('player box', () => {
  it('takes a player\'s title and show with its controls when its box is named a player', () => {
    const { text, removed } = clean('<div class="InlineVideo-inlineVideo"><div class="InlineVideo-container"><img src="t.jpg" alt=""><button aria-label="Play Video">Play Video</button></div>'
      + '<div class="InlineVideo-footer"><span>02:31</span><div>Watch the moment the mine is detonated</div><div>Coast Tonight</div></div></div>');
    expect(text).not.toContain('Watch the moment');
    expect(text).not.toContain('Coast Tonight');
    expect(removed.map((r) => r.match)).toContain('label "play video", with the player around it');
  });

  it('takes the labels over and under an inner player that a token removed (data-testid names the box)', () => {
    const { text } = clean('<div class="sc-x1 hAsh" data-testid="inline-video"><p>Courier TV</p><div class="jw-player-wrapper"><div>How a storm uncovered a mine</div></div><p>Popular videos</p></div>');
    expect(text).not.toContain('Courier TV');
    expect(text).not.toContain('Popular videos');
  });

  it('keeps a box around a player whose caption is a sentence, or that links elsewhere, or names no player', () => {
    const caption = clean('<div class="video-embed"><button aria-label="Play video">Play video</button><div>Coastguards cordoned off the beach. Residents were told to stay away.</div></div>');
    expect(caption.text).toContain('Coastguards cordoned off the beach.');
    const linked = clean('<div class="video-embed"><button aria-label="Play video">Play video</button><a href="/video/mine">Watch the mine explode</a></div>');
    expect(linked.text).toContain('Watch the mine explode');
    const unnamed = clean('<div class="media-box"><div><button aria-label="Play video">Play video</button></div><div>Coast Tonight</div><div>Ella Sharpe reports</div></div>');
    expect(unnamed.text).toContain('Ella Sharpe reports');
  });
});
