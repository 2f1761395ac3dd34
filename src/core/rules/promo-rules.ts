// Promotional widgets: the site's own AI features, app downloads, paywall teasers.
import type { ClutterRule } from './rule-types';

export const promoRules = [
  {
    id: 'ai-promo',
    category: 'promo',
    match: {
      labels: {
        en: [
          'try our ai features', 'summarize with ai', 'summarise with ai', 'ask ai', 'ask our ai',
          'ai summary', 'generate summary', 'key points by ai', 'listen to this article',
          'listen to article', 'this article was summarized by ai',
        ],
      },
      patterns: [
        /^explore what .{1,40} ai can do for you[:.!]?$/i,
        /^ask our ai\b.{0,80}$/i,
        /^(try|use) .{0,30}\bai\b.{0,30}(features?|assistant)[.!]?$/i,
      ],
      tokens: ['ai-promo', 'ai-features', 'ai-summary-promo'],
    },
    maxChars: 400,
    reason: 'promotion of the site\'s AI features',
  },
  {
    id: 'app-promo',
    category: 'promo',
    match: {
      labels: {
        en: ['download the app', 'download our app', 'get the app', 'open in app', 'read in app'],
      },
      tokens: ['app-promo', 'app-download', 'app-banner', 'smart-banner', 'promo-box', 'promo-banner', 'paywall-promo'],
    },
    maxChars: 400,
    reason: 'app download or site promotion banner',
  },
] as const satisfies readonly ClutterRule[];
