import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockText, countWords, readingMinutes } from '../../src/core/text';
import { removeEmptyBlocks } from '../../src/core/clean/residue';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('blockText', () => {
  it('puts every block on its own line and never glues blocks together', () => {
    const text = blockText(body(`<h2>Heading</h2><p>First <b>bold</b> para.</p><p>Second para.</p>
      <ul><li>One</li><li>Two</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
      <div>Line one<br>Line two</div><pre>code  a\ncode b</pre><blockquote>Quote</blockquote><div><span>x</span><div>y</div></div>`));
    expect(text.split('\n')).toEqual(['Heading', 'First bold para.', 'Second para.', 'One', 'Two', 'a b', 'c d', 'Line one', 'Line two', 'code  a', 'code b', 'Quote', 'x', 'y']);
  });

  it('gives no line to a block of nothing but zero-width characters (a page builder\'s spacer <p>&zwj;</p>)', () => {
    expect(blockText(body('<p>One.</p><p>\u200d</p><p>\u200b \ufeff</p><p>Two \u2060words.</p>')).split('\n')).toEqual(['One.', 'Two \u2060words.']);
  });

  it('drops soft hyphens, invisible in the page but splitting words in plain text (German sites hyphenate with &shy;)', () => {
    const text = blockText(body('<p>Mit\u00adtel\u00adal\u00adter</p><pre>Wein\u00adwirt\u00adschaft</pre>'));
    expect(text.split('\n')).toEqual(['Mittelalter', 'Weinwirtschaft']);
  });

  it('handles deep nesting without recursion', () => {
    expect(blockText(body(`${'<span>'.repeat(3000)}deep${'</span>'.repeat(3000)}`))).toBe('deep');
  });
});

describe('removeEmptyBlocks', () => {
  it('drops empty blocks and inline elements, but a space-only inline element still parts two words (WCXB 0344)', () => {
    const root = body(
      '<div><p>Only Apple makes<span>&nbsp;</span><a href="https://x.example/">iPhones</a>. Phones<strong> </strong>too.</p>' +
        '<p> </p><div><span></span></div><p>Last <em></em>line.</p></div>',
    );
    removeEmptyBlocks(root);
    expect(blockText(root).split('\n')).toEqual(['Only Apple makes iPhones. Phones too.', 'Last line.']);
    expect(root.querySelectorAll('p').length).toBe(2);
    expect(root.querySelector('span, strong, em')).toBeNull();
  });

  it('drops a block of one or two separators left between removed buttons, not a scene break nor a separator in a line', () => {
    const root = body('<div><p>Story.</p><div> · <!-- like --> · </div><p>|</p><p>* * *</p><p>· · ·</p><p>Home <span>|</span> About</p></div>');
    removeEmptyBlocks(root);
    expect(blockText(root).split('\n')).toEqual(['Story.', '* * *', '· · ·', 'Home | About']);
  });

  it('drops a block of zero-width characters only: Webflow\'s spacer paragraphs (<p>&zwj;</p>, 20 WCXB pages)', () => {
    const root = body('<div><p>First.</p><p>\u200d</p><div><p>\u200b</p></div><p>\ufeff </p><p>Emoji 👩\u200d💻 stays.</p></div>');
    removeEmptyBlocks(root);
    expect(root.querySelectorAll('p').length).toBe(2);
    expect(blockText(root).split('\n')).toEqual(['First.', 'Emoji 👩\u200d💻 stays.']);
  });
});

describe('readingMinutes', () => {
  it('uses ~230 words a minute, and ~400 characters a minute for CJK', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('字'.repeat(1200))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });

  it("counts a word with its vowel signs as one word (Devanagari's matras, Arabic's points)", () => {
    // "किसानों ने मंडी में" is four words; split at each vowel sign it was nine.
    expect(countWords('किसानों ने मंडी में').words).toBe(4);
    expect(countWords('مُحَمَّد رَسُول').words).toBe(2);
    expect(readingMinutes('किसानों ने मंडी में '.repeat(115))).toBe(2);
  });
});
