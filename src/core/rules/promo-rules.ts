// Promotional widgets: the site's own AI features, app downloads, paywall teasers.
// Notes name the fixture or dev-set page a risky entry was seen on (see ad-rules.ts).
import type { ClutterRule } from './rule-types';

export const promoRules = [
  {
    id: 'ai-promo',
    category: 'promo',
    match: {
      labels: {
        en: [
          'try our ai features', // seed-aggregator
          'summarize with ai', 'summarise with ai', 'ask ai', 'ask our ai',
          'ai summary', 'generate summary', 'key points by ai', 'listen to this article',
          'listen to article', 'this article was summarized by ai',
        ],
      },
      patterns: [
        /^explore what .{1,40} ai can do for you[:.!]?$/i, // seed-aggregator ("Explore what Daily8 AI can do for you:")
        /^ask our ai\b.{0,80}$/i,
        /^(try|use) .{0,30}\bai\b.{0,30}(features?|assistant)[.!]?$/i,
      ],
      tokens: [
        'ai-promo', // seed-aggregator
        'ai-features', // WCXB 0382, 0417
        'ai-summary-promo',
      ],
    },
    maxChars: 400,
    reason: 'promotion of the site\'s AI features',
  },
  {
    id: 'app-promo',
    category: 'promo',
    match: {
      labels: {
        // video-playlist-promos; WCXB 0460, 4074 (Download the App), 4433 (Open in app)
        en: ['download the app', 'download our app', 'get the app', 'open in app', 'read in app'],
      },
      tokens: [
        'app-promo', // WCXB 0341 (GlobalFooter-AppPromo)
        'app-download', // WCXB 0577 (app-download-prompt)
        'app-banner', // WCXB 0277. Risky: that page names its blog header so (a post about apps), and its date line went
        'smart-banner', // the iOS "Smart App Banner" look-alikes: WCXB 0618
        'promo-box', // WCXB 4112, traf 0936
        'promo-banner', // WCXB 0068, 0341 (PromoBanner)
        'paywall-promo',
      ],
    },
    maxChars: 400,
    reason: 'app download or site promotion banner',
  },
] as const satisfies readonly ClutterRule[];
