// Page widgets around a story: video players' debris, share bars, newsletter and cookie boxes.
// Notes name the fixture or dev-set page a risky entry was seen on (see ad-rules.ts).
import type { ClutterRule } from './rule-types';

export const widgetRules = [
  {
    id: 'video-debris',
    category: 'video',
    match: {
      // A lone duration ("03:32", "1:02:45") left by a video widget: seed-aggregator, video-playlist-promos;
      // WCXB 0418 (a playlist of five), 0119. A time of day stands in a sentence, not alone in a block.
      patterns: [/^\d{1,2}:\d{2}(:\d{2})?$/, /^(play|watch)( video)?\s*\d{1,2}:\d{2}$/i],
      // video-playlist-promos; WCXB 0054 (Play Video), 0110 (Watch Video), 0271 (Up Next)
      labels: { en: ['play video', 'watch video', 'now playing', 'up next', 'video', 'watch now', 'replay'] },
    },
    reason: 'a video player\'s duration or control label',
  },
  {
    id: 'video-widget',
    category: 'video',
    match: {
      tokens: [
        'video-player', // WCXB 0004, 0050 (video-player css-guxj2g)
        'video-widget', // seed-aggregator
        'video-embed-promo', 'jwplayer', 'jw-player', 'brightcove', 'video-js',
        'vjs', // video.js's own prefix: traf 0011, 0134 (vjs-default-skin)
        'playlist-widget', 'video-playlist',
      ],
      selectors: ['video-js', '[data-video-player]'],
    },
    maxChars: 300,
    reason: 'video player chrome (the player itself cannot be shown in the reader)',
  },
  {
    id: 'share-bar',
    category: 'share',
    match: {
      tokens: [
        'share', // most fixtures (about-advertising, long-article, microdata…); WCXB 0009 (post-share). "shared" is another word
        'shares', // share counters: WCXB 0325 (social-shares), 0365 (total_shares)
        'sharing', // microdata; WCXB 0023 (heateor_sss_sharing)
        'share-bar', 'share-buttons', 'share-tools', 'sharebar', 'sharetools', 'social-share',
        'social-links', // WCXB 0001 (wp-block-social-links). Risky: an author's own profile links (WCXB 0017); maxChars bounds it
        'social-buttons', 'social-icons',
        'social-media', // WCXB 0012 (social-media__share-links), 0014. Risky: WordPress posts tagged "social media" carry tag-social-media (WCXB 0261)
        'sharethis', 'addthis', 'share-this',
        'addtoany', // AddToAny (its a2a_kit class splits into a hash-like "a2a": not a token)
        'shariff', // the German privacy-friendly share bar: WCXB 0168, traf 0015
        'partage', // french-publicite
        'partager',
        'compartir', // spanish-publicidad; traf 0199
        'teilen', // german-anzeige; traf 0134
        'condividi', 'share-links',
      ],
      labels: {
        en: ['share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'share on x', 'copy link', 'share article'],
        de: ['teilen', 'artikel teilen'],
        es: ['compartir'],
        fr: ['partager'],
      },
      patterns: [/^(?:(?:printer[- ]friendly(?: version)?|print(?: this)?(?: story| article| page)?|e-?mail this(?: story| article)?|email to a friend)\s*[|·•]?\s*){1,4}$/i],
    },
    maxChars: 300,
    reason: 'share, print and e-mail buttons',
  },
  {
    id: 'newsletter-box',
    category: 'newsletter',
    match: {
      tokens: [
        'newsletter', // most fixtures (semantic-html5, short-article, german-anzeige…)
        'newsletters', // WCXB 0034, 0161 (navigation__newsletters)
        'newsletter-signup', 'subscribe-box', 'subscription-box', 'signup-box', 'email-signup', 'mailchimp',
        'mc-embed', 'inline-signup', 'subscribe-form', 'nl-signup',
      ],
      labels: {
        // "subscribe" and "sign up" alone are a form's button: long-article, microdata, short-article
        en: ['subscribe', 'subscribe now', 'sign up for our newsletter', 'sign up', 'get our newsletter', 'subscribe to our newsletter'],
      },
      patterns: [/^(sign up|subscribe) (for|to) (our|the) .{0,40}newsletters?[.!]?$/i],
    },
    maxChars: 800,
    reason: 'newsletter or subscription box',
  },
  {
    id: 'cookie-box',
    category: 'cookie',
    match: {
      // Not a bare "cmp": Adobe Experience Manager names every component cmp-* (cmp-text, cmp-container),
      // and the token removed whole pages built with it (bench 4286, 2848; fixture aem-components).
      tokens: [
        'cookie', // home-page, seed-aggregator; the dev sets' classes with the word belong to consent tools (Borlabs, CookieYes)
        'cookies', // french-publicite, spanish-publicidad
        'cookie-banner', 'cookie-consent', 'cookie-notice',
        'consent', // aem-components, seed-aggregator; also a comment form's "remember me" box (WCXB 0007), which goes too
        'consent-banner',
        'gdpr', // short-article (gdpr-banner)
        'cmpbox', 'onetrust', 'cookielaw', 'usercentrics', 'didomi',
        'qc-cmp2', // Quantcast Choice: WCXB 0519 (qc-cmp2-container)
        'truste',
      ],
      selectors: ['#onetrust-consent-sdk', '#CybotCookiebotDialog', '[aria-label="cookie consent" i]'],
    },
    maxChars: 1500,
    reason: 'cookie or consent notice',
  },
] as const satisfies readonly ClutterRule[];
