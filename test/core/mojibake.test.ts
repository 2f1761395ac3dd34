import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { countMojibake, isMojibake, repairMojibake, repairSample, repairTree } from '../../src/core/clean/mojibake';
import { extractArticle } from '../../src/core/index';

/** What a page that was encoded twice shows: the UTF-8 bytes of `text` read one by one as windows-1252. */
function twice(text: string, undefinedAs: 'latin1' | 'cp1252' = 'cp1252'): string {
  const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Array.from(new TextEncoder().encode(text), (byte) =>
    byte >= 0x80 && byte <= 0x9f && undefinedAs === 'cp1252' ? cp1252[byte - 0x80] : String.fromCharCode(byte),
  ).join('');
}

describe('repairMojibake', () => {
  it.each([
    ['curly quotes and dashes', 'We’ve said it — “twice” … and • again'],
    ['Latin accents', 'Café in Zürich, São Paulo, Kraków and Øresund'],
    ['signs', '© 2025, 20 °C, ½ cup, €3 and ™'],
    ['a non-breaking space', 'price:\u00a012 francs and 3\u00a0days'],
    ['Cyrillic', 'Привет, как дела'],
    ['Greek', 'Καλημέρα κόσμε'],
    ['CJK', '日本語のテキスト'],
    ['Hangul', '한국어 문장'],
    ['emoji', 'Well done 😀 and 🎉'],
  ])('puts back %s read as windows-1252', (_kind, text) => {
    expect(repairMojibake(twice(text))).toBe(text);
  });

  it('puts back bytes read as Latin-1, whose 0x80-0x9F are C1 controls (WCXB 4656)', () => {
    const text = 'A DIY Investor’s Guide — simple, complex “and” beautiful';
    expect(twice(text, 'latin1')).toContain('\u0080');
    expect(repairMojibake(twice(text, 'latin1'))).toBe(text);
  });

  it('counts the runs it can put back', () => {
    expect(countMojibake(twice('it’s “fine”'))).toBe(3);
    expect(isMojibake(twice('it’s “fine”'))).toBe(true);
  });

  it.each([
    ['German text with an apostrophe after ß, twice', 'Grüß’ dich, und grüß’ auch die anderen'],
    ['Spanish and French with dashes and quotes', 'La canción—dijo—era “única”; le café’s «menu» à 3 €'],
    ['Portuguese', 'Não há ação sem razão, disse João às três'],
    ['a math expression', 'Das Ergebnis ist 2×² oder ±5 °C'],
    ['Icelandic, Nordic and Turkish', 'Þórður og Ævar fóru í Ölfusá; Øresund, Åland, İstanbul’da ılık'],
    ['a letter before a sign', 'Modell Ä® ist neu, Größe Ü° nicht'],
    ['plain ASCII', "We've said it -- twice"],
  ])('leaves %s as it is', (_kind, text) => {
    expect(repairMojibake(text)).toBe(text);
    expect(isMojibake(text)).toBe(false);
  });

  it('repairs a single run only when the page is known to be twice encoded', () => {
    const one = twice('Zürich') + ' weather';
    expect(repairMojibake(one)).toBe(one);
    expect(repairMojibake(one, true)).toBe('Zürich weather');
  });

  it('never forms a character outside the scripts text is written in, nor an overlong or broken sequence', () => {
    // ß’ is DF 92 in windows-1252: N'Ko U+07D2, not a character a page meant.
    expect(repairMojibake('ß’ ß’ ß’', true)).toBe('ß’ ß’ ß’');
    // A lead without its continuation, and an overlong "/" (C0 AF is outside the lead range anyway).
    expect(repairMojibake('â€ and Ã', true)).toBe('â€ and Ã');
    // Â… is C2 85: the control character NEL, which no text means.
    expect(repairMojibake('ENCORE Â… ET Â…', true)).toBe('ENCORE Â… ET Â…');
  });
});

describe('repairTree', () => {
  it('repairs the text of every node and leaves the markup alone', () => {
    const dom = new JSDOM(`<body><p>${twice('It’s')} <a href="/caf%C3%A9">${twice('café')}</a> <em>${twice('“quoted”')}</em></p></body>`);
    const body = dom.window.document.body;
    repairTree(body);
    expect(body.innerHTML).toBe('<p>It’s <a href="/caf%C3%A9">café</a> <em>“quoted”</em></p>');
  });

  it('repairs a picture\'s description and a link\'s tooltip, not its address', () => {
    const dom = new JSDOM(`<body><figure><img src="/img/caf${twice('é')}.jpg" alt="${twice('The café’s zinc counter')}"></figure><a href="/x" title="${twice('René’s story')}">x</a></body>`);
    const body = dom.window.document.body;
    repairTree(body);
    const img = body.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('The café’s zinc counter');
    expect(img?.getAttribute('src')).toBe(`/img/caf${twice('é')}.jpg`);
    expect(body.querySelector('a')?.getAttribute('title')).toBe('René’s story');
  });
});

describe('extractArticle on a twice-encoded page', () => {
  const paragraphs = [
    'The city council’s vote on Tuesday — the third in a year — kept the café terraces open until 11 p.m. on summer weekends, a rule the owners had asked for since 2019.',
    '“We’re relieved,” said Ana Müller, who runs a bakery on the square. “It’s the first summer we can plan for.” Her neighbours had collected 1,200 signatures.',
    'Residents’ groups said they would watch the noise figures closely; the council will review the rule in October, after the season’s last festival.',
  ];
  const html = twice(`<html><head><meta charset="utf-8"><title>Council’s vote keeps café terraces open</title></head><body><article><h1>Council’s vote keeps café terraces open</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);

  it('gives the words back in the title, the text and the HTML', () => {
    const dom = new JSDOM(html, { url: 'https://news.example/2025/06/terraces.html' });
    const result = extractArticle(dom.window.document, dom.window.location.href);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Council’s vote keeps café terraces open');
    for (const p of paragraphs) expect(result.article.text).toContain(p);
    expect(result.article.html).toContain('“We’re relieved,” said Ana Müller');
    expect(result.article.notShown ?? []).toEqual([]);
  });

  it('leaves the page as it printed it when the mojibake step is disabled', () => {
    const dom = new JSDOM(html, { url: 'https://news.example/2025/06/terraces.html' });
    const result = extractArticle(dom.window.document, dom.window.location.href, { disable: ['mojibake'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(twice('“We’re relieved,” said Ana Müller'));
  });

  it('lists a related list that proves the damage by itself as it was printed when the step is disabled', () => {
    const titles = ['Café owners’ summer plans — a survey', 'Council’s noise figures for June', 'Residents’ groups ask for a review'];
    const related = `<aside class="related-articles"><h2>Related articles</h2><ul>${titles.map((t, i) => `<li><a href="/2025/06/related-${i}.html">${t}</a></li>`).join('')}</ul></aside>`;
    const page = twice(`<html><head><meta charset="utf-8"><title>Terraces stay open</title></head><body><article><h1>Terraces stay open</h1><p>${'The council voted on Tuesday to keep the terraces open until eleven at night on summer weekends. '.repeat(4)}</p><p>${'Owners had asked for the rule since the spring, and residents will watch the noise figures closely. '.repeat(4)}</p></article>${related}</body></html>`);
    const listed = (disable: 'mojibake'[]) => {
      const dom = new JSDOM(page, { url: 'https://news.example/2025/06/terraces.html' });
      const result = extractArticle(dom.window.document, dom.window.location.href, { disable });
      if (!result.ok) throw new Error(result.message);
      return result.article.related.map((link) => link.title);
    };
    expect(listed([])).toEqual(titles);
    expect(listed(['mojibake'])).toEqual(titles.map((title) => twice(title)));
  });
});

describe('repairSample', () => {
  it('keeps a sample cut through a run a part of the repaired line', () => {
    const line = 'She said it’s the café’s last night';
    const page = twice(line);
    // The start of the line cut inside the run of the second ’, and its end cut inside the first.
    const start = page.slice(0, page.indexOf('â€™s last') + 2);
    const end = page.slice(page.indexOf('€™s the'));
    for (const sample of [start, end]) {
      const repaired = repairSample(sample);
      expect(repaired.length).toBeGreaterThan(10);
      expect(line).toContain(repaired);
    }
  });
});
