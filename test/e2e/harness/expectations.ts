// What the e2e suites expect of the extension beyond each fixture's expected.json (the UI contract).

/** The toolbar title for a tab whose page the detector judged an article. */
export const ARTICLE_TITLE = 'Article detected — click to read';

/** The fixture every scenario runs on. */
export const SEED = 'seed-aggregator';

/** The seed page's ad and promo blocks, which "Hide clutter" must hide in the live page. */
export const SEED_CLUTTER = ['.ad-slot', '.ai-promo'];

/** The toolbar title for a tab the detector judged no article. */
export const NOT_ARTICLE_TITLE = 'Tidy Reader — not an article';

/**
 * The toolbar title for a tab without a verdict: the extension's name. (The built manifest's
 * default_title is the untranslated "__MSG_extName__", which the browser never shows.)
 */
export const DEFAULT_TITLE = 'Tidy Reader';
