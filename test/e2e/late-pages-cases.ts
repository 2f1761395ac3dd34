// The three cases of issue 9 item 4, registered by the Chromium suite (late-pages.test.ts) and the
// Firefox suite (firefox-late-pages.test.ts) with their own driver (harness/late-pages.ts).
import { expect, it } from 'vitest';
import { ARTICLE_TITLE, NOT_ARTICLE_TITLE } from './harness/expectations';
import { LATE_PAGES, lateArticleScenario, neverLoadsScenario, shadowScenario, spaScenario, type LateDriver } from './harness/late-pages';

const TITLES = { article: ARTICLE_TITLE, other: NOT_ARTICLE_TITLE };
const ARTICLE_TOOLBAR = { title: ARTICLE_TITLE, badge: '✓' };

/** Registers the cases; `setup` gives the suite's driver once its beforeAll has run. */
export function lateCases(setup: () => LateDriver): void {
  it('judges a page again when its story arrives a second after load', async () => {
    const driver = setup();
    const c = LATE_PAGES.late;
    const seen = await lateArticleScenario(driver, TITLES);
    // At document_idle the page is an empty shell, judged "not an article" (how soon the test can
    // ask depends on the machine's load, so that first verdict is not asserted); the story arrives
    // a second after load, and the toolbar must follow it.
    expect(seen.toolbar).toEqual(ARTICLE_TOOLBAR);
    expect(seen.popup).toMatchObject({ state: 'article', title: c.title, text: expect.stringContaining(c.keep) });
  }, 60_000);

  it('follows a single-page site from story to story and to its front page (history.pushState)', async () => {
    const driver = setup();
    const c = LATE_PAGES.spa;
    const seen = await spaScenario(driver, TITLES);
    expect(seen.toolbars).toEqual([ARTICLE_TOOLBAR, ARTICLE_TOOLBAR, { title: NOT_ARTICLE_TITLE, badge: '' }]);
    expect(seen.popup).toMatchObject({ state: 'article', title: c.second.title, text: expect.stringContaining(c.second.keep) });
    expect(seen.popup.text).not.toContain(c.first.keep);
  }, 60_000);

  it("reads a story inside a custom element's open shadow root", async () => {
    const driver = setup();
    const c = LATE_PAGES.shadow;
    const seen = await shadowScenario(driver, TITLES);
    expect(seen.toolbar).toEqual(ARTICLE_TOOLBAR);
    expect(seen.popup).toMatchObject({ state: 'article', title: c.title, text: expect.stringContaining(c.keep) });
  }, 60_000);

  it('judges and reads a page whose load never ends (a picture and an ad script that never arrive)', async () => {
    const driver = setup();
    const c = LATE_PAGES.neverLoads;
    const seen = await neverLoadsScenario(driver, TITLES);
    expect(seen.readyState).toBe('interactive');
    expect(seen.toolbar).toEqual(ARTICLE_TOOLBAR);
    expect(seen.popup).toMatchObject({ state: 'article', title: c.title, text: expect.stringContaining(c.keep) });
  }, 60_000);
}
