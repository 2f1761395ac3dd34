import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { bylineNames, isDateOnly, isHeaderScrap, preferredByline, printedPair, removeHeaderScraps, takeClosingDateLine, takeMetaLine, withoutDate } from '../../src/core/clean/meta-line';
import { STEP_RULES } from '../../src/core/rules/step-rules';

const PROSE = '<p>The council met on Tuesday evening and voted to repair the old bridge before the winter storms arrive.</p>';

function take(html: string, author: string | null = null) {
  const body = new JSDOM(`<body><div id="article">${html}</div></body>`).window.document.getElementById('article');
  if (!body) throw new Error('no article');
  const line = takeMetaLine(body, author);
  return { line, text: (body.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

describe('takeMetaLine', () => {
  it('takes a source-and-date line from the top and keeps its name as the byline', () => {
    const { line, text } = take(`<div class="story__meta"><span>South China Morning Post</span> <time datetime="2025-02-23">23 Feb 2025</time></div>${PROSE}`);
    expect(line?.byline).toBe('South China Morning Post');
    expect(line?.removal).toEqual({
      category: 'residue',
      ruleId: 'meta-line',
      match: STEP_RULES.metaLine.match,
      reason: STEP_RULES.metaLine.reason,
      text: 'South China Morning Post 23 Feb 2025',
    });
    expect(text.startsWith('The council met')).toBe(true);
  });

  it('reads "By … |" lines as the name without the prefix and separators', () => {
    const { line } = take(`<p>By Ana Ruiz | <time>3 March 2025</time></p>${PROSE}`);
    expect(line?.byline).toBe('Ana Ruiz');
  });

  it('reads past a date\'s label and separator: a name after them is the byline, a note is none (fixture meta-byline-date-label)', () => {
    expect(take(`<div>Updated <time datetime="2026-03-14T09:52Z">9:52am</time> · By Kate Hollins</div>${PROSE}`).line?.byline).toBe('Kate Hollins');
    expect(take(`<div>Updated <time datetime="2026-03-14T09:52Z">9:52am</time> · Kate Hollins and Omar Said</div>${PROSE}`).line?.byline).toBe('Kate Hollins and Omar Said');
    const note = take(`<div>Updated <time datetime="2026-03-14T06:45Z">6:45 AM CDT</time> · Observed at Chicago O'Hare</div>${PROSE}`);
    expect(note.line?.byline).toBeNull();
    expect(note.text).not.toContain('Observed');
    expect(take(`<p>June Carter · <time>3 March 2025</time></p>${PROSE}`).line?.byline).toBe('June Carter');
  });

  it('removes a date-only line without inventing a byline', () => {
    const { line, text } = take(`<p><time datetime="2025-03-03">Updated 3 March 2025, 10:42</time></p>${PROSE}`);
    expect(line?.byline).toBeNull();
    expect(text).not.toContain('Updated');
  });

  it('removes a line of dates written out, without a <time>, and keeps a sentence with a date', () => {
    const { line, text } = take(`<div class="gnt_ar_dt">Published 5:02 a.m. ET May 4, 2026<span>Updated 9:15 a.m. ET May 4, 2026</span></div>${PROSE}`);
    expect(line?.byline).toBeNull();
    expect(text.startsWith('The council met')).toBe(true);
    expect(take(`<p>Päivitetty 19.2.2025 12:40</p>${PROSE}`).line).not.toBeNull();
    expect(take(`<p>The bridge opened on May 4, 2026.</p>${PROSE}`).line).toBeNull();
  });

  it("takes the declared author's name and dates only, without a <time>, however long the line (fixture telugu-byline-dates)", () => {
    const line = '<p><a href="/author/srinivas-reddy">Srinivas Reddy</a> <span>Published: April 25, 2025 | 11:20 AM</span> <span>Updated: April 25, 2025 | 12:02 PM</span></p>';
    expect(take(`${line}${PROSE}`, 'Srinivas Reddy').text.startsWith('The council met')).toBe(true);
    expect(take(`<div>23. maí 2025 kl. 06:12 · Guðrún Ósk Jónsdóttir</div>${PROSE}`, 'Guðrún Ósk Jónsdóttir').line).not.toBeNull();
    // Not without the declared name, and not a sentence that names the author.
    expect(take(`${line}${PROSE}`).text).toContain('Published: April 25');
    expect(take(`<p>Srinivas Reddy reported from the station on April 25, 2025 at 11:20 AM.</p>${PROSE}`, 'Srinivas Reddy').line).toBeNull();
  });

  it('gives no byline when the line holds only a label beside its <time>', () => {
    for (const label of ['Published:', 'Veröffentlicht am', 'Updated on', 'Publié le']) {
      const { line, text } = take(`<div class="post-date"><span>${label}</span> <time datetime="2025-03-14">14 March 2025</time></div>${PROSE}`);
      expect(line?.byline, label).toBeNull();
      expect(text.startsWith('The council met'), label).toBe(true);
    }
    expect(take(`<div class="post-meta"><span>Von Jonas Riedel</span> <time datetime="2025-03-14">14.03.2025</time></div>${PROSE}`).line?.byline).toBe('Von Jonas Riedel');
  });

  it('keeps a short sentence that merely mentions a date', () => {
    const { line, text } = take(`<p>The vote is on <time>3 March</time>.</p>${PROSE}`);
    expect(line).toBeNull();
    expect(text).toContain('The vote is on 3 March.');
  });

  it('looks no further than the start of the story', () => {
    const { line } = take(`${PROSE}<div class="meta"><span>Ana Ruiz</span> <time>3 March 2025</time></div>`);
    expect(line).toBeNull();
  });

  it('never takes a heading or a block that holds one', () => {
    const { line, text } = take(`<header><h2>Bridge vote</h2><time>3 March 2025</time></header>${PROSE}`);
    expect(line).toBeNull();
    expect(text).toContain('Bridge vote');
  });

  it('takes a line that is only a date in figures, with or without a short label, though it has no <time>', () => {
    const dates: Array<[string, string]> = [
      ['23.10.2018', '2018-10-23'],
      ['Publikacja: 04.05.2021', '2021-05-04'],
      ['opublikowano: 2021-04-29 17:13:04.031886+02:00', '2021-04-29'],
      ['12.03.2024, 14:30 Uhr', '2024-03-12'],
      ['19.10.19', '2019-10-19'],
      ['03/04/2025', ''],
    ];
    for (const [date, iso] of dates) {
      const { line, text } = take(`<p>${date}</p>${PROSE}`);
      expect(line?.byline ?? null).toBeNull();
      expect(line?.date ?? '').toBe(iso);
      expect(text.startsWith('The council met')).toBe(true);
    }
  });

  it('leaves a figure date that is part of a line, a list or a table, and figures that are no date', () => {
    for (const html of [
      '<p>Veröffentlicht: <span>05.01.2020</span> | Abgelegt unter: Fotografie</p>',
      '<ul><li><div>19.05.2007</div></li></ul>',
      '<table><tr><td><div>19.05.2007</div></td></tr></table>',
      '<p>3.5 million</p>',
    ]) {
      const { line } = take(`${html}${PROSE}`);
      expect(line).toBeNull();
    }
  });
});

describe('isDateOnly', () => {
  it('knows a byline that is only a date, in several languages', () => {
    expect(isDateOnly('২৪ এপ্রিল, ২০২৫')).toBe(true);
    expect(isDateOnly('۴ اردیبهشت ۱۴۰۴')).toBe(true);
    expect(isDateOnly('٢٤ أبريل ٢٠٢٥')).toBe(true);
    for (const text of ['6 March 2026 05:30', '5 de mayo de 2022 20:00', 'Monday, March 6, 2026 at 5:30 pm', '06.03.2026', 'Mi., 4. März 2026, 18:10 Uhr', '12 décembre 2025 à 08h15'.replace('08h15', '08:15'), '2026-03-06']) {
      expect(isDateOnly(text), text).toBe(true);
    }
  });

  it('keeps a byline that names someone, or has no figures at all', () => {
    for (const text of ['By Ana Ruiz, 6 March 2026', 'Redaktion, 4. März 2026', 'June Carter', 'Staff reporter', 'May 2026 Dispatch team']) {
      expect(isDateOnly(text), text).toBe(false);
    }
  });
});

describe('withoutDate', () => {
  it("takes the date written beside a byline's name, before or after it", () => {
    expect(withoutDate('By Owen Marsh May 11, 2026 2:20 pm')).toBe('By Owen Marsh');
    expect(withoutDate('By Helen Farrow · February 1, 2026')).toBe('By Helen Farrow');
    expect(withoutDate('Por Renata Okabe · 14/03/2025 03h01 · Atualizado há 2 horas')).toBe('Por Renata Okabe');
    expect(withoutDate('Von Jonas Riedel · 14.02.2026, 08:00 Uhr')).toBe('Von Jonas Riedel');
    // Month names and labels of the languages the generated list added (fixture icelandic-byline-date).
    expect(withoutDate('Guðrún Ósk Jónsdóttir 23. maí 2025 kl. 06:12 Uppfært 23. maí 2025 kl. 08:40')).toBe('Guðrún Ósk Jónsdóttir');
    expect(withoutDate('Ayşe Yılmaz · 12 Mart 2025 14:30')).toBe('Ayşe Yılmaz');
    expect(withoutDate('Γιώργος Παπαδόπουλος 3 Μαΐου 2025, 10:15')).toBe('Γιώργος Παπαδόπουλος');
    // Dates in a script's own digits, with its own month names and marks.
    expect(withoutDate('علی رضایی ۴ اردیبهشت ۱۴۰۴ ساعت ۱۰:۳۰')).toBe('علی رضایی');
    expect(withoutDate('ကိုဇော်မင်း ၂၀၂၅ ဧပြီ ၂၄၊ နံနက် ၁၀:၃၀')).toBe('ကိုဇော်မင်း');
    expect(withoutDate('রহিম উদ্দিন ২৪ এপ্রিল, ২০২৫')).toBe('রহিম উদ্দিন');
    expect(withoutDate('สมชาย ใจดี 24 เมษายน 2568 10.30 น.')).toBe('สมชาย ใจดี');
    expect(withoutDate('5 de mayo de 2022 | Por Ana Ruiz')).toBe('Por Ana Ruiz');
    expect(withoutDate('Anna Kowalska, 2026-03-01')).toBe('Anna Kowalska');
    expect(withoutDate('Jordan Pike and Alexis Grant Published: Jun. 2, 2026 at 6:48 AM CDT| Updated: 2 hours ago')).toBe('Jordan Pike and Alexis Grant');
    expect(withoutDate('Maren Oakridge · 3 hours ago')).toBe('Maren Oakridge');
  });

  it('takes off a month or a time glued to the name by markup (fixture byline-glued-month)', () => {
    expect(withoutDate('Associated PressMar 4, 2026, 11:48 PM ET')).toBe('Associated Press');
    expect(withoutDate('Jana Kovacs3:00 PM UTC')).toBe('Jana Kovacs');
    expect(withoutDate('Ola NordmannJanuary 12, 2026')).toBe('Ola Nordmann');
    // A capitalised word that is no month's name stays glued, for the byline to read as it is.
    expect(withoutDate('Tom McKay')).toBe('Tom McKay');
  });

  it('leaves a byline without a year or a time as it is', () => {
    for (const text of ['By Jan Novak', 'By April May', 'Staff and agencies', 'By Owen Marsh, March 3', 'Louis XIV 2nd', 'By Ana Ruiz | Lima']) {
      expect(withoutDate(text), text).toBe(text);
    }
  });
});

describe('withoutDate with labels and clock words', () => {
  it('takes "Posted", "Published", a.m. and a zone with the date', () => {
    expect(withoutDate('By Ravi Sandhu · Coastline News · Posted August 12, 2025 4:20 pm')).toBe('By Ravi Sandhu · Coastline News');
    expect(withoutDate('Dana Whitcombe, Pinecrest Daily · Published 5:00 a.m. PT July 9, 2025')).toBe('Dana Whitcombe, Pinecrest Daily');
  });
});

describe('takeMetaLine below a standfirst', () => {
  it('takes a dated line that names the declared author after the first paragraph, and no other', () => {
    const line = `<p>Von Ana Ruiz · <time datetime="2025-03-03">3 March 2025</time></p>`;
    const below = (html: string, author: string | null) => {
      const body = new JSDOM(`<body><div id="article">${html}</div></body>`).window.document.getElementById('article');
      if (!body) throw new Error('no article');
      return takeMetaLine(body, author);
    };
    expect(below(`${PROSE}${line}${PROSE}`, 'Ana Ruiz')?.byline).toBe('Von Ana Ruiz');
    // Another name, no author declared, or the line further down the story: it stays.
    expect(below(`${PROSE}${line}${PROSE}`, 'Tomas Lind')).toBeNull();
    expect(below(`${PROSE}${line}${PROSE}`, null)).toBeNull();
    expect(below(`${PROSE}${PROSE}${line}`, 'Ana Ruiz')).toBeNull();
    // A line without a <time> that names the author after a paragraph is part of the story.
    expect(below(`${PROSE}<p>Ana Ruiz, 12.03.2024</p>${PROSE}`, 'Ana Ruiz')).toBeNull();
  });
});

describe('preferredByline', () => {
  it('takes the declared authors when the markup names only some of them (a live blog\'s first update)', () => {
    const declared = 'Lena Morrow, Samir Oduya, Grace Pellham';
    expect(preferredByline(declared, 'Lena Morrow')).toBe(declared);
    expect(preferredByline(declared, 'By Lena Morrow and Samir Oduya')).toBe(declared);
    expect(preferredByline(declared, 'Lena Morrow, Samir Oduya and Grace Pellham')).toBe('Lena Morrow, Samir Oduya and Grace Pellham');
    expect(preferredByline(declared, 'Lena Morrow in Halden')).toBe('Lena Morrow in Halden');
    expect(preferredByline(declared, 'From CNW’s Samir Oduya')).toBe(declared);
    expect(preferredByline('Lena Morrow', 'By Lena Morrow')).toBe('By Lena Morrow');
  });

  it("keeps the markup's byline as the page prints it", () => {
    expect(preferredByline('Ana Ruiz', 'Ana Ruiz in Lisbon')).toBe('Ana Ruiz in Lisbon');
    expect(preferredByline(null, 'By Owen Marsh')).toBe('By Owen Marsh');
    expect(preferredByline('Helen Farrow', 'By Helen Farrow May 11, 2026 2:20 pm')).toBe('By Helen Farrow May 11, 2026 2:20 pm');
  });

  it('takes the declared name when the page glued a word of its date to it', () => {
    expect(preferredByline('Wen Ashdown', 'Wen AshdownJan 21, 2025')).toBe('Wen Ashdown');
    expect(preferredByline('Wen Ashdown', 'Wen Ashdown and Li Ma')).toBe('Wen Ashdown and Li Ma');
  });

  it('takes the declared names over a lone "By" and over names glued to a date', () => {
    expect(preferredByline('Thomas Reed', 'By')).toBe('Thomas Reed');
    // A label or a place that the byline's markup also holds, when the page prints the declared name.
    const printed = (name: string): boolean => ['রফিকুল ইসলাম', 'Nasrin Afshari'].includes(name);
    expect(preferredByline('রফিকুল ইসলাম', 'নীলগঞ্জ', printed)).toBe('রফিকুল ইসলাম');
    expect(preferredByline('Nasrin Afshari', 'Article information', printed)).toBe('Nasrin Afshari');
    // A declared name the page never prints (a user name, the publisher) does not overrule the page's byline.
    expect(preferredByline('admin', 'Maria Lopez', printed)).toBe('Maria Lopez');
    expect(preferredByline('Nasrin Afshari', 'Nasrin Afshari in Tehran', printed)).toBe('Nasrin Afshari in Tehran');
    expect(preferredByline(null, 'Von')).toBeNull();
    expect(preferredByline('Ingrid Solberg, Marek Nowak', 'By Ingrid Solberg and Marek Nowak May 14, 202410:31 AM GMT+2Updated 3 hours ago')).toBe('Ingrid Solberg, Marek Nowak');
    // A name the declaration lacks keeps the markup's line.
    expect(preferredByline('Ingrid Solberg', 'By Ingrid Solberg and Marek Nowak 202410:31')).toBe('Ingrid Solberg');
    expect(preferredByline('Jane Smith', 'By John Doe 202410:31')).toBe('By John Doe 202410:31');
  });
});

describe('removeHeaderScraps', () => {
  const LEAD = '<p>Seit Jahresbeginn haben Wölfe in der Heide mehr als 200 Schafe gerissen. Die Schäfer sind verzweifelt.</p>';

  it('knows a scrap by its words', () => {
    for (const scrap of ['Von', 'By:', 'May 14, 2024', 'Updated 6:51 p.m. ET', '8 Min', '1x', '1.5×', '03:32', 'Updated: Mar 14, 2025 / 10:41 PM CDT',
      // A label glued to its <time> (fixture date-line-glued-label), UK time (fixture date-line-uk-zone).
      'Updated15:10, 14 Mar 2026', 'Saturday 1 March 2026 17:45, UK']) expect(isHeaderScrap(scrap), scrap).toBe(true);
    for (const line of ['May 2024 was wet', 'Lena Hartmann', 'Chapter 12', 'By the river', 'Tom / Jerry 2024']) expect(isHeaderScrap(line), line).toBe(false);
  });

  it("removes the author's name alone on its line above the story, not a line that only holds it", () => {
    const doc = new JSDOM(`<body><div id="a"><div><span>রফিকুল ইসলাম</span></div>${LEAD}<p>রফিকুল ইসলাম said so.</p>${PROSE}</div></body>`).window.document;
    const article = doc.getElementById('a');
    if (!article) throw new Error('no article');
    expect(removeHeaderScraps(article, ['রফিকুল ইসলাম']).map((r) => r.text)).toEqual(['রফিকুল ইসলাম']);
    expect(article.textContent).toContain('রফিকুল ইসলাম said so.');
  });

  it('removes scraps above the second paragraph, a list of dates too, and nothing below it', () => {
    const doc = new JSDOM(`<body><div id="a">${LEAD}<div>Von</div><ul><li><time>May 14, 2024</time></li><li>Updated 6:51 p.m. ET</li></ul><div><span>8 Min</span></div><figure><figcaption>May 14, 2024</figcaption></figure>${PROSE}<p>May 15, 2024</p>${PROSE}</div></body>`).window.document;
    const article = doc.getElementById('a');
    if (!article) throw new Error('no article');
    expect(removeHeaderScraps(article).map((r) => r.ruleId)).toEqual(['header-scrap', 'header-scrap', 'header-scrap']);
    const text = (article.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).not.toMatch(/Von|Updated|8 Min/);
    expect(text).toContain('May 14, 2024'); // the caption's
    expect(text).toContain('May 15, 2024'); // below the story's first paragraph
  });

  it('leaves a date that opens a longer line, and a heading', () => {
    const doc = new JSDOM(`<body><div id="a"><div><span>2026-05-12 07:30</span> 来源：滨江日报</div><h3>14.05 BST</h3>${PROSE}</div></body>`).window.document;
    const article = doc.getElementById('a');
    if (!article) throw new Error('no article');
    expect(removeHeaderScraps(article)).toEqual([]);
  });
});

describe('removeHeaderScraps: the byline portrait', () => {
  it("removes a picture alone whose description is the author's name, and keeps the story's pictures", () => {
    const doc = new JSDOM(`<body><div id="a"><div><a href="/@priya"><img src="avatar.jpg" alt="Priya Raman" width="44" height="44"></a></div><img src="lead.jpg" alt="Rows of battery containers">${PROSE}${PROSE}<p><img src="late.jpg" alt="Priya Raman"></p></div></body>`).window.document;
    const article = doc.getElementById('a');
    if (!article) throw new Error('no article');
    // Below the story's second paragraph a picture of the author is the story's own.
    expect(removeHeaderScraps(article, ['By Priya Raman and Tom Lee']).map((r) => r.ruleId)).toEqual(['header-scrap']);
    expect(Array.from(article.querySelectorAll('img')).map((img) => img.getAttribute('src'))).toEqual(['lead.jpg', 'late.jpg']);
  });

  it('keeps every picture when no author is known', () => {
    const doc = new JSDOM(`<body><div id="a"><div><img src="avatar.jpg" alt="Priya Raman"></div>${PROSE}</div></body>`).window.document;
    const article = doc.getElementById('a');
    if (!article) throw new Error('no article');
    expect(removeHeaderScraps(article)).toEqual([]);
  });
});

describe('bylineNames', () => {
  it('takes the word before the names off, in the forms pages print', () => {
    // The site's own name is no byline, "The" and a company's suffix aside (fixture meta-byline-site-name).
    expect(bylineNames('The Economist', 'The Economist', ['The Economist', null])).toBeNull();
    expect(bylineNames('日本経済新聞社', null, ['日本経済新聞'])).toBeNull();
    expect(bylineNames('Acme News Inc.', null, [null, 'Acme News'])).toBeNull();
    expect(bylineNames('Economist Intelligence Unit', null, ['The Economist'])).toBe('Economist Intelligence Unit');
    // An interview's credit (probe ring lookalike).
    expect(bylineNames('Ein Interview von Lena Hartwig')).toBe('Lena Hartwig');
    expect(bylineNames('Entretien réalisé par Claire Moreau')).toBe('Claire Moreau');
    expect(bylineNames('By Helen Farrow')).toBe('Helen Farrow');
    expect(bylineNames('Sofia Lindqvist sofia.lindqvist@nvt.example')).toBe('Sofia Lindqvist');
    expect(bylineNames('By Ana Ruiz | ana.ruiz@diario.example')).toBe('Ana Ruiz');
    expect(bylineNames('김민준 기자(mjkim@yna.example)')).toBe('김민준 기자');
    expect(bylineNames('Article de Clémence Aubriot')).toBe('Clémence Aubriot');
    expect(bylineNames('Interview by Joaquin Mbeki')).toBe('Joaquin Mbeki');
    expect(bylineNames('by: Kayla Brandt')).toBe('Kayla Brandt');
    expect(bylineNames('Written By Delia Moraes')).toBe('Delia Moraes');
    // A handle glued to the name (fixture byline-glued-handle), a role and a follow button after it
    // (fixture byline-contributor-follow).
    expect(bylineNames('Maya Reinholt@MayaReinholt')).toBe('Maya Reinholt');
    expect(bylineNames('By Daniel Kowalski, Contributor.\nFollow Author', 'Daniel Kowalski')).toBe('Daniel Kowalski');
    expect(bylineNames('Ines Follow')).toBe('Ines Follow');
    expect(bylineNames('Author Hanna Lindqvist')).toBe('Hanna Lindqvist');
    expect(bylineNames('Von Jonas Riedel und Mara Kühn')).toBe('Jonas Riedel und Mara Kühn');
    expect(bylineNames('Text: Anna Muster')).toBe('Anna Muster');
    expect(bylineNames('Story by Jane Doe')).toBe('Jane Doe');
    expect(bylineNames('By Ailsa Mercer, Local Democracy Reporter')).toBe('Ailsa Mercer, Local Democracy Reporter');
    expect(bylineNames('View all posts by Gwendolyn Ashby')).toBe('Gwendolyn Ashby');
    expect(bylineNames('Piše: Ivana Marković')).toBe('Ivana Marković');
    expect(bylineNames('מאת נועה ברזילי')).toBe('נועה ברזילי');
  });

  it('keeps names that open with such a word, and bylines without one', () => {
    expect(bylineNames('Di Maria')).toBe('Di Maria');
    expect(bylineNames('di Giulia Ferrandi')).toBe('di Giulia Ferrandi');
    expect(bylineNames('di Giulia Ferrandi', 'Giulia Ferrandi')).toBe('Giulia Ferrandi');
    expect(bylineNames('von Trotta')).toBe('von Trotta');
    // Swahili and Catalan "by" open names too ("Per Olsen"): taken off before the declared name only.
    expect(bylineNames('Per Olsen')).toBe('Per Olsen');
    expect(bylineNames('Na Amina Juma', 'Amina Juma')).toBe('Amina Juma');
    expect(bylineNames('Na Amina')).toBe('Na Amina');
    expect(bylineNames('Ana Ruiz in Lisbon')).toBe('Ana Ruiz in Lisbon');
    expect(bylineNames('By')).toBe('By');
    expect(bylineNames(null)).toBeNull();
  });

  it('takes off a source code after a slash and the outlet after the declared name', () => {
    expect(bylineNames('Snehal Kulkarni / TNN', 'Snehal Kulkarni')).toBe('Snehal Kulkarni');
    expect(bylineNames('Jonas Riedel / dpa', 'Jonas Riedel')).toBe('Jonas Riedel');
    expect(bylineNames('Brandon Kellerman Fox News', 'Brandon Kellerman', ['Fox News', null])).toBe('Brandon Kellerman');
    expect(bylineNames('Ana Ruiz | Diario del Sur', 'Ana Ruiz', [null, 'Diario del Sur'])).toBe('Ana Ruiz');
    // Without the declared name, or with another outlet, the line stays as printed.
    expect(bylineNames('Snehal Kulkarni / TNN')).toBe('Snehal Kulkarni / TNN');
    expect(bylineNames('Brandon Kellerman Fox News', 'Brandon Kellerman', ['Fox Sports'])).toBe('Brandon Kellerman Fox News');
    expect(bylineNames('Ana Ruiz / Lisbon and Porto bureau', 'Ana Ruiz')).toBe('Ana Ruiz / Lisbon and Porto bureau');
  });

  it("takes a job title or another contributor's credit glued after the declared name off, and nothing else after it", () => {
    expect(bylineNames('By Derrick Lamont NBA Writer', 'Derrick Lamont')).toBe('Derrick Lamont');
    expect(bylineNames('Priya Raman, Senior Correspondent', 'Priya Raman')).toBe('Priya Raman');
    expect(bylineNames('Ana Ruiz in Lisbon', 'Ana Ruiz')).toBe('Ana Ruiz in Lisbon');
    expect(bylineNames('Derrick Lamont NBA Writer')).toBe('Derrick Lamont NBA Writer');
    expect(bylineNames('Ines Calloway Illustrations by Noor Haddad', 'Ines Calloway')).toBe('Ines Calloway');
    expect(bylineNames('Ines Calloway Illustrations by Noor Haddad')).toBe('Ines Calloway Illustrations by Noor Haddad');
  });
});

describe('takeMetaLine: dates as more languages print them', () => {
  it('takes a date line that ends in a count of readers, with or without its word', () => {
    for (const line of ['14.06.2024 09:42 3 418', '6 декември 2024, 11:02 Обновена: 6 декември 2024, 13:40 4 812 прочитания', 'May 4, 2026 9:15 a.m. 12,400 views']) {
      const { line: taken, text } = take(`<div>${line}</div>${PROSE}`);
      expect(taken, line).not.toBeNull();
      expect(text.startsWith('The council met'), line).toBe(true);
    }
  });

  it('takes "kl." before a time written with a dot, a declined month, and a bar glued to its label', () => {
    for (const line of ['6. dec. 2024 kl. 06.30 Opdateret 6. dec. 2024 kl. 08.12', '2024 m. gruodžio 6 d. 11:02', 'Published: Mar. 10, 2026 at 5:42 PM EDT|Updated: 2 hours ago']) {
      expect(take(`<div>${line}</div>${PROSE}`).line, line).not.toBeNull();
    }
  });

  it('keeps a line that ends in a number that counts no readers', () => {
    expect(take(`<div>Tickets from 12.50, doors at 19:30 for 300 guests</div>${PROSE}`).line).toBeNull();
  });
});

describe('takeClosingDateLine', () => {
  const close = (html: string) => {
    const body = new JSDOM(`<body><div id="article">${html}</div></body>`).window.document.getElementById('article');
    if (!body) throw new Error('no article');
    const removal = takeClosingDateLine(body);
    return { removal, text: (body.textContent ?? '').replace(/\s+/g, ' ').trim() };
  };

  it("takes the story's last line when it is its date, after a label of a few words", () => {
    for (const line of ['Published : December 6, 2024 10:45', 'Artikel ini disiarkan pada : Jumaat, 6 Disember 2024 @ 11:02 AM', '06.12.2024']) {
      const { removal, text } = close(`${PROSE}<div><p>${line}</p></div>`);
      expect(removal?.ruleId, line).toBe('closing-date');
      expect(text, line).not.toContain('2024');
    }
  });

  it('keeps a last line that says more than its date, and a date that is not the last line', () => {
    expect(close(`${PROSE}<p>The bridge reopens on December 6, 2024 at 10:45, the council said.</p>`).removal).toBeNull();
    expect(close(`<p>Published : December 6, 2024 10:45</p>${PROSE}`).removal).toBeNull();
    expect(close(`${PROSE}<p>Published : <a href="/archive/2024/12/06">December 6, 2024</a></p>`).removal).toBeNull();
  });
});

describe('bylineNames: leads in more languages', () => {
  it('takes "Reporter:", "Oleh" and the Persian "خبرنگار:" off', () => {
    expect(bylineNames('Reporter: Jane Doe')).toBe('Jane Doe');
    expect(bylineNames('Oleh Nur Aisyah Kamarudin')).toBe('Nur Aisyah Kamarudin');
    expect(bylineNames('خبرنگار: نگار حسینی')).toBe('نگار حسینی');
  });
});

describe('printedPair', () => {
  const page = (body: string) => new JSDOM(`<body>${body}<p>The story.</p></body>`).window.document;
  it('gives two names as the page joins them (fixture byline-printed-pair)', () => {
    const line = '<div class="byline"><span>By <a href="/a/lf">Lucia Ferreira</a> and <a href="/a/so">Sam Okonkwo</a></span></div>';
    expect(printedPair(page(line), 'Lucia Ferreira, Sam Okonkwo')).toBe('Lucia Ferreira and Sam Okonkwo');
    expect(printedPair(page('<p>Von Lena Graf und Tom Weber</p>'), 'Lena Graf, Tom Weber')).toBe('Lena Graf und Tom Weber');
  });

  it('gives nothing for one name, three, or names printed apart', () => {
    expect(printedPair(page('<p>By Lena Graf and Tom Weber</p>'), 'Lena Graf')).toBeNull();
    expect(printedPair(page('<p>By Lena Graf and Tom Weber</p>'), 'Lena Graf, Tom Weber, Ana Ruiz')).toBeNull();
    expect(printedPair(page('<p>Lena Graf</p><p>and Tom Weber</p>'), 'Lena Graf, Tom Weber')).toBeNull();
    expect(printedPair(page('<p>Lena Graf met Tom Weber</p>'), 'Lena Graf, Tom Weber')).toBeNull();
  });
});
