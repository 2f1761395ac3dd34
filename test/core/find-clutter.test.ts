import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findClutter } from '../../src/core/index';

const HTML = `<body><header><nav><a href="/">Home</a></nav></header>
<main><article class="story has-comments">
  <h1>Headline</h1>
  ${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story with enough words to be the main text of the page.</p>`).join('')}
  <div class="ad-slot"><p>Advertisement</p></div>
  <p>ADVERTISEMENT</p>
  <div><p>Try Our AI Features</p></div>
  <section id="comments"><h2>Comments</h2><p>No comments yet...</p></section>
</article></main>
<aside class="trending"><h3>Trending</h3><ul><li><a href="/t">T</a></li></ul></aside></body>`;

describe('findClutter', () => {
  it('finds the ad and promo blocks of a live page without changing it', () => {
    const dom = new JSDOM(HTML, { url: 'https://example.com/story' });
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const found = findClutter(doc, 'https://example.com/story');
    expect(doc.documentElement.outerHTML).toBe(before);
    const texts = found.map((f) => f.removal.text);
    expect(texts).toContain('Advertisement');
    expect(texts).toContain('ADVERTISEMENT');
    expect(texts).toContain('Try Our AI Features');
    expect(found.map((f) => f.removal.category)).toEqual(expect.arrayContaining(['ad', 'promo', 'comments', 'trending']));
  });

  it('never returns html, body, main, the story or an ancestor of it', () => {
    const dom = new JSDOM(`<body class="ad share"><main class="comments"><article class="advert">${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} with plenty of words in it to be the story.</p>`).join('')}</article></main></body>`, { url: 'https://example.com/' });
    const doc = dom.window.document;
    const found = findClutter(doc, 'https://example.com/');
    const article = doc.querySelector('article');
    for (const { element } of found) {
      expect(['HTML', 'BODY', 'MAIN', 'ARTICLE']).not.toContain(element.tagName);
      expect(article && element.contains(article)).toBeFalsy();
    }
  });

  it('takes a section heading on a line of its own, never a run-in one alone, without the long line it opens', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Absatz ${i} der Geschichte, mit genug Wörtern, um der Haupttext dieser Seite zu sein.</p>`).join('');
    const dom = new JSDOM(`<body><article>${story}
      <p><strong>Über den Autor</strong>: ${'Ich schreibe hier seit Jahren über Holz, Werkzeug und Werkstattprojekte. '.repeat(20)}</p>
      <div class="box"><h3>Über den Autor</h3><p>Jonas Brandt baut Möbel.</p></div></article></body>`, { url: 'https://example.com/story' });
    const found = findClutter(dom.window.document, 'https://example.com/story');
    const taken = found.map((f) => f.element);
    expect(taken.some((e) => e.tagName === 'STRONG')).toBe(false);
    expect(taken.some((e) => e.textContent?.includes('Jonas Brandt'))).toBe(true);
  });

  it('leaves a call to the reader that runs on inside a sentence, and takes one that stands alone', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story with enough words to be the main text of the page.</p>`).join('');
    const dom = new JSDOM(`<body><article>${story}
      <p>The council asked residents to <a href="/x">follow us on Twitter</a> for road closures this week.</p>
      <p>Sie haben ihre Gedanken mit der Welt zu<span>teilen</span>, sagte sie.</p>
      <p><a href="/y">Follow us on Twitter</a></p></article></body>`, { url: 'https://example.com/story' });
    const found = findClutter(dom.window.document, 'https://example.com/story').map((f) => f.element);
    expect(found.some((e) => e.tagName === 'A' && e.parentElement?.textContent?.startsWith('The council'))).toBe(false);
    expect(found.some((e) => e.tagName === 'SPAN')).toBe(false);
    expect(found.some((e) => e.closest('p')?.textContent?.trim() === 'Follow us on Twitter')).toBe(true);
  });
});

describe('findClutter: appeals for donations or membership (support-appeal)', () => {
  const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story with enough words to be the main text of the page.</p>`).join('');
  const found = (blocks: readonly string[]): string[] => {
    const dom = new JSDOM(`<body><article>${story}${blocks.map((b) => `<p>${b}</p>`).join('')}</article></body>`, { url: 'https://example.com/story' });
    return findClutter(dom.window.document, 'https://example.com/story')
      .filter((f) => f.removal.ruleId === 'support-appeal')
      .map((f) => (f.element.textContent ?? '').trim());
  };

  it('takes the appeal in each language it knows', () => {
    const appeals = [
      'Support independent journalism: our reporting is free for everyone because of readers who give what they can.',
      'If you enjoyed this article, please consider supporting us with a small monthly contribution.',
      'Readers like you keep this newsroom going. Give once or every month.',
      'Join me on Patreon for early access to every new chapter.',
      'Unterstützen Sie unabhängigen Journalismus mit einem Abo ab 4 Euro im Monat.',
      'Helfen Sie mit, sichern Sie unabhängigen Journalismus, der ohne Werbung auskommt.',
      'Jede kleine Spende hilft!',
      'Soutenez notre journalisme indépendant : faites un don dès 5 euros.',
      'Apoya el periodismo independiente',
      'Si te parece valioso el trabajo de nuestra redacción, apóyanos con una membresía mensual.',
      'Sostieni il giornalismo indipendente con un abbonamento.',
      'Steun onafhankelijke journalistiek met een gift.',
      'Apoie o jornalismo independente com uma assinatura.',
      'Donate now',
      'Jetzt spenden',
    ];
    expect(found(appeals)).toEqual(appeals);
  });

  it("leaves a story's own sentences about donations, members and support", () => {
    expect(found([
      'Readers donated more than 2,000 cans at the drop-off bins outside the office.',
      'If you want to help, the food bank accepts donations at its warehouse on Dock Road.',
      'If you enjoy hiking, consider becoming a member of the local trail club.',
      'Support for the measure fell to 41 percent among likely voters, the poll found.',
      'Die Stadt unterstützt den Verein mit 20.000 Euro im Jahr, sagte der Bürgermeister.',
      'Apoya a los ciudadanos que denuncian la corrupción, dijo el fiscal.',
      'The museum is seeking 1.3 million euros from the public to buy the painting.',
      // A word processor's spans around a link in a sentence (WCXB 0136)
      '<span>Learn about our concerts</span><span> and </span><a href="/donate"><span>donate today</span></a><span> to help us bring music to every school.</span>',
    ])).toEqual([]);
  });
});
