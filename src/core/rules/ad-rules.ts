// Ad slots and the labels that announce them.
import type { ClutterRule } from './rule-types';

export const adRules = [
  {
    id: 'ad-slot',
    category: 'ad',
    match: {
      tokens: [
        'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'advertising', 'adslot',
        'ad-slot', 'ad-unit', 'adunit', 'ad-container', 'ad-wrapper', 'ad-banner', 'adsense', 'adsbygoogle',
        'dfp', 'gpt-ad', 'google-ad', 'banner-ad', 'ad-placeholder', 'taboola', 'outbrain', 'teads',
        'sponsored-content', 'native-ad', 'promoted-content', 'leaderboard', 'skyscraper', 'billboard-ad',
        'mpu', 'dotcom-ad', 'ad-text', 'ad-label',
      ],
      selectors: [
        'ins.adsbygoogle', '[id^="div-gpt-ad"]', '[data-ad-slot]', '[data-ad]', '[data-adunit]',
        '[data-google-query-id]', '[aria-label="Advertisement" i]', 'amp-ad', 'amp-embed',
      ],
    },
    maxChars: 600,
    reason: 'advertising slot (class, id or ad-network markup)',
  },
  {
    id: 'ad-label',
    category: 'ad',
    match: {
      labels: {
        en: [
          'advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content',
          'sponsored links', 'promoted', 'paid content', 'paid post', 'partner content',
          'story continues below advertisement', 'article continues below advertisement',
          'continue reading below', 'story continues below', 'article continues below', 'scroll to continue',
          'scroll to continue with content', 'advertisement - scroll to continue', 'ad feedback',
          'skip advertisement', 'remove ads', 'report this ad', 'close ad',
        ],
        de: ['anzeige', 'werbung', 'gesponsert', 'artikel wird unter der anzeige fortgesetzt'],
        es: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado'],
        fr: ['publicité', 'publicite', 'sponsorisé', 'contenu sponsorisé', 'la suite après cette publicité', 'pub'],
        it: ['pubblicità', 'sponsorizzato'],
        pt: ['publicidade', 'patrocinado'],
        nl: ['advertentie', 'gesponsord'],
        zh: ['广告', '廣告', '赞助内容'],
        ja: ['広告', 'スポンサーリンク', 'pr'],
        ko: ['광고'],
        ru: ['реклама'],
      },
      patterns: [/^advertisement\s*[-–—:|]\s*(continue|scroll|story).{0,40}$/i],
    },
    reason: 'a block whose whole text is an ad label',
  },
] as const satisfies readonly ClutterRule[];
