import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { preClean } from '../../src/core/clean/pre-clean';
import { measurePage } from '../../src/core/clean/main-content';
import { generalRules } from '../../src/core/rules/all-rules';
import { disabledBy } from '../../src/core/disable';
import type { DisableId } from '../../src/core/types';

function clean(html: string, disabled: DisableId[] = []) {
  const doc = new JSDOM(`<body>${html}</body>`, { url: 'https://example.com/a' }).window.document;
  const removed = preClean(doc, generalRules, measurePage(doc), disabledBy(disabled));
  return { doc, text: doc.body.textContent ?? '', removed };
}

const ABOUT_ADS = `<article><h1>The advertising business</h1>
  <h2>Advertising</h2>
  <p>Advertisement revenue fell sharply this year, and publishers say sponsored content is no substitute.</p>
  <p>"Advertising is the lifeblood of local news," said one editor, who asked that the word Advertisement appear in every headline.</p>
  <p>Comments from readers were mostly positive. Tags on the stories helped. Share prices of ad companies fell.</p>
  <h2>Sponsored content and its critics</h2>
  <p>Anzeige, Publicidad and Publicité are the labels European sites use; the study counted each of them.</p>
</article>`;

describe('pre-clean rules', () => {
  it('never takes a line of code for a label, a trail or a count (a <pre> is verbatim)', () => {
    const code = '<pre><code><span class="line">if ceiling > maxBackoff {</span>\n<span class="line">Advertisement</span>\n<span class="line">247 reactions</span></code></pre>';
    const { text, removed } = clean(`<article><p>A post about retries, with the code that does them.</p>${code}</article>`);
    expect(removed).toEqual([]);
    for (const line of ['if ceiling > maxBackoff {', 'Advertisement', '247 reactions']) expect(text).toContain(line);
    // The same lines outside code are a trail, a label and a count.
    expect(clean('<article><p>Story.</p><div>Home › News › Rivers</div><p>Advertisement</p><p>247 reactions</p></article>').removed.map((r) => r.ruleId)).toEqual(['breadcrumbs', 'ad-label', 'engagement-count']);
  });

  it('keeps every sentence of an article about advertising', () => {
    const { text, removed } = clean(ABOUT_ADS);
    expect(removed).toEqual([]);
    for (const kept of ['Advertisement revenue fell', 'lifeblood of local news', 'Comments from readers', 'Sponsored content and its critics', 'Anzeige, Publicidad']) {
      expect(text).toContain(kept);
    }
    expect(text).toContain('Advertising');
  });

  it('takes calls to follow, subscribe and download in more languages, not story lines that use the words', () => {
    const calls = [
      'Siga a Folha do Litoral no Instagram e no WhatsApp para receber as principais notícias.',
      'Obserwuj nas na Facebooku i Instagramie.',
      'Bizi takip edin: Instagram ve X',
      'Assine nossa newsletter e receba as notícias no seu e-mail.',
      'Suscríbete a nuestro boletín y recibe las noticias cada mañana.',
      'Abonnieren Sie unseren Newsletter.',
      'Bültenimize abone olun, haberler e-postanıza gelsin.',
      'Baixe o app', 'Pobierz aplikację', 'Téléchargez l’application',
    ];
    const story = [
      'Sigue la polémica en Twitter después de que el ministro publicara su carta.',
      'Segue o vídeo que o prefeito publicou no Instagram na noite de domingo.',
      'The newsletter of the parish was printed for the last time in 1998.',
      'Recibe el boletín oficial de la provincia cada lunes, según la ley.',
    ];
    const { text, removed } = clean(`<article>${[...calls, ...story].map((line) => `<p>${line}</p>`).join('')}</article>`);
    expect(removed.map((r) => r.text)).toEqual(calls);
    for (const line of story) expect(text).toContain(line);
  });

  it('removes a newsroom\'s call for stories with a way to reach it, not a question in the story', () => {
    const tips = [
      '<p><strong>Got a story? Email us at <a href="mailto:x@example.com">x@example.com</a> or call 0207 782 4368.</strong></p>',
      '<p><em>Do you have a story about leaving a corporate job? Contact this reporter at <a href="mailto:r@example.com">r@example.com</a>.</em></p>',
      '<p>We pay for videos too. <a href="/upload">Click here to upload yours</a>.</p>',
      '<p>Contact the reporter at r@example.com</p>',
    ];
    const prose = [
      '<p>Do you have a story to tell? Many of the people we met did, and most of them were about the flood.</p>',
      '<p>We pay for stories. That was the agency\'s motto, and it paid handsomely for years.</p>',
    ];
    const { text, removed } = clean(`<article><p>A story about a flood.</p>${tips.join('')}${prose.join('')}</article>`);
    expect(removed.map((r) => r.ruleId)).toEqual(['article-feedback', 'article-feedback', 'article-feedback', 'article-feedback']);
    expect(text).toContain('Do you have a story to tell?');
    expect(text).toContain('We pay for stories. That was');
  });

  it('removes a quote chip from its sentence, not a ticker named in prose nor a number of the story', () => {
    const { text, removed } = clean('<article><p>Shares of <a href="/q/KSTF">Kestrel Foods</a><span class="quote"><span>KSTF</span><span>-13.82%</span></span> fell,'
      + ' while Ardent Corp. <span class="ticker"><a href="/stock/ardp">ARDP +1.2%</a></span>, which makes switchgear, rose.</p>'
      + '<p>Its ticker is <span class="ticker">KSTF</span>; shares fell <span class="quote">-13.82%</span> and <b>KSTF -13.82%</b> was the day\'s worst.</p></article>');
    expect(removed.map((r) => r.ruleId)).toEqual(['quote-chip', 'quote-chip']);
    expect(text).toContain('Shares of Kestrel Foods fell, while Ardent Corp., which makes switchgear, rose.');
    expect(text).toContain('Its ticker is KSTF; shares fell -13.82% and KSTF -13.82% was');
  });

  it('removes the site\'s own event, club, broadcast and wire-hub lines, not story sentences that use the words', () => {
    const promos = [
      '<p><em>Join us at TechWire Summit 2026 in Lisbon, October 13–15. <a href="/e">Register now</a> to save up to $600.</em></p>',
      '<p><strong>Sign up now</strong> for the <a href="/pro">Investing Club</a> to follow every stock move.</p>',
      '<p>Watch Premier League football live on Sky Sports in 2025/26. <a href="/g">Get Sky Sports</a> or stream with NOW - no contract.</p>',
      '<p>AP NBA: <a href="https://apnews.example/hub/nba">https://apnews.example/hub/nba</a></p>',
      '<p>Special offer for Gear readers: Get a 1-year subscription for $5 ($25 off). Subscriptions help fund the work we do every day.</p>',
      '<p><small>Getty</small></p>',
    ];
    const prose = [
      '<p>Join us at the town hall on Friday, the mayor told residents, where the plans will be explained.</p>',
      '<p>Watch the final live on BBC One from 3pm; the draw for the next round follows at 5pm.</p>',
      '<p>Sign up for the club was slow at first, its founder admitted, but membership doubled in a year.</p>',
      '<p>AP</p>',
    ];
    const { text, removed } = clean(`<article><p>A story about a cup final.</p>${promos.join('')}${prose.join('')}</article>`);
    expect(removed.map((r) => r.ruleId)).toEqual(['house-promo', 'house-promo', 'house-promo', 'coverage-hub-line', 'paywall-pitch', 'photo-credit']);
    for (const line of ['Join us at the town hall', 'Watch the final live on BBC One', 'Sign up for the club was slow', 'AP']) expect(text).toContain(line);
  });

  it('removes affiliate notices, credits, newsletter plugs and donation lines, not story sentences that use the words', () => {
    const clutter = [
      ['<p>Soundcheck is supported by its readers. When you purchase through links on our site, we may receive an affiliate commission.</p>', 'affiliate-commission'],
      ['<p><em>Soundcheck may receive an affiliate commission if you buy through our links.</em></p>', 'affiliate-commission'],
      ['<p>We may earn a commission from links on this page.</p>', 'affiliate-commission'],
      ['<figure><img src="/a.jpg" alt=""><figcaption><span>Stone steps on the lake bed.</span> <span>(AP Photo/J. Scott Applewhite, File)</span></figcaption></figure>', 'photo-credit'],
      ['<p>Illustration by Ilse Marenko</p>', 'photo-credit'],
      ['<figure><img src="/b.jpg" alt=""><figcaption><span>Main Street in 1931.</span> <cite>Courtesy of the Historical Society</cite></figcaption></figure>', 'photo-credit'],
      ['<p>Rolling Stone / Product Images</p>', 'photo-credit'],
      ['<p>Newsroom is a nonprofit newsroom. Sign up to receive <a href="/nl">our biggest stories</a> as soon as they’re published.</p>', 'newsletter-plug'],
      ['<p>Subscribe to KFF Health News’ free Morning Briefing.</p>', 'newsletter-plug'],
      ['<p><strong>Help keep articles like this free</strong></p>', 'support-appeal'],
      ['<p><a href="/give">Yes, I’ll give $10/month</a></p>', 'support-appeal'],
      ['<p>We accept credit card, Apple Pay, and Google Pay. You can also contribute via <a href="/pp">PayPal</a></p>', 'support-appeal'],
    ] as const;
    const prose = [
      '<p>Shop staff often earn a commission on every pair they sell, so ask to hear the cheaper models too.</p>',
      '<p>The broker will earn a commission on every purchase, the filing shows.</p>',
      '<p>Courtesy of a state grant, the historical society plans to scan its whole collection this year.</p>',
      '<p>Art: gallery openings this week</p>',
      '<p>Residents can sign up to receive inspection reports by email from the agency’s website.</p>',
      '<p>“I’ll give you one more chance,” the coach told him.</p>',
      '<p>You can <a href="/tips">submit a tip</a> to the agency online, a spokesperson said.</p>',
    ];
    const { text, removed } = clean(`<article><p>A story about a reservoir.</p>${clutter.map(([html]) => html).join('')}${prose.join('')}</article>`);
    expect(removed.map((r) => r.ruleId)).toEqual(clutter.map(([, id]) => id));
    for (const line of ['Shop staff often earn', 'The broker will earn', 'Courtesy of a state grant', 'Art: gallery openings', 'Residents can sign up', 'one more chance', 'You can submit a tip to the agency']) {
      expect(text.replace(/\s+/g, ' ')).toContain(line);
    }
  });

  it('takes a tip box with the button that closes it, its heading and copy too', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the investigation, with enough words in it to be a real part of the story on this page.</p>`).join('');
    const doc = new JSDOM(`<body><article>${story}<div class="c1"><div class="c2"><h3>Do You Have a Tip for the Ledger? Help Us Do Journalism.</h3>
      <p>Got a story we should hear? Here’s how to reach us.</p><a href="/tips/">Submit a tip</a></div></div>${story}</article></body>`, { url: 'https://example.com/a' }).window.document;
    const removed = preClean(doc, generalRules, measurePage(doc), disabledBy([]), true);
    expect(removed.map((r) => r.ruleId)).toEqual(['tip-appeal']);
    expect(doc.body.textContent).not.toContain('Do You Have a Tip');
    expect(doc.body.textContent).not.toContain('Got a story we should hear?');
  });

  it('removes label blocks in every listed language', () => {
    const labels = ['Advertisement', 'ADVERTISEMENT', 'Sponsored', 'Story continues below advertisement', 'Anzeige', 'Publicidad', 'Publicité', '广告', '広告'];
    const { text, removed } = clean(`<article><p>Real sentence stays here in the article body.</p>${labels.map((l) => `<div>${l}</div>`).join('')}</article>`);
    expect(removed.map((r) => r.ruleId)).toEqual(labels.map(() => 'ad-label'));
    expect(text.trim()).toBe('Real sentence stays here in the article body.');
  });

  it('removes the page\'s own reading-time line in several languages, never a sentence that gives a time', () => {
    const labels = ['5 min read', '3 min. read', '8-minute read', 'Reading time: 11 minutes', '6 min readDec 1, 2025', '7 min read · Dec 30, 2013',
      'Lesezeit: 2 Minuten', 'Lesezeit von 4 Minuten', '4 Min. Lesezeit', 'Temps de lecture : 5 min', '3 minutos de lectura', 'Leestijd: 4 min'];
    const sentences = ['It takes 5 min to read the whole report, the authors say.', 'Reading time matters: 11 minutes is the average for a long story.'];
    const para = (n: number) => `<p>Paragraph ${n} of the story about the ferry timetable runs on long enough to count as the story's prose.</p>`;
    const story = `<article><h1>Ferry timetable</h1>${para(1)}${para(2)}${para(3)}</article>`;
    const { text, removed } = clean(`${labels.map((l) => `<div class="info">${l}</div>`).join('')}${sentences.map((s) => `<p>${s}</p>`).join('')}${story}`);
    expect(removed.filter((r) => r.ruleId === 'reading-time')).toHaveLength(labels.length);
    for (const label of labels) expect(text).not.toContain(label);
    for (const sentence of sentences) expect(text).toContain(sentence);
  });

  it('removes a picture gallery\'s lone slide counter, never a count inside a sentence or a date', () => {
    const counters = ['1 of 12', 'Image 3 of 12', 'Photo 2 / 8', 'Bild 1 von 7', 'Foto 4 de 10', 'Slide 5 of 9', '3 sur 6'];
    const kept = ['1/12', 'Part 2 of 3', 'Only 1 of 12 ferries ran on time last winter, the report found.'];
    const para = (n: number) => `<p>Paragraph ${n} of the story about the ferry timetable runs on long enough to count as the story's prose.</p>`;
    const { text, removed } = clean(`<article><h1>Ferry timetable</h1>${para(1)}${counters.map((c) => `<span class="count">${c}</span>`).join('')}${kept.map((k) => `<p>${k}</p>`).join('')}${para(2)}</article>`);
    expect(removed.filter((r) => r.ruleId === 'gallery-controls').map((r) => r.text)).toEqual(counters);
    for (const k of kept) expect(text).toContain(k);
  });

  it('removes ad slots by whole class/id tokens only', () => {
    const { doc, removed } = clean(`<article><p>Body text.</p><div class="adSlot">x</div><div id="ad_container_2">y</div>
      <div class="header-ad">z</div><div class="shadow">keep1</div><div class="load-more reader">keep2</div><div class="badge">keep3</div></article>`);
    expect(removed.filter((r) => r.category === 'ad').length).toBe(3);
    expect(doc.body.textContent).toContain('keep1');
    expect(doc.body.textContent).toContain('keep2');
    expect(doc.body.textContent).toContain('keep3');
  });

  it('reads no words into generated hashes (page-builder ids, UUIDs), but keeps short slot names', () => {
    const { doc, removed } = clean(`<article><p>Body text.</p>
      <div class="elementor-element elementor-element-ad44488 elementor-widget-text-editor">keep1</div>
      <div class="wp-block-group block-a3176285-d6c8-4ea8-ad6d-29ea116ead3f">keep2</div>
      <div class="ad728">x</div><div id="ad1">y</div><div class="qc-cmp2-container">z</div></article>`);
    expect(removed.map((r) => r.ruleId)).toEqual(['ad-slot', 'ad-slot', 'cookie-box']);
    expect(doc.body.textContent).toContain('keep1');
    expect(doc.body.textContent).toContain('keep2');
  });

  it('removes promo, video, share, newsletter, cookie, tags, comments, bio and trending blocks', () => {
    const { text, removed } = clean(`<article><p>Body text that stays.</p>
      <div><p>Try Our AI Features</p></div><p>Explore what Daily8 AI can do for you:</p><button>Summarize with AI</button>
      <div><span>03:32</span><div><p>Clip title</p><p>Clip title</p></div></div>
      <div class="social-share"><a href="#">Facebook</a></div>
      <aside class="newsletter-signup"><p>Get the morning briefing.</p></aside>
      <div id="cookie-banner"><p>We use cookies.</p></div>
      <section><h3>Hashtags</h3><a href="/t/a">#a</a></section>
      <div class="post-tags"><a href="/t/b">b</a></div>
      <section><h2>Comments</h2><p>No comments yet...</p><p>Be the first to comment</p></section>
      <div class="author-bio"><p>Jane writes about policing.</p></div>
      <div class="most-read"><h3>Most read</h3><ol><li><a href="/x">X</a></li></ol></div></article>`);
    expect(text.replace(/\s+/g, ' ').trim()).toBe('Body text that stays.');
    const categories = new Set(removed.map((r) => r.category));
    for (const c of ['promo', 'video', 'share', 'newsletter', 'cookie', 'tags', 'comments', 'author-bio', 'trending']) expect(categories).toContain(c);
  });

  it('never removes a container holding most of the page text, nor the story', () => {
    const body = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i} with a good amount of text to make this the main content of the page.</p>`).join('');
    const { text } = clean(`<div class="comments-enabled share"><div class="advertisement-free">${body}</div></div>`);
    expect(text).toContain('Paragraph 9');
    const wrapped = clean(`<div class="ad-wrapper"><article>${body}</article></div>`);
    expect(wrapped.text).toContain('Paragraph 9');
  });

  it('removes a notice for old browsers even when it outweighs a short story (a rule marked neverStory)', () => {
    const letter = '<p>Dear readers, you are visiting us with Internet Explorer, a browser we no longer support. For the best experience, please switch to a current browser such as Firefox, Chrome or Edge, which show every page of this site as it is meant to be seen.</p><p>If you have questions, write to us at any time. Thank you for your understanding, the editors.</p>';
    const story = '<p>The summer tournament moves to the new hall by the canal this year.</p><p>Twenty-four teams from the region are expected over two days, and entry is free.</p>';
    const { text, removed } = clean(`<div id="IE-overlay">${letter}</div><article>${story}</article>`);
    expect(removed.map((r) => r.ruleId)).toEqual(['browser-notice']);
    expect(text).not.toContain('Internet Explorer');
    expect(text).toContain('Twenty-four teams');
    // The same block under a name without that mark is spared by the share guard: it holds too much.
    expect(clean(`<div class="promo-box">${letter}</div><article>${story}</article>`).removed).toEqual([]);
  });

  it('skips rules switched off by id or category', () => {
    expect(clean('<p>Body.</p><div>Advertisement</div>', ['ad-label']).text).toContain('Advertisement');
    expect(clean('<p>Body.</p><div class="ad">x</div>', ['ad']).text).toContain('x');
  });

  it('keeps collapsed panels a reader would open: FAQ answers, tab panels, controlled regions', () => {
    const page = `<p>Body.</p>
      <div class="faq"><button aria-expanded="false" aria-controls="a1">Can I visit?</button>
        <div id="a1" hidden><p>Yes, the cold room opens to visitors on the first Sunday of each month.</p></div></div>
      <div role="tabpanel" hidden>The second tab explains the seed drying process.</div>
      <div class="accordion__body" style="display: none">The accordion body lists the species.</div>
      <div class="menu-drawer" hidden>Home News Sport</div>
      <div aria-hidden="true" class="icon">×</div>`;
    const { text } = clean(page);
    for (const kept of ['the cold room opens to visitors', 'seed drying process', 'lists the species']) expect(text).toContain(kept);
    expect(text).not.toContain('Home News Sport');
    expect(text).not.toContain('×');
  });

  it('removes hidden blocks unless the hidden step is off', () => {
    expect(clean('<p>Body.</p><div hidden>secret</div><div style="display: none">gone</div>').text).not.toMatch(/secret|gone/);
    expect(clean('<p>Body.</p><div hidden>secret</div>', ['hidden']).text).toContain('secret');
  });
});

describe('hidden blocks', () => {
  const story = (n: number) => `<p>Paragraph ${n} of the story, a full sentence long enough to read as the text of an article page.</p>`.repeat(1);
  const toolbar = `<div style="display:none"><p>Starting in 1996, the archive has been saving copies of pages; they are added after an embargo period of some months.</p><div>${'Apr May Jul 2015 2016 2017 '.repeat(12)}</div></div>`;

  it('removes a hidden panel beside a short story, even when it has more text than the story', () => {
    const { text, removed } = clean(`<article>${story(1)}${story(2)}</article>${toolbar}`);
    expect(removed.map((r) => r.ruleId)).toEqual(['hidden']);
    expect(text).not.toContain('embargo');
  });

  it('keeps a hidden block that holds most of the page\'s paragraphs (a saved page that shows its body by script)', () => {
    const { text, removed } = clean(`<div class="loader" hidden>Loading</div><div id="root" style="visibility:hidden"><article>${[1, 2, 3, 4].map(story).join('')}</article></div>`);
    expect(removed.map((r) => r.text)).toEqual(['Loading']);
    expect(text).toContain('Paragraph 4 of the story');
  });
});
