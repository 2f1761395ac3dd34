// What the e2e suites expect of the extension beyond each fixture's expected.json (the UI contract).

/** The toolbar title for a tab whose page the detector judged an article. */
export const ARTICLE_TITLE = 'Article detected — click to read';

/** The fixture every scenario runs on. */
export const SEED = 'seed-aggregator';

/** The seed page's ad and promo blocks, which "Hide clutter" must hide in the live page. */
export const SEED_CLUTTER = ['.ad-slot', '.ai-promo'];
