import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { holdsProse, measureProse, PROSE_THRESHOLDS } from '../../src/core/prose';

const body = (html: string): HTMLElement => new JSDOM(`<body>${html}</body>`).window.document.body;
const P1 = '<p>The passenger lift at the ferry terminal has broken down and will not be repaired until Tuesday, the harbour authority said.</p>';
const P2 = '<p>Passengers who cannot use the stairs are asked to call the terminal office before travelling, and staff will help them board.</p>';
const P3 = '<p>An engineer is waiting for a replacement motor to arrive from the manufacturer.</p>';

describe('measureProse', () => {
  it('counts sentence paragraphs, not headings, short lines or link lines', () => {
    const m = measureProse(body(`<h2>${'A heading that is long enough to count as prose if it were a paragraph.'}</h2>${P1}<p>Short.</p><p><a href="/x">${'A linked headline that runs on for more than seventy characters of text.'}</a></p>`));
    expect(m.paragraphs).toBe(1);
    expect(m.proseChars).toBeGreaterThan(100);
    expect(m.linkChars).toBeGreaterThan(60);
  });

  it('reads <br>-separated text as separate lines and dense scripts with a shorter minimum', () => {
    expect(measureProse(body(`<div>${P1.slice(3, -4)}<br>${P2.slice(3, -4)}</div>`)).paragraphs).toBe(2);
    expect(measureProse(body('<p>北京市政府周三宣布，将在今年年底前完成全部老旧小区的加装电梯工程。</p>')).paragraphs).toBe(1);
  });

  it('weighs a Chinese character or kana as three letters of a spaced script, so a Japanese story of short paragraphs holds prose', () => {
    // 27 characters: a sentence of about fifteen words.
    const line = measureProse(body('<p>村上さんは「形が残るなら、それでいい」と静かに笑った。</p>'));
    expect(line.paragraphs).toBe(1);
    expect(line.proseChars).toBeGreaterThan(70);
    // Korean is written with spaces between words: its own minimum, unweighed.
    expect(measureProse(body('<p>시장은 내일 발표한다.</p>')).paragraphs).toBe(0);
    expect(measureProse(body('<p>서울시는 수요일 올해 말까지 모든 노후 아파트에 엘리베이터를 설치하겠다고 밝혔다.</p>')).paragraphs).toBe(1);
  });

  it('takes a whole Chinese or Japanese sentence of ten characters or more as prose, not a headline or a fragment', () => {
    // One-sentence paragraphs (fixture chinese-short-paragraphs) of 12 to 22 characters, ended by a full stop.
    expect(measureProse(body('<p>一年に作れるのは約二トン。</p>')).paragraphs).toBe(1);
    expect(measureProse(body('<p>门一开，几位老茶客就走了进来。</p><p>“还是老位置，看得见河。”七十三岁的刘大爷说。</p>')).paragraphs).toBe(2);
    // Too short to be a sentence of five words; a headline of 19 characters ends in no stop.
    expect(measureProse(body('<p>约二吨。</p>')).paragraphs).toBe(0);
    expect(measureProse(body('<p>百年老茶馆重新开门 老街坊又坐回了老位置</p>')).paragraphs).toBe(0);
    // Ten characters that end in a Latin full stop are no Chinese sentence end.
    expect(measureProse(body('<p>门一开，几位老茶客就走了进来.</p>')).paragraphs).toBe(0);
  });

  it('takes a long Thai line parted by spaces as prose, for Thai ends a sentence with a space, not a mark', () => {
    const thai = 'ชาวบ้านตำบลห้วยเย็น อำเภอดอยงาม จังหวัดน่าน กว่า 300 คน ร่วมกันปลูกต้นไม้ในพื้นที่ป่าต้นน้ำ 500 ไร่ เมื่อวันเสาร์ที่ผ่านมา หลังลำห้วยแห้งขอดติดต่อกันสามปี';
    expect(measureProse(body(`<p>${thai}</p>`)).paragraphs).toBe(1);
    // A headline, shorter, and a long run with no space: no paragraph.
    expect(measureProse(body('<p>ชาวบ้านห้วยเย็นรวมพลังปลูกป่าต้นน้ำ 500 ไร่ ฟื้นลำห้วยที่เคยแห้งขอด</p>')).paragraphs).toBe(0);
    expect(measureProse(body(`<p>${thai.replace(/ /g, '')}</p>`)).paragraphs).toBe(0);
  });
});

describe('holdsProse', () => {
  it('takes one paragraph alone when it is as long as minSingleChars asks', () => {
    const brief = measureProse(body(`<p>${[P1, P2, P3].map((p) => p.slice(3, -4)).join(' ')}</p>`));
    expect(brief.paragraphs).toBe(1);
    expect(holdsProse(brief, { ...PROSE_THRESHOLDS, minSingleChars: brief.proseChars })).toBe(true);
    expect(holdsProse(brief, { ...PROSE_THRESHOLDS, minSingleChars: brief.proseChars + 1 })).toBe(false);
  });

  it('accepts a three-paragraph brief', () => {
    expect(holdsProse(measureProse(body(P1 + P2 + P3)))).toBe(true);
  });

  it('rejects a teaser list, a menu and a sign-in form', () => {
    const teasers = Array.from({ length: 10 }, (_, i) =>
      `<h3><a href="/s${i}">Council approves budget for new river footbridge number ${i}</a></h3><p>By Marta Oyelaran · 2 hours ago</p>`).join('');
    expect(holdsProse(measureProse(body(teasers)))).toBe(false);
    expect(holdsProse(measureProse(body('<ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul>')))).toBe(false);
    expect(holdsProse(measureProse(body('<h1>Sign in</h1><p>Email address</p><p>Password</p><p>Forgot your password?</p>')))).toBe(false);
    expect(holdsProse(measureProse(body('')))).toBe(false);
  });

  it('rejects a page where the prose is a minority beside link text', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/t${i}">Another teaser headline about town news, number ${i}</a></li>`).join('');
    expect(holdsProse(measureProse(body(`${P1}${P2}<ul>${links}</ul>`)))).toBe(false);
  });

  it('leaves code between prose paragraphs out of the share, up to as much code as prose', () => {
    const code = (n: number) => `<pre><code>${'const response = await fetch(url, init);\n'.repeat(n)}</code></pre>`;
    // A short technical post: more code than prose, explained between its paragraphs (fixture short-code-post).
    const post = measureProse(body(`${P1}${code(5)}${P2}${code(4)}${P3}`));
    expect(post.codeChars).toBeGreaterThan(post.proseChars);
    expect(post.proseChars / post.totalChars).toBeLessThan(PROSE_THRESHOLDS.minProseShare);
    expect(holdsProse(post)).toBe(true);
    // Code before the first paragraph or after the last one is not between prose.
    expect(measureProse(body(`${code(4)}${P1}${P2}${code(4)}`)).codeChars).toBe(0);
    // A reference page: code with a sentence or two around it, far more code than prose.
    expect(holdsProse(measureProse(body(`${P1}${code(12)}${P2}${code(12)}${P3}`)))).toBe(false);
  });
});
