import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { Removal } from '../../src/core/types';

// The core decides what is clutter (tested with the core); here only the hiding and restoring.
vi.mock('../../src/core/index', () => ({
  findClutter: (doc: Document): Array<{ element: Element; removal: Removal }> =>
    [...doc.querySelectorAll('.promo')].map((element) => ({ element, removal: { category: 'promo', ruleId: 'test', match: 'class~="promo"', reason: 'test', text: '' } })),
}));

const { clutterStatus, hideClutter, restoreClutter, HIDDEN_ATTR, HIDE_STYLE_ID } = await import('../../src/content/clutter-hider');

const PAGE = '<html><head><title>t</title></head><body><p>Story</p><div class="promo" data-x="1">Try AI</div><p>More</p><aside class="promo">Ad</aside></body></html>';

describe('hide clutter in the live page', () => {
  it('marks the clutter and adds one stylesheet; restoring gives back the exact page', () => {
    const doc = new JSDOM(PAGE).window.document;
    const before = doc.documentElement.outerHTML;
    expect(hideClutter(doc, 'https://x.test/')).toEqual({ hidden: true, count: 2 });
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}="promo"]`)).toHaveLength(2);
    expect(doc.querySelectorAll(`#${HIDE_STYLE_ID}`)).toHaveLength(1);
    expect(doc.getElementById(HIDE_STYLE_ID)?.textContent).toContain('display:none !important');
    // Hiding again does not stack stylesheets.
    hideClutter(doc, 'https://x.test/');
    expect(doc.querySelectorAll(`#${HIDE_STYLE_ID}`)).toHaveLength(1);
    expect(clutterStatus(doc)).toEqual({ hidden: true, count: 2 });
    expect(restoreClutter(doc)).toEqual({ hidden: false, count: 0 });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
