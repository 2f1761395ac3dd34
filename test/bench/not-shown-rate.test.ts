import { describe, expect, it } from 'vitest';
import { formatNotices, judgeNotice, noticePages, summarizeNotices } from '../../src/bench/not-shown-rate';
import type { NotShownBlock } from '../../src/core/types';

const block = (text: string): NotShownBlock => ({ html: `<p>${text}</p>`, text, zone: 'inside', anchor: { after: null, before: null } });
const MAIN_1 = 'The harbour authority said the lift would be repaired on Tuesday after the motor arrives.';
const MAIN_2 = 'Passengers who cannot use the stairs should call the terminal office before they travel.';
const BOILER = 'Sign up to our newsletter and get the best of the week delivered to your inbox every Friday.';

describe('judgeNotice with a main-text truth (WCXB)', () => {
  it('counts a block of the truth as main content and what it gives back of the missing text', () => {
    const page = judgeNotice('a', { text: MAIN_1, notShown: [block(MAIN_2)] }, { kind: 'text', text: `${MAIN_1}\n${MAIN_2}` });
    expect(page).toMatchObject({ blocks: 1, main: 1, boilerplate: 0, judged: 1 });
    expect(page.missing).toBeGreaterThan(0);
    // All but the three 4-grams that straddle the two paragraphs, which no single block holds.
    expect(page.recovered).toBe(page.missing - 3);
  });

  it('counts a block outside the truth as boilerplate, and no notice as no blocks', () => {
    expect(judgeNotice('b', { text: MAIN_1, notShown: [block(BOILER)] }, { kind: 'text', text: MAIN_1 })).toMatchObject({ blocks: 1, main: 0, boilerplate: 1 });
    expect(judgeNotice('c', { text: MAIN_1, notShown: [] }, { kind: 'text', text: MAIN_1 })).toMatchObject({ blocks: 0, judged: 0, missing: 0 });
  });
});

describe('judgeNotice with snippets (trafilatura)', () => {
  it('judges only the blocks a snippet speaks for', () => {
    const page = judgeNotice('d', { text: MAIN_1, notShown: [block(MAIN_2), block(BOILER), block('An unjudged paragraph that no snippet names at all, however long it runs.')] }, {
      kind: 'snippets', with: [MAIN_1, 'should call the terminal office'], without: ['Sign up to our newsletter'],
    });
    expect(page).toMatchObject({ blocks: 3, main: 1, boilerplate: 1, judged: 2, missing: 1, recovered: 1 });
  });
});

describe('summarizeNotices', () => {
  it('counts a notice as false only when none of its blocks is main content and one is boilerplate', () => {
    const truth = { kind: 'text', text: `${MAIN_1}\n${MAIN_2}` } as const;
    const pages = [
      judgeNotice('ok', { text: MAIN_1, notShown: [block(MAIN_2), block(BOILER)] }, truth),
      judgeNotice('false', { text: MAIN_1, notShown: [block(BOILER)] }, truth),
      judgeNotice('none', { text: MAIN_1, notShown: [] }, truth),
    ];
    const s = summarizeNotices(pages);
    expect(s).toMatchObject({ pages: 3, withNotice: 2, falseNotices: 1, blocks: 3, judged: 3, main: 1 });
    expect(s.falseIds.map((f) => f.id)).toEqual(['false']);
    expect(formatNotices('set', s, 'token 4-grams')[0]).toContain('false notices 1 (33.3% of pages)');
  });

  it('takes the notices of article pages only from the bench records', () => {
    const notice = judgeNotice('x', { text: MAIN_1, notShown: [] }, { kind: 'text', text: MAIN_1 });
    const records = [{ pageType: 'article', ours: { notice } }, { pageType: 'forum', ours: { notice } }, { pageType: 'article', ours: {} }];
    expect(noticePages(records)).toEqual([notice]);
  });
});
