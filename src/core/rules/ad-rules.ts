// Ad slots and the labels that announce them.
// Notes name the fixture (test/fixtures/<case>) or dev-set page (WCXB 0004 = ../shared/bench/wcxb-dev,
// traf 0335 = trafilatura-dev) where a risky entry was seen doing its job. Tokens match whole words of
// a class or id (never "adidas", "header" or "load"); entries without a note are vendor names or
// compounds that say "ad" on their own.
import type { ClutterRule } from './rule-types';

export const adRules = [
  {
    id: 'ad-slot',
    category: 'ad',
    match: {
      tokens: [
        'ad', // the bare word: seed-aggregator, ads-mid-article, custom-elements. Hex hashes (ad44488) are not words: page-builder-hashes
        'ads', // WCXB 0030 (_adsContainer), 0044 (mm-ads-leaderboard-header)
        'advert', // WCXB 0187 (Advert_center), 0457
        'adverts', // WCXB 4589, traf 0573 (banner-adverts)
        'advertisement', // WCXB 0214 (advertisement-label), 0301 (advertisement-section)
        'advertisements', // traf 0925
        'advertising', // traf 0454 (field-advertising). Risky: also WooCommerce categories of products that are advertising gadgets (WCXB 4510)
        'adslot', 'ad-slot', 'ad-unit', 'adunit', 'ad-container', 'ad-wrapper', 'ad-banner', 'adsense', 'adsbygoogle',
        'dfp', // DoubleClick for Publishers slots: WCXB 0259 (dfp), 0279 (GoogleDfpAd)
        'gpt-ad', 'google-ad', 'banner-ad', 'ad-placeholder', 'taboola', 'outbrain',
        'teads', // outstream video ad vendor: WCXB 0402, traf 0000
        'sponsored-content', 'native-ad', 'promoted-content',
        'leaderboard', // the 728×90 banner: WCXB 0004 (gpt-leaderboard-ad), 0027 (leaderboard_728x90). Risky: a game's score table; maxChars bounds it
        'skyscraper', // the 160×600 rail: WCXB 4589 (ofd-skyscraper-wrapper), traf 0209 (skyscraper-ad)
        'billboard-ad', // traf 0335 (header-billboard-ad), 0352
        'billboard', // the 970×250 slot by its format's name: a code blog's own (dev.to's js-billboard)
        'mpu', // "mid-page unit", the 300×250 slot: about-advertising; WCXB 0399 (MPUTop), 0574 (ad_mpu_bottom)
        'dotcom-ad', 'ad-text', 'ad-label',
      ],
      selectors: [
        'ins.adsbygoogle', '[id^="div-gpt-ad"]', '[data-ad-slot]',
        '[data-ad]', // about-advertising (data-ad="mpu")
        '[data-adunit]', '[data-google-query-id]', '[aria-label="Advertisement" i]', 'amp-ad',
        'amp-embed', // AMP's slot for ad and paid-recommendation networks (Taboola, Outbrain), not for media
      ],
    },
    maxChars: 600,
    reason: 'advertising slot (class, id or ad-network markup)',
  },
  {
    id: 'ad-label',
    category: 'ad',
    match: {
      // Labels fire only on a short block whose whole text is the label, never on a sentence using it
      // (about-advertising), so even the short ones ("ad", "pub") are safe in running text.
      labels: {
        en: [
          'advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content',
          'sponsored links', 'promoted', 'paid content', 'paid post', 'partner content',
          'story continues below advertisement', // ads-mid-article
          'article continues below advertisement',
          'continue reading below', 'story continues below', 'article continues below', 'scroll to continue',
          'scroll to continue with content', 'advertisement - scroll to continue', 'ad feedback',
          'skip advertisement', 'remove ads', 'report this ad', 'close ad',
          'supported by', 'advertisement skip advertisement', // the label over a sponsor's slot above a story
        ],
        de: ['anzeige', 'werbung', 'gesponsert', 'artikel wird unter der anzeige fortgesetzt'], // german-anzeige
        es: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado'], // spanish-publicidad
        fr: [
          'publicité', 'publicite', 'sponsorisé', 'contenu sponsorisé', 'la suite après cette publicité', // french-publicite
          'pub', // French for "ad"; as a whole block only, so an English "pub" in a sentence stays
        ],
        it: ['pubblicità', 'sponsorizzato'],
        pt: ['publicidade', 'patrocinado'],
        nl: ['advertentie', 'gesponsord'],
        zh: ['广告', '廣告', '赞助内容'], // chinese-ad
        ja: [
          '広告', 'スポンサーリンク',
          'pr', // Japanese sites mark paid placements "PR"; compared lower-cased
        ],
        ko: ['광고'],
        ru: ['реклама', 'партнерский материал', 'на правах рекламы'],
        pl: ['reklama', 'materiał sponsorowany', 'materiał partnera'], // traf 0203
        kk: ['жарнама'],
        cs: ['inzerce'], // Czech ads say "reklama" too (pl)
        sv: ['annons'],
        da: ['annonce'],
        no: ['annonse'],
        tr: ['reklam', 'haberin devamı', 'haberin devamı için kaydırın'], // "the story goes on" under an ad slot
        hu: ['hirdetés'],
        fi: ['mainos'],
        et: ['reklaam'],
        lv: ['reklāma'],
        ro: ['publicitate'],
        ca: ['publicitat'],
        el: ['διαφήμιση'],
        hr: ['oglas'], // Croatian, Serbian, Bosnian, Slovene
        ar: ['إعلان', 'اعلان'],
        he: ['פרסומת'],
        fa: ['تبلیغات'],
        hi: ['विज्ञापन'],
        mr: ['जाहिरात'],
        ka: ['რეკლამა'],
        th: ['โฆษณา'],
        vi: ['quảng cáo'], // fixture vietnamese-xem-them
        id: ['iklan'], // Indonesian and Malay: fixture indonesian-baca-juga
        // Probe ring lang9. Khmer's and Telugu's words also mean "commerce" and "announcement": as a
        // whole block only, as every label here.
        hy: ['գովազդ'],
        si: ['දැන්වීම'],
        km: ['ពាណិជ្ជកម្ម'],
        my: ['ကြော်ငြာ'],
        te: ['ప్రకటన'],
        am: ['ማስታወቂያ'],
        mn: ['сурталчилгаа', 'зар сурталчилгаа'],
        is: ['auglýsing'],
        sq: ['reklamë', 'reklama'],
        // Probe ring lang10 (Hausa's "talla" is also Spanish for a garment's size: left out)
        ml: ['പരസ്യം'], kn: ['ಜಾಹೀರಾತು'], gu: ['જાહેરાત'], pa: ['ਇਸ਼ਤਿਹਾਰ'], ta: ['விளம்பரம்'], bn: ['বিজ্ঞাপন'], ur: ['اشتہار'],
        yo: ['ìpolówó'], so: ['xayeysiis'], ku: ['ڕیکلام', 'ریکلام'], tl: ['patalastas'], sw: ['tangazo'],
      },
      patterns: [
        /^advertisement\s*[-–—:|]\s*(continue|scroll|story).{0,40}$/i,
        // The site's own ad for its ad space, however long: "Advertise with the most visited news site in
        // Belize ~ We offer fully customizable … Contact us at …" (traf 0003, its letters partly Cyrillic
        // look-alikes, which normalizeLabel folds). A story's sentence never opens with the imperative.
        /^advertise with (?:us|the|our)\b.{0,280}$/,
        // Russia's legal mark over an ad: "Реклама. ООО «Ромашка», ИНН 7701234567, erid: 2SDnje…".
        /^реклама[.:]?\s.{0,200}(?:инн|erid)\b.{0,160}$/u,
      ],
    },
    patternChars: 300,
    reason: 'a block whose whole text is an ad label',
  },
  {
    // A sponsor's block inside a newsletter issue or a story, opened by the line that names its payer:
    // "TOGETHER WITH", then the sponsor's logo, pitch and offer code (beehiiv, Substack, Morning Brew-
    // style issues). The ad-label rule takes a bare "Sponsored" line only; these lines open a block,
    // and the block (no more than a pitch's length) goes with them.
    id: 'sponsor-block',
    category: 'ad',
    match: {
      headings: {
        en: [
          'together with', 'presented by', 'brought to you by', 'in partnership with', 'sponsored by', "today's sponsor",
          'from our sponsor', 'from our sponsors', 'a word from our sponsor', 'a message from our sponsor', 'thanks to our sponsor',
          'thanks to our sponsors', 'this issue is brought to you by', 'this issue is sponsored by',
        ],
        de: ['präsentiert von', 'gesponsert von'],
        fr: ['présenté par', 'sponsorisé par', 'en partenariat avec'],
        es: ['presentado por', 'patrocinado por', 'en colaboración con'],
      },
    },
    maxChars: 1000,
    reason: "a sponsor's block, opened by the line that names it",
  },
  {
    // The footer of an affiliate plugin's product box, printed under every box: "Letzte Aktualisierung am
    // 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product
    // Advertising API" (traf 0684, four times). A site's short note that a post "may contain affiliate
    // links" is kept: it tells the reader who pays for the article, and WCXB's truth keeps it (4452, 4642),
    // though trafilatura's counts it out (0553). A notice that the publisher earns a commission on what
    // readers buy through its links is a shop's boilerplate over every list: affiliate-commission below.
    id: 'product-box-footer',
    category: 'ad',
    match: {
      patterns: [
        /^(?:letzte aktualisierung am|zuletzt aktualisiert am|last update on|last updated on) .{1,40} \/ .{0,80}\b(?:affiliate|partner)[- ]?links?\b.{0,120}$/u,
        /^.{0,80}\/ (?:bilder|images) (?:von der|from (?:the )?)amazon product advertising api$/u,
      ],
    },
    patternChars: 300,
    insideArticleOnly: true,
    reason: "the footer of an affiliate product box: its update date and image source",
  },
  {
    // A publisher's standing word that it is paid for what readers buy through its links, printed over
    // or under every review and list: "When you purchase through links on our site, we may receive an
    // affiliate commission.", "Rolling Stone may receive an affiliate commission if you buy through our
    // links.", "When you buy a book using a link on this page, we receive a commission." (probe ring mags,
    // fixture leak-affiliate-notice). Each names a commission, fee or share and a purchase through links,
    // in one short block; a blog's own "This post may contain affiliate links" (product-box-footer's
    // note, fixture blog-footer-notices) names neither and stays.
    id: 'affiliate-commission',
    category: 'ad',
    match: {
      patterns: [
        /^(?:[^.!?]{1,60} is (?:supported|funded) by (?:its |our )?(?:readers|audience)\.\s?)?(?:when|if) you (?:buy|purchase|shop|book|subscribe|click)\b[^.!?]{0,60}\b(?:links?|retailers?|affiliates?)\b[^.!?]{0,60}\b(?:earn|receive|get|make)s?\b[^.!?]{0,30}\b(?:commissions?|(?:a )?share of (?:the )?(?:sales?|revenue))\b.{0,160}$/u,
        /^(?:we|[^.!?]{1,60}) (?:may |might |can |will )?(?:earn|receive|get|make)s? (?:an? )?(?:small |affiliate |referral )*(?:commissions?|fees?|(?:a )?share of (?:the )?(?:sales?|revenue)) (?:if|when|from|on|for|through|via) [^.!?]{0,60}\b(?:links?|(?:buy|purchase|shop)(?:s|es|ing)? [^.!?]{0,30}\b(?:through|via|using|from) (?:our|these|the|this|its|affiliate)\b)\b.{0,160}$/u,
      ],
    },
    patternChars: 300,
    maxChars: 300,
    reason: "the publisher's notice that it earns a commission on what readers buy through its links",
  },
] as const satisfies readonly ClutterRule[];
