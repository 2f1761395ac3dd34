// Attribute tokens, URL shapes and tracking parameters used by the related-link harvester
// (src/core/related.ts). Data only. Tokens are matched against the words of an element's
// class, id, aria-label and data-* attribute values after splitting on -, _ and case changes.
import { widgetRules } from './widget-rules';

/** Tokens (or token pairs joined by "-") that mark a related-links container. */
export const RELATED_TOKENS: readonly string[] = [
  'related',
  'related-articles',
  'related-stories',
  'related-content',
  'recommended',
  'recommendations',
  'recommend-box', // a blog platform's box of recommended posts under the post (not "recommend" alone: a "send to a friend" plugin, traf 0427)
  'relatedposts', // WordPress Jetpack's "jp-relatedposts", one word
  'read-next',
  'readnext',
  // Ghost's Casper theme: "aside.read-more-wrap" of post cards under the post, with no heading. Not
  // "read-more" alone: a shop's or a listicle's "read more" toggles and buttons are classed so (WCXB 0616, 0022).
  'read-more-wrap',
  'more-from',
  'more-stories',
  'more-articles',
  'more-like-this',
  'you-may-like',
  'you-might-like',
  'also-like',
  'further-reading',
  'see-also',
  'also-read',
  'up-next',
  'upnext',
];

/** Tokens that mark a most-read / trending rail (clutter, not related). */
export const TRENDING_TOKENS: readonly string[] = [
  'trending',
  'most-read',
  'mostread',
  'most-popular',
  'mostpopular',
  'most-viewed',
  'popular',
  'top-ten',
  'top10',
];

/** Tokens of paid-content widgets: never harvested, whatever their heading says. */
export const SPONSORED_TOKENS: readonly string[] = [
  'sponsored',
  'promoted',
  'advertorial',
  'paid',
  'partner',
  'taboola',
  'outbrain',
  'ob-widget',
  'trc',
  'zergnet',
  'revcontent',
  'mgid',
  'dianomi',
  'adblade',
];

/**
 * Tokens of a media player's box: its "Up next" playlist is the player's, not the story's, so nothing
 * inside is harvested (a video.js player's `vjs-related-carousel`: probe ring tabloids, dailymail-like;
 * fixture related-player-side-puffs). The video-widget rule's own tokens: one list of what a player is called.
 */
export const PLAYER_TOKENS: readonly string[] = widgetRules.find((rule) => rule.id === 'video-widget')?.match.tokens ?? [];

/** Tokens of page chrome: links inside are navigation, not related articles. */
export const CHROME_TOKENS: readonly string[] = [
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'site-footer',
  'site-header',
  'masthead',
  'pagination',
  'pager',
  'share',
  'social',
  'tags',
  'hashtags',
  'comments',
  'comment',
];

/** Elements whose subtree is page chrome when they are not inside an <article>/<main>. */
export const CHROME_SELECTOR =
  'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="menu"], [role="menubar"]';

/** Path segments of pages that are not articles: tag, topic, author and account pages. */
export const NON_ARTICLE_PATH_SEGMENTS: readonly string[] = [
  'tag',
  'tags',
  'topic',
  'topics',
  'hashtag',
  'category',
  'categories',
  'author',
  'authors',
  'profile',
  'profiles',
  'people',
  'contributor',
  'contributors',
  'journalist',
  'user',
  'users',
  'autor',
  'autoren',
  'thema',
  'themen',
  'etiqueta',
  'auteur',
  'login',
  'signin',
  'sign-in',
  'register',
  'subscribe',
  'newsletter',
  'search',
  'page',
];

/**
 * File endings of links that open a picture, a sound or a video, not a story: a photo post's gallery
 * links every picture (fixture photo-post-related).
 */
export const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|mp4|webm|mov|m4v|mp3|m4a|ogg|wav)$/i;

/** Hosts whose links are paid placements or share buttons. Matched as a suffix of the host. */
export const EXCLUDED_HOSTS: readonly string[] = [
  'taboola.com',
  'outbrain.com',
  'doubleclick.net',
  'googleadservices.com',
  'zergnet.com',
  'revcontent.com',
  'mgid.com',
  'facebook.com/sharer',
  'twitter.com/intent',
  'x.com/intent',
  'linkedin.com/sharing',
  'wa.me',
  'api.whatsapp.com',
  'pinterest.com/pin/create',
  'reddit.com/submit',
];

/** Query parameters dropped from harvested URLs (exact names; any "utm_" prefix is dropped too). */
export const TRACKING_PARAMS: readonly string[] = [
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'cmp',
  'icid',
  'ito',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ocid',
  'smid',
  'sr_share',
  '_ga',
  '_gl',
  'mkt_tok',
  'trk',
  'spm',
  'xtor',
  'pr_prod_strat',
  'pr_rec_id',
  'pr_rec_pid',
  'pr_ref_pid',
  'pr_seq',
  'at_medium',
  'at_campaign',
];

/** Prefixes of tracking parameter names. */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_', 'relatedposts_']; // relatedposts_hit, _origin, _position: Jetpack's related posts

/** Class tokens of the parts of a card. */
export const CARD_PART_TOKENS = {
  title: ['title', 'headline', 'hed', 'heading', 'titel', 'titulo', 'titre'],
  source: ['source', 'publisher', 'provider', 'outlet', 'brand', 'site', 'sitename', 'origin'],
  time: ['time', 'date', 'timestamp', 'ago', 'published', 'dateline', 'datum', 'fecha'],
  summary: ['summary', 'excerpt', 'dek', 'description', 'desc', 'standfirst', 'teaser', 'blurb', 'snippet', 'lede', 'intro', 'resumen', 'resume', 'chapo'],
} as const;

/** Bounds that keep the harvester's work small on huge pages. */
export const RELATED_LIMITS = {
  maxHeadings: 2000,
  maxAttributeScan: 20000,
  maxContainers: 12,
  maxLinksPerContainer: 60,
  maxLinks: 40,
  maxParagraphScan: 400,
} as const;
