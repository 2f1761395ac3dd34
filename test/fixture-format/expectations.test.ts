// The shared keep/gone rules (src/fixture-format/expectations.ts) that the fixture runner, the e2e
// harness and the bench's leak table all use.
import { describe, expect, it } from 'vitest';
import { findLeaks, keepStatus, notShownProblems, validateExpected } from '../../src/fixture-format/expectations';

describe('gone strings', () => {
  it('checks a block string (three words or fewer) as a whole line, case-insensitively', () => {
    const output = { text: 'Intro.\nRELATED ARTICLES\nOutro.', html: '<p>Intro.</p><p>See <a href="#">related articles</a> below.</p>' };
    expect(findLeaks(['Related Articles'], output)).toEqual([{ gone: 'Related Articles', where: 'text line' }]);
  });

  it('treats <br>-separated text as lines of the html, and inline elements as part of their line', () => {
    expect(findLeaks(['Sponsored'], { text: '', html: '<p>Story text<br>Sponsored<br>More text</p>' }))
      .toEqual([{ gone: 'Sponsored', where: 'html block' }]);
    expect(findLeaks(['Sponsored'], { text: '', html: '<p>A <strong>sponsored</strong> post.</p>' })).toEqual([]);
  });

  it('checks a longer string as a substring anywhere, whitespace collapsed', () => {
    const gone = ['This serum sold out three times.'];
    const output = { text: 'Story. This serum sold\nout three times. Here is why.', html: '<p>This   serum sold out three times.</p>' };
    expect(findLeaks(gone, output).map((l) => l.where)).toEqual(['text', 'html']);
  });
});

describe('keep strings', () => {
  it('must appear in order', () => {
    expect(keepStatus(['One.', 'Two.', 'Three.'], 'One.\nThree.\nTwo.')).toEqual(['ok', 'ok', 'present but out of order']);
    expect(keepStatus(['Four.'], 'One.')).toEqual(['missing']);
    expect(keepStatus(['A caption.', 'One.'], 'A caption.\nA caption.\nOne.')).toEqual(['repeated', 'ok']);
  });
});

describe('notShown strings', () => {
  it('wants no notice when absent, and one block per string, in order, when given', () => {
    expect(notShownProblems(undefined, [])).toEqual([]);
    expect(notShownProblems(undefined, ['A paragraph the page had.'])).toHaveLength(1);
    expect(notShownProblems(['The first', 'The  second'], ['The first lost paragraph.', 'The second lost paragraph.'])).toEqual([]);
    expect(notShownProblems(['The second', 'The first'], ['The first lost paragraph.', 'The second lost paragraph.'])).toHaveLength(2);
    expect(notShownProblems(['The first'], [])).toEqual(['0 not-shown blocks, expected 1: none']);
  });

  it('is validated as a non-empty list of strings', () => {
    const base = { url: 'https://news.test/a', isArticle: true, keep: ['x'], gone: [], related: [] };
    expect(validateExpected({ ...base, notShown: ['A paragraph.'] })).toEqual([]);
    expect(validateExpected({ ...base, notShown: [] })).toHaveLength(1);
    expect(validateExpected({ ...base, notShown: [''] })).toHaveLength(1);
  });
});

describe('alsoAt', () => {
  const base = { url: 'https://news.example/2025/03/03/labels', isArticle: true, keep: ['One.'], gone: [], related: [] };

  it('takes other http(s) and file addresses of the same page', () => {
    expect(validateExpected({ ...base, alsoAt: ['http://127.0.0.1:8080/x.html', 'file:///home/me/Downloads/story.html'] })).toEqual([]);
  });

  it('refuses an empty list, relative or odd addresses, the url itself and repeats', () => {
    for (const alsoAt of [[], ['x.html'], ['ftp://example.org/x'], [base.url], ['file:///a', 'file:///a'], 'file:///a']) {
      expect(validateExpected({ ...base, alsoAt }).join(' '), JSON.stringify(alsoAt)).toContain('"alsoAt"');
    }
  });
});
