import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { snapshotPick, storyCoverage } from '../../src/core/clean/story-coverage';
import { containerChrome, trimContainer } from '../../src/core/clean/fallback-container';

const doc = new JSDOM('<body></body>').window.document;
const para = (n: number) => `<p>Paragraph ${n} says something long enough to count as a paragraph of the story here.</p>`;
const element = (html: string): Element => {
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('storyCoverage', () => {
  it('counts the prose Readability left out before and between the paragraphs it kept, not after the last', () => {
    const pick = element([1, 2, 3, 4, 5, 6].map(para).join(''));
    const kept = element([2, 4].map(para).join(''));
    const one = para(1).replace(/<\/?p>/g, '').length;
    expect(storyCoverage(snapshotPick(pick), kept)).toEqual({ keptInPick: 1, missedBeforeOrBetween: 2 * one });
  });

  it('says how much of Readability\'s result the pick holds, wherever the pick has it, and ignores short lines', () => {
    // Readability turns a <div> of text into a <p> (WCXB 0341): the pick's whole text is searched.
    const pick = element(`${para(1)}<p>Share</p><div>${para(2).replace(/<\/?p>/g, '')}</div>`);
    const kept = element(`${para(2)}${para(7)}<p>Menu</p>`);
    expect(storyCoverage(snapshotPick(pick), kept).keptInPick).toBe(0.5);
  });

  it('finds nothing missed when Readability kept the story and the pick adds only what follows it (comments)', () => {
    const pick = element([1, 2, 3].map(para).join('') + '<section class="comments">' + [8, 9].map(para).join('') + '</section>');
    const kept = element([1, 2, 3].map(para).join(''));
    expect(storyCoverage(snapshotPick(pick), kept).missedBeforeOrBetween).toBe(0);
  });

  it('reads the pick without the chrome the fallback would trim, and leaves the tree as it was', () => {
    const html = `<header><h1>Headline of the story</h1></header><nav><p>${'Menu entry that is long enough to count as one. '.repeat(2)}</p></nav>${para(1)}<aside><p>${'An aside paragraph long enough to count here. '.repeat(2)}</p></aside><header><p>${'A second header with a long enough line in it. '.repeat(2)}</p></header>${para(2)}<footer>${para(3)}</footer>`;
    const pick = element(html);
    const before = pick.innerHTML;
    const snapshot = snapshotPick(pick, containerChrome(pick));
    expect(snapshot.paragraphs).toEqual([1, 2].map((n) => para(n).replace(/<\/?p>/g, '')));
    expect(pick.innerHTML).toBe(before);
    const trimmed = element(html);
    trimContainer(trimmed);
    expect(snapshot).toEqual(snapshotPick(trimmed));
  });
});

