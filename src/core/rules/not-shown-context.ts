// Where a full sentence on the page is not the story's prose, whatever it says: the places a reader
// would not miss when the clean view leaves them out (src/core/not-shown.ts). Data only. Words are
// compared with the words of class and id names (compile-rules.ts's classWords: "story-card" is
// story, card), so they mean the same thing on any site.

/** Tags whose content is never the story's running text: captions, asides, navigation, page footers, forms. */
export const NOT_PROSE_TAGS: ReadonlySet<string> = new Set([
  'figure', 'figcaption', 'caption', 'aside', 'nav', 'footer', 'address', 'dialog', 'form', 'fieldset', 'label',
  'menu', 'details', 'summary',
]);

/** List items count only between the story's own shown blocks: before or after it they are teasers, menus, comments. */
export const LIST_TAGS: ReadonlySet<string> = new Set(['li', 'dd', 'dt']);

/** ARIA roles of regions that are not the story. */
export const NOT_PROSE_ROLES: ReadonlySet<string> = new Set([
  'complementary', 'navigation', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'alert', 'search', 'menu', 'menubar',
  'tooltip', 'note', 'figure', 'listitem', 'comment',
]);

/** Class or id words of blocks beside a story: captions, bylines, bios, teasers, promos, comments, legal lines. */
export const NOT_PROSE_WORDS: ReadonlySet<string> = new Set([
  'caption', 'captions', 'credit', 'credits', 'byline', 'author', 'authors', 'bio', 'biography', 'comment', 'comments',
  'reply', 'replies', 'teaser', 'teasers', 'card', 'cards', 'promo', 'promotion', 'newsletter', 'subscribe',
  'subscription', 'signup', 'share', 'sharing', 'social', 'related', 'recommended', 'recirculation', 'sidebar', 'rail',
  'widget', 'footer', 'disclaimer', 'copyright', 'legal', 'cookie', 'cookies', 'consent', 'gdpr', 'paywall', 'modal',
  'popup', 'overlay', 'tooltip', 'breadcrumb', 'breadcrumbs', 'menu', 'nav', 'navigation', 'advert', 'advertisement',
  'sponsor', 'sponsored', 'banner', 'toast', 'notice', 'alert',
]);
