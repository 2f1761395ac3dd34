// What the article detector (src/core/detect.ts) looks for. Data only: schema.org types grouped by
// the page kind they announce, URL shapes as named rules, and the phrases of shop buttons.
// The weight each feature carries lives in detect-weights.ts (fitted on the bench, see there).

/**
 * schema.org types (JSON-LD @type or microdata itemtype), grouped by the feature each one raises. A
 * name starting with `*` matches every type that ends with the rest: schema.org names each kind of
 * article …Article (NewsArticle, ReportageNewsArticle, TechArticle, ScholarlyArticle, SatiricalArticle…).
 */
export const SCHEMA_KINDS: Readonly<Record<string, readonly string[]>> = {
  'schema-article': ['*Article', 'BlogPosting', 'LiveBlogPosting', 'Report'],
  // A job's advert is an offer too (probe ring lookalike, a job board's posting with a dated headline).
  'schema-product': ['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'Offer', 'AggregateOffer', 'JobPosting'],
  // A magazine's issue (its table of contents) and the series it belongs to (probe ring "mags"); an
  // author's page, which lists the author's stories under a bio (ProfilePage, probe ring lookalike).
  'schema-list': ['ItemList', 'CollectionPage', 'SearchResultsPage', 'OfferCatalog', 'PublicationIssue', 'PublicationVolume', 'ProfilePage'],
  'schema-forum': ['DiscussionForumPosting', 'QAPage', 'SocialMediaPosting'],
  // An FAQ block's markup (its Questions are FAQPage's mainEntity), which search engines asked for on
  // any page with questions and answers: guides and blog posts print it as often as shops and service
  // pages (WCXB: 35 articles, 40 others). Counted as a forum's type, it sank such articles (fixture
  // guide-with-faq; trafilatura 0876, 0665); apart, it gets its own weight.
  'schema-faq': ['FAQPage', 'Question'],
};

/**
 * schema.org types of a page that is a player: a video, a recording, a podcast or its episode. A page
 * that declares one of them and no article type, with no run of paragraphs, is the player's page and
 * its description (media-page, detect.ts); a story with a video declares an Article type too, or
 * og:type article. Galleries are left out: a gallery's captions are what a reader reads (probe ring
 * "traps", a gallery story).
 */
export const MEDIA_TYPES: readonly string[] = ['VideoObject', 'AudioObject', 'VideoGallery', 'PodcastSeries', 'PodcastEpisode', 'RadioEpisode', 'MusicRecording'];

/** og:type values of a player's page (Open Graph's video.* and music.* kinds, and a bare "video"), tested on its lower case. */
export const MEDIA_OG_TYPE = /^(?:video|music)(?:\.|$)/;

/**
 * A path that ends in a year, a month or a day (/2026/04/, /magazine/toc/2026/04/, /news/2025/03/12/):
 * a dated archive or an issue, where a story's path goes on to its slug or id after the date (probe
 * ring "mags", an issue's table of contents judged an article on its date and its "magazine" path).
 */
export const DATED_ARCHIVE = /\/(?:19|20)\d\d(?:[/-]\d\d?){0,2}\/?$/;

/** A named URL shape; `match` runs on the lower-cased path plus query ("/a/b?x=1"). */
export interface UrlRule {
  id: string;
  match: RegExp;
  reason: string;
}

export const URL_RULES: readonly UrlRule[] = [
  { id: 'url-dated', match: /\/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)|\/(?:19|20)\d{6}(?:\/|$)/, reason: 'date in the path' },
  // Not the section's own index file (/news/index.html, /blog/default.aspx: a front, probe ring "tabloids").
  { id: 'url-article-word', match: /\/(?:news|blogs?|story|stories|articles?|posts?|opinion|features?|insights?|column|magazine|newsletter|press)\/(?!(?:index|default)\.\w+(?:$|\?))[^?]/, reason: 'news/blog path' },
  // A query that picks one page (WordPress's "/?p=2895", a newsletter archive's "/?u=…&id=…") is not the
  // home page; one that only tracks the visit or picks a language is.
  { id: 'url-root', match: /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.\w+)?(?:\?(?:(?:utm_\w+|ref|source|from|lang|hl|locale|fbclid|gclid|amp)(?:=[^&]*)?(?:&|$))*)?$/, reason: 'home page' },
  { id: 'url-search', match: /\/search\b|[?&](?:q|s|query|search|keywords?)=/, reason: 'search results' },
  { id: 'url-list', match: /\/(?:tags?|category|categories|topics?|collections?|c|archives?|section|page\/\d+|shop|catalog|browse|brands?)(?:\/|$|\?)/, reason: 'listing path' },
  { id: 'url-product', match: /\/(?:products?|dp|item|listing|app|store|buy|pricing)(?:\/|$)/, reason: 'product path' },
  { id: 'url-service', match: /\/(?:services?|solutions?|industries|programs?|courses?|about(?:-us)?|contact(?:-us)?|careers|why-[a-z]+|locations?|team)(?:\/|$)/, reason: 'service or company path' },
  { id: 'url-forum', match: /\/(?:forums?|threads?|t|topic|questions?|discussions?|community|comments|viewtopic|showthread|r)(?:\/|\.php|$)/, reason: 'forum path' },
  { id: 'url-docs', match: /\/(?:docs?|documentation|api|reference|manual|wiki|man|library|guides?|learn|tutorials?|sdk)(?:\/|$)/, reason: 'documentation path' },
  { id: 'url-auth', match: /\/(?:log-?in|sign-?in|sign-?up|register|account|auth|cart|checkout)(?:\/|$|\?)/, reason: 'sign-in or cart path' },
];

/** Button and link phrases of a shop (several languages), lower case. */
export const CART_PHRASE = /\b(?:add to (?:cart|bag|basket|trolley)|buy now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|in winkelwagen)\b/;

/**
 * Attribute tests of the detector's single pass over the page's elements, written as CSS attribute
 * selectors (only [a], [a="v"], [a^="v"], [a*="v"], [a~="v"], chained; case-sensitive). An element
 * counts once towards a feature when one of its selectors matches.
 */
export const ATTRIBUTE_RULES: Readonly<Record<string, readonly string[]>> = {
  'share-links': [
    '[href*="facebook.com/sharer"]', '[href*="twitter.com/intent"]', '[href*="x.com/intent"]',
    '[href*="linkedin.com/shareArticle"]', '[href*="linkedin.com/sharing"]', '[href^="mailto:?"]',
    '[class*="share-button"]', '[class*="social-share"]', '[data-share]',
  ],
  // Repeated post blocks of phpBB, XenForo, Discourse, vBulletin and Q&A sites.
  'forum-posts': [
    '[id^="post-"]', '[id^="post_"]', '[id^="p"][class*="post"]', '[class*="postbody"]', '[class*="post-body"]',
    '[class*="message-body"]', '[class*="messageContent"]', '[class*="topic-post"]', '[class*="answer"]',
    '[data-post-id]', '[data-post-number]',
  ],
  byline: ['[rel~="author"]', '[itemprop~="author"]', '[class*="byline"]', '[class*="author-name"]', '[class*="article-author"]'],
  prices: ['[itemprop="price"]', '[class*="price"]', '[data-price]'],
  'add-to-cart': ['[class*="add-to-cart"]', '[name="add-to-cart"]', '[action*="cart"]'],
  'anchor-links': ['[href^="#"]'],
  'article-body': ['[itemprop~="articleBody"]'],
  comments: [
    '[id="comments"]', '[id="respond"]', '[id^="disqus"]', '[class*="comment-list"]', '[class*="commentlist"]',
    '[class*="comments-area"]', '[class~="comments"]',
  ],
};

/** <meta> names/properties/itemprops (lower case) that carry a publication date. */
export const DATE_META_NAMES: readonly string[] = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publish-date',
  'publish_date',
  'parsely-pub-date',
  'sailthru.date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
];
