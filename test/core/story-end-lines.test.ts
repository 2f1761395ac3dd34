import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { postClean } from '../../src/core/clean/residue';
import { generalRules } from '../../src/core/rules/all-rules';
import { NOTHING_DISABLED } from '../../src/core/disable';

const STORY = '<p>The river authority said it was still investigating the cause of the die-off near the town in April, and that early tests pointed to farm run-off.</p>';

/** Cleans an article the way the post-Readability pass does; gives its text, one block per line, and the rules that removed something. */
function clean(html: string): { text: string; rules: string[] } {
  const doc = new JSDOM(`<body><div id="a">${html}</div></body>`, { url: 'https://news.example/2024/05/14/story.html' }).window.document;
  const article = doc.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = postClean(article, generalRules, 'A title', NOTHING_DISABLED, true, { url: 'https://news.example/2024/05/14/story.html', site: 'https://news.example/' });
  return { text: (article.textContent ?? '').replace(/\s+/g, ' ').trim(), rules: removed.map((r) => r.ruleId) };
}

describe('lines at the story’s end that are about the paper, not the story', () => {
  it('removes the print-edition note in the languages we meet', () => {
    for (const line of [
      'A version of this article appears in print on May 15, 2024, Section B, Page 1 of the New York edition with the headline: Texas Wagers on Batteries for Hot Nights. <a href="/reprints">Order Reprints</a> | <a href="/paper">Today’s Paper</a>',
      'This article appeared in the print edition under the headline “A river runs dry”.',
      'This story appeared in the June 2024 issue of Field Notes.',
      'Erschienen in DER SPIEGEL 21/2024',
      'Dieser Artikel erschien in der Printausgabe vom 14. Mai 2024.',
      'Cet article est paru dans l’édition du 14 mai 2024.',
      'Este artículo fue publicado en la edición impresa del 14 de mayo de 2024.',
    ]) {
      const { text, rules } = clean(`${STORY}<p>${line}</p>`);
      expect(rules, line).toEqual(['print-edition']);
      expect(text).toContain('farm run-off');
    }
  });

  it('keeps story sentences about printed papers', () => {
    for (const line of [
      'A version of this story was told to me by my grandmother, who worked at the mill for forty years.',
      'The paper’s print edition lost a third of its readers in five years, the report said.',
      'This article appeared to confuse readers, the editor admitted.',
    ]) expect(clean(`${STORY}<p>${line}</p>`).rules, line).toEqual([]);
  });

  it('removes the note that a subscriber gave the reader the story', () => {
    for (const line of [
      'Dieser Artikel gehört zum Angebot von RUNDBLICK+. Sie können ihn auch ohne Abonnement lesen, weil er Ihnen geschenkt wurde.',
      'You’re reading a gift article. Subscribe to read every story.',
      'This article was gifted to you by a subscriber.',
    ]) expect(clean(`${STORY}<p>${line}</p>`).rules, line).toEqual(['paywall-pitch']);
    expect(clean(`${STORY}<p>The museum said the painting was gifted to the city by a collector in 1931.</p>`).rules).toEqual([]);
  });

  it('removes a link to the comments whose text is their number, not a sentence’s link to them', () => {
    expect(clean(`${STORY}<div><a href="#commentsContainer"><span>312</span></a></div>`).rules).toEqual(['engagement-count']);
    expect(clean(`${STORY}<div><a href="https://news.example/2024/05/14/story.html#comments">1,204</a></div>`).rules).toEqual(['engagement-count']);
    const sentence = clean(`${STORY}<p>Many of the <a href="#comments">312 readers who wrote in</a> said the same.</p>`);
    expect(sentence.rules).toEqual([]);
    expect(sentence.text).toContain('312 readers who wrote in');
  });

  it("removes a video's caption once its player is gone, not a photo's caption nor a line of the story", () => {
    const video = clean(`${STORY}<figure><figcaption><span class="visually-hidden">Media caption, </span>Watch: Thousands of dead fish found in River Teifi</figcaption></figure>`);
    expect(video.text).not.toContain('Thousands of dead fish');
    expect(video.rules).toContain('video-caption');
    expect(clean(`${STORY}<figure><img src="/a.jpg" alt=""><figcaption>VIDEO: How the rescue unfolded</figcaption></figure>`).rules).toEqual(['video-caption']);
    expect(clean(`${STORY}<figure><img src="/a.jpg" alt=""><figcaption>Watchmakers at work in a Geneva workshop.</figcaption></figure>`).rules).toEqual([]);
    expect(clean(`${STORY}<p>Watch: the film opens on Friday in twelve cinemas.</p>`).rules).toEqual([]);
  });

  it("removes a link to a network's share endpoint (a picture's \"Pin\" button), not the picture nor its caption", () => {
    const pin = '<a class="pin-it-button" href="https://pinterest.com/pin/create/bookmarklet/?media=x&amp;url=y" aria-label="Pin to Pinterest"><svg></svg><span>Pin</span></a>';
    const { text, rules } = clean(`${STORY}<figure><img src="/a.jpg" alt="">${pin}<figcaption>Slice the pears thinly.</figcaption></figure>`);
    expect(rules).toEqual(['share-bar']);
    expect(text).toContain('Slice the pears thinly.');
    expect(text).not.toMatch(/\bPin\b/);
    expect(clean(`${STORY}<p>She <a href="https://example.org/pinterest-study">studied Pinterest boards</a> for a year.</p>`).rules).toEqual([]);
  });
});

describe('a heading left at the story’s end', () => {
  const MORE = '<p>Fishing clubs downstream have been asked to report any dead fish they find, with a photograph and the place where it was found.</p>';
  it('goes when nothing at all comes after it', () => {
    const { text, rules } = clean(`${STORY}${MORE}<section><h2>Next match</h2><div class="card"></div></section>`);
    expect(rules).toEqual(['end-heading']);
    expect(text).not.toContain('Next match');
  });

  it('stays when text, a picture or a table follows it, or when the story is only a few words', () => {
    expect(clean(`${STORY}${MORE}<h2>What happens next</h2>The council meets again in June.`).rules).toEqual([]);
    expect(clean(`${STORY}${MORE}<h2>The new bridge</h2><figure><img src="/bridge.jpg" alt=""></figure>`).rules).toEqual([]);
    expect(clean('<p>Short note.</p><h2>Next match</h2>').rules).toEqual([]);
  });
});

describe('a label split over blocks', () => {
  it('reads its blocks apart, as they show: "Follow us" over "on Facebook and Instagram"', () => {
    const { text, rules } = clean(`${STORY}<div class="x1"><div>Follow us</div><div>on Facebook and Instagram</div></div>`);
    expect(rules).toEqual(['follow-us']);
    expect(text).not.toContain('Follow us');
  });
});
