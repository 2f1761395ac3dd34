// Page widgets around a story: video players' debris, share bars, newsletter and cookie boxes.
import type { ClutterRule } from './rule-types';

export const widgetRules = [
  {
    id: 'video-debris',
    category: 'video',
    match: {
      // A lone duration ("03:32", "1:02:45") left by a video widget.
      patterns: [/^\d{1,2}:\d{2}(:\d{2})?$/, /^(play|watch)( video)?\s*\d{1,2}:\d{2}$/i],
      labels: { en: ['play video', 'watch video', 'now playing', 'up next', 'video', 'watch now', 'replay'] },
    },
    reason: 'a video player\'s duration or control label',
  },
  {
    id: 'video-widget',
    category: 'video',
    match: {
      tokens: ['video-player', 'video-widget', 'video-embed-promo', 'jwplayer', 'jw-player', 'brightcove', 'video-js', 'vjs', 'playlist-widget', 'video-playlist'],
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
        'share', 'shares', 'sharing', 'share-bar', 'share-buttons', 'share-tools', 'sharebar', 'sharetools',
        'social-share', 'social-links', 'social-buttons', 'social-icons', 'social-media', 'sharethis',
        'addthis', 'share-this', 'addtoany', 'shariff', 'partage', 'partager', 'compartir', 'teilen',
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
      tokens: ['newsletter', 'newsletters', 'newsletter-signup', 'subscribe-box', 'subscription-box', 'signup-box', 'email-signup', 'mailchimp', 'mc-embed', 'inline-signup', 'subscribe-form', 'nl-signup'],
      labels: {
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
      tokens: ['cookie', 'cookies', 'cookie-banner', 'cookie-consent', 'cookie-notice', 'consent', 'consent-banner', 'gdpr', 'cmpbox', 'onetrust', 'cookielaw', 'usercentrics', 'didomi', 'qc-cmp2', 'truste'],
      selectors: ['#onetrust-consent-sdk', '#CybotCookiebotDialog', '[aria-label="cookie consent" i]'],
    },
    maxChars: 1500,
    reason: 'cookie or consent notice',
  },
] as const satisfies readonly ClutterRule[];
