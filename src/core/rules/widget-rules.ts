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
      patterns: [/^\d{1,2}:\d{2}(:\d{2})?$/, /^(play|watch)( video)?\s*\d{1,2}:\d{2}$/i,
        // An autoplay countdown: "The video will start in 8" (video-player-labels)
        /^the video will (?:start|(?:auto-?)?play) (?:in \d{1,2}(?: seconds?)?|soon)$/],
      // video-playlist-promos; WCXB 0054 (Play Video), 0110 (Watch Video), 0271 (Up Next)
      labels: {
        en: ['play video', 'watch video', 'now playing', 'up next', 'video', 'watch now', 'replay',
          // A player's loading screen and click-to-play overlay (video-player-labels)
          'video loading', 'loading video', 'video unavailable', 'click to play', 'tap to play', 'click to play tap to play'],
        de: ['video abspielen', 'video starten', 'jetzt ansehen'],
        fr: ['lire la vidéo', 'regarder la vidéo'],
        es: ['reproducir video', 'reproducir vídeo', 'ver video', 'ver vídeo'],
      },
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
        // A text-to-speech player over the story: "Listen", "4 min", "Listen to this article" (video-player-labels)
        'audio-player', 'article-audio', 'audio-article',
      ],
      selectors: ['video-js', '[data-video-player]'],
      // The heading over a player in the story, gone with it ("BONUS VIDEO:", "Pogledajte video").
      headings: {
        en: ['bonus video', 'watch the video', 'watch video', 'video of the day'],
        hr: ['pogledajte video', 'pogledajte snimak', 'video dana'],
        de: ['sehen sie das video', 'das video'],
      },
    },
    maxChars: 300,
    reason: 'video player chrome (the player itself cannot be shown in the reader)',
  },
  {
    // The caption of a video that the reader cannot play, once the player is gone: "Watch: Thousands of
    // dead fish found in River Teifi", "VIDEO: How the rescue unfolded", "Vidéo : …". Only a caption
    // (a card's "WATCH: …" headline on a listing is the card's title, WCXB 2965), and only one that says
    // it is a video; a screen-reader prefix ("Media caption, ") may come first.
    id: 'video-caption',
    category: 'video',
    match: { selectors: ['figcaption'] },
    // "Watch: …", "VIDEO: …" before it, or "… – video" after it (the Guardian's video captions).
    spares: /^(?!(?:[^,:]{1,20},\s*)?(?:watch|video|vidéo|ver vídeo|vídeo|guarda)\s?[:|]|.{1,180}\s[–—-]\s(?:video|vidéo|vídeo)\s*$)/i,
    maxChars: 200,
    reason: 'the caption of a video the reader cannot play',
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
        en: ['share', 'share this', 'share this article', 'share this story', 'kindly share this story', 'please share this story', 'gift this article', 'gift article', 'share on facebook', 'share on twitter', 'share on x', 'copy link', 'share article',
          'print recipe', 'pin recipe', 'print recipe pin recipe', 'save to pinterest'],
        // A recipe card's buttons make one line once their icons are gone (traf 0495: "Rezept drucken Bei Pinterest speichern")
        de: ['teilen', 'artikel teilen', 'rezept drucken', 'bei pinterest speichern', 'rezept drucken bei pinterest speichern'],
        es: ['compartir', 'imprimir receta'],
        fr: ['partager', 'imprimer la recette'],
        it: ['condividi'],
        pt: ['compartilhar', 'partilhar'],
        nl: ['delen'],
        pl: ['udostępnij'],
        ru: ['поделиться'],
        tr: ['paylaş'],
        id: ['bagikan'],
        vi: ['chia sẻ'],
        ko: ['공유하기', '공유'],
        ja: ['シェア', 'シェアする'],
        zh: ['分享', '分享到'],
      },
      patterns: [
        /^(?:(?:printer[- ]friendly(?: version)?|print(?: this)?(?: story| article| page)?|e-?mail this(?: story| article)?|email to a friend)\s*[|·•]?\s*){1,4}$/i,
        // A subscriber's gift link: "Subscribers can gift this article to friends and family."
        /^subscribers can gift (?:this article|up to \d+ articles)\b.{0,80}$/i,
      ],
      // A link to a network's share endpoint, whatever the site calls it: a picture's "Pin" button
      // (pinterest.com/pin/create/…) left above its caption once the icon went, a "Tweet this" link.
      selectors: [
        'a[href*="pinterest.com/pin/create" i]', 'a[href*="facebook.com/sharer" i]', 'a[href*="twitter.com/intent/tweet" i]',
        'a[href*="x.com/intent/tweet" i]', 'a[href*="linkedin.com/sharearticle" i]', 'a[href*="linkedin.com/sharing" i]',
      ],
    },
    maxChars: 300,
    reason: 'share, print and e-mail buttons',
  },
  {
    // A count of the readers' reactions standing as a line of its own once its icons are gone: "247
    // reactions", "128 notes", "1.2K likes", and a reblogging platform's "moss liked this" notes.
    id: 'engagement-count',
    category: 'share',
    match: {
      // The question over a row of reaction buttons, left alone once the emoji and counts went (probe ring
      // aggregators, a Turkish portal's "Bu habere tepkiniz?").
      labels: {
        // Medium's mark over a passage its readers highlighted most, a line of its own between paragraphs (probe ring blogs)
        en: ['top highlight', "what's your reaction?", 'what is your reaction?', 'how do you feel about this story?', 'how does this story make you feel?', 'how did this article make you feel?', 'react to this story'],
        tr: ['bu habere tepkiniz?', 'bu habere tepkin ne?', 'bu habere tepkiniz ne?', 'bu haberi nasıl buldunuz?'],
        es: ['¿qué te pareció esta noticia?', '¿cuál es tu reacción?', '¿cómo te hizo sentir esta noticia?'],
        pt: ['qual é a sua reação?', 'o que você achou desta notícia?', 'o que achou desta notícia?'],
        id: ['bagaimana reaksi anda tentang artikel ini?', 'bagaimana reaksi anda?', 'apa reaksi anda?'],
        de: ['wie finden sie diesen artikel?', 'wie gefällt ihnen dieser artikel?', 'ihre reaktion?'],
        fr: ['quelle est votre réaction ?', 'quelle est votre réaction?'],
      },
      patterns: [
        /^\d[\d.,]*\s?[km]?\+?\s(?:reactions?|notes|likes?|claps?|reblogs?|reposts?|restacks?|shares|views|responses|upvotes?|hearts?)$/,
        /^[\w.-]{1,40} (?:liked|reblogged) this(?: from [\w.-]{1,40})?$/,
        // "12 тыс прочтений", "3,4 тыс. просмотров" (a Russian blog platform's stats line; probe ring aggregators2)
        /^\d[\d.,]*\s?(?:тыс\.?|млн\.?|k)?\s(?:прочтени[йея]|просмотр(?:ов|а)?|дочитывани[йя])$/u,
      ],
      // A link down to the page's comments whose whole text is their number ("312" beside a speech
      // bubble icon, "12 comments"): an icon link that a story sentence linking to the comments is not.
      selectors: ['a[href*="#comment" i]', 'a[href*="#respond" i]', 'a[href*="#disqus_thread" i]'],
    },
    spares: /^(?!\s*\d[\d.,]*\s?[km]?\+?(?:\s?comments?)?\s*$)/i,
    reason: "a count of the readers' likes, reactions, shares or comments; not part of the story",
  },
  {
    // A line under the story that asks the reader to rate, like or share it: "Gefällt Ihnen dieser
    // Artikel?", "Artikel gefallen? Vergiss nicht zu teilen!", "Hier können Sie den Artikel bewerten"
    // (traf 0564, 0239, 0425). Only a whole short block that is the question, in the languages we meet.
    id: 'article-feedback',
    category: 'share',
    match: {
      labels: {
        en: ['was this article helpful?', 'was this helpful?', 'rate this article', 'did you like this article?', 'did you find this article helpful?',
          'is this content helpful?', 'is this article helpful?', 'was this content helpful?', 'is this helpful?'],
        de: ['war dieser artikel hilfreich?', 'artikel bewerten', 'beitrag bewerten', 'wie hat ihnen dieser artikel gefallen?', 'wie hat dir dieser artikel gefallen?'],
        fr: ['cet article vous a-t-il été utile ?', 'cet article vous a plu ?', 'notez cet article'],
        es: ['¿te ha gustado este artículo?', '¿te ha resultado útil este artículo?', '¿te resultó útil este artículo?', 'valora este artículo'],
      },
      patterns: [
        /^(?:enjoyed|liked|like) (?:this|the|our) (?:article|story|post)\?\s.{0,80}$/,
        /^(?:artikel|beitrag) gefallen\?.{0,80}$/u,
        /^gefällt (?:ihnen|dir|euch) (?:dieser|der|unser) (?:artikel|beitrag)\?.{0,80}$/u,
        /^hier (?:können sie|kannst du) (?:den|diesen) (?:artikel|beitrag) bewerten.{0,40}$/u,
        /^(?:vous avez aimé|vous aimez) cet article\s?\?.{0,80}$/u,
        /^¿te (?:ha gustado|gustó) (?:este|el) (?:artículo|post|contenido)\?.{0,80}$/u,
        // The invitation to write in under the story: "We want to hear what you think about this article.
        // Submit a letter to the editor or write to letters@…" (traf 0913)
        /^(?:we want to hear|we'd like to hear|tell us) what you think (?:about|of) this (?:article|story|piece).{0,160}$/,
        /^(?:submit|send|write) (?:us )?a letter to the editor\b.{0,120}$/,
        // The newsroom's call for tips: "Have a news tip? Email the newsroom at … or submit a tip online."
        /^(?:have|got|do you have) an? (?:news |story )?tip\? .{0,160}$/,
        // The same call for a story, which needs a way to reach the newsroom after the question: "Got a story?
        // Email us at … or call …" (UK tabloids), "Do you have a story about leaving a corporate job? Contact
        // this reporter at …" (tip-line-story-pitch). A question alone ("Got a story to tell?") may be prose.
        /^(?:have|got|do you have|have you got) an? (?:news )?story(?: (?:about|for|to share|to tell|like this)\b[^?]{0,120})?\? (?:please )?(?:e-?mail|contact|call|whatsapp|send|get in touch|write to|tell us|message)\b.{0,200}$/,
        /^contact (?:this|the) (?:reporter|author|writer) (?:at|on|via)\b.{0,120}$/,
        // A broadcaster's call for readers' stories under a report or between a live page's posts: "Are you affected
        // by the ferry cancellations? Share your experiences by emailing …", "Please include a contact number if
        // you are willing to speak to a … journalist." (probe ring liveblog)
        /^are you (?:affected|impacted) by [^?]{1,120}\? (?:share your (?:experiences?|stories|story|views|pictures)|get in touch|tell us)\b.{0,160}$/u,
        /^please include a contact number if you are willing to speak to an? .{1,40} journalist\b.{0,160}$/u,
        // "We pay for videos too. Click here to upload yours.", "We pay for your stories! Do you have a story …?"
        /^we pay for (?:your )?(?:stories|videos|photos|pictures|footage|tips)(?: too)?[.!] .{0,40}\b(?:upload|send|e-?mail|contact|click|submit|call|whatsapp|do you have)\b.{0,160}$/,
        // "Do you have an opinion on the issues raised in this article? If you would like to submit a response …"
        /^(?:do you have|have you got) an opinion on (?:the issues|anything) raised in this (?:article|piece|story)\?.{0,240}$/,
        // The report-a-typo line under a story: "Якщо ви помітили помилку, виділіть … і натисніть Ctrl + Enter",
        // "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Found a typo? Select it and press Ctrl+Enter". A
        // mistake word and the keys: a tutorial's "Press Ctrl + Enter to run the cell" stays.
        /^(?=.{0,200}(?:помилк|ошибк|опечатк|қате|błąd|typo|mistake|error|fehler|chyb|hib|kļūd|viga|napak|greșeal|greseal|λάθος)).{0,200}\bctrl\s?\+\s?enter\b.{0,120}$/u,
        // The same without the keys, a question and a call alone: "Spotted a mistake? Let us know.", "Ste opazili napako? Sporočite nam jo."
        /^(?:spotted|found|noticed|see) an? (?:mistake|error|typo)\? (?:let us know|tell us|report it|email us)\b.{0,80}$/u,
        /^ste opazili napako\? .{0,80}$/u,
        // The question put to the comments: "Verraten Sie gerne in den Kommentaren: …" (traf 0694)
        /^(?:verraten sie|verratet|verrate|schreiben sie|schreibt|erzählen sie|erzählt) (?:uns )?(?:es )?(?:gerne |gern )?(?:uns )?in den kommentaren\b.{0,160}$/u,
        // A rating widget's count: "5 from 7 votes", "4,8 von 120 Bewertungen" (traf 0196)
        /^\d(?:[.,]\d{1,2})? (?:from|of|out of|von|aus|de|sur|su) \d{1,6} (?:votes?|ratings?|reviews?|stimmen|bewertungen|votos|valoraciones|avis|voti)$/u,
      ],
    },
    patternChars: 240,
    maxChars: 200,
    reason: 'a prompt to rate, like or share the article',
  },
  {
    // The page's own reading-time label, a line of its own: "5 min read", "3 min. read", "Reading time:
    // 11 minutes", Medium's "6 min read · Dec 1, 2025" (glued: "6 min readDec 1, 2025"), "Lesezeit: 2
    // Minuten", "Lesezeit von 4 Minuten" (WCXB 0052, 0232, 0262, 4433; traf 0212, 0239; 16 pages of the dev
    // sets). The reader shows its own reading time beside the title. Never inside a sentence: the
    // whole short block is the label.
    id: 'reading-time',
    category: 'residue',
    match: {
      patterns: [
        /^(?:reading time|read time|time to read|estimated reading time)\s?:?\s?(?:about |approx\.? |~)?\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?min(?:ute)?s?(?: read)?$/,
        /^\d{1,3}(?:\s|-)?min(?:ute)?s?\.?\s?read(?:ing time)?(?:\s?[·•|]?\s?[a-z]{3,9}\.? \d{1,2}(?:, \d{4})?)?$/,
        // The date first: "January 19, 2026 · 7 min read", "19 Jan 2026 | 7 min read" (probe ring longform, a Nuxt blog).
        /^(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})\s?[·•|]\s?\d{1,3}(?:\s|-)?min(?:ute)?s?\.?\s?read$/,
        /^(?:lesezeit|lesedauer)\s?:?\s?(?:ca\.\s?|etwa\s)?\d{1,3}\s?min(?:uten?|\.)?$/u,
        /^lesezeit von \d{1,3} minuten?$/u,
        /^\d{1,3}\s?(?:min\.?|minuten?) lesezeit$/u,
        /^temps de lecture\s?:?\s?\d{1,3}\s?min(?:utes?)?$/u,
        /^\d{1,3} min(?:utes?)? de lecture$/u,
        /^tiempo de lectura\s?:?\s?\d{1,3}\s?min(?:utos?)?$/u,
        /^\d{1,3} min(?:utos?)? de lectura$/u,
        /^tempo di lettura\s?:?\s?\d{1,3}\s?min(?:uti)?$/u,
        /^\d{1,3} min(?:uti)? di lettura$/u,
        /^leestijd\s?:?\s?\d{1,3}\s?min(?:uten)?$/u,
      ],
    },
    maxChars: 60,
    reason: "the page's own reading-time label (the reader shows its own)",
  },
  {
    // A line that asks the reader to follow the site on social networks: "Follow us on Telegram,
    // Facebook, Instagram, YouTube and X for the latest news and updates." (WCXB 0397), "Folgen Sie uns
    // auf Facebook", "Síguenos en Twitter" (traf 0199). Only a whole short block that starts
    // with the invitation and names a network or social media. Not a bare "Follow us": that may be a
    // link inside a sentence of the story ("Follow us to stay up to date on industry trends.", traf 0129).
    id: 'follow-us',
    category: 'share',
    match: {
      patterns: [
        /^(?:follow us|folgen sie uns|folge uns|folgt uns|suivez-nous|síguenos|seguici|siga-nos|segue-nos|volg ons)(?:\s+(?:on|auf|bei|sur|en|su|no|nas|na|op))?(?:\s*:)?\s+(?=.*\b(?:facebook|twitter|x|instagram|linkedin|youtube|telegram|tiktok|whatsapp|threads|bluesky|mastodon|pinterest|google news|social|sozialen|réseaux|redes)\b).{1,110}$/u,
        // The same call closing a sentence that says what it brings: "Stay updated with the latest news on
        // Times of Bharat. Follow us on Google News." (probe ring majors-world, india-like)
        /^[^.!?]{5,120}[.!?]\s?(?:follow us|folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|volg ons) (?:on|auf|bei|sur|en|su|no|nas|na|op) (?:google news|facebook|twitter|x|instagram|linkedin|youtube|telegram|tiktok|whatsapp|threads)(?:\s?(?:,|and|or|&|und|et|y|e)\s?(?:google news|facebook|twitter|x|instagram|linkedin|youtube|telegram|tiktok|whatsapp|threads)){0,5}$/u,
        // In Arabic, with the site's name or "us", a colon and the networks after it: "تابع الجزيرة نت على: فيسبوك
        // إكس تليغرام" (arabic-like). "تابع" is also "he followed": the colon and a network's name must come.
        /^(?:تابع|تابعوا|تابعونا|تابعنا)(?:\s[\p{L}\s]{1,40})?\s(?:على|عبر)\s?:(?=.{0,120}(?:فيسبوك|فيس بوك|تويتر|إكس|اكس|تليغرام|تلغرام|تيليجرام|إنستغرام|انستغرام|يوتيوب|تيك توك|واتساب|منصات التواصل|مواقع التواصل)).{1,120}$/u,
        // The same in more languages, and "Siga a <site> no Instagram" with the site's name for "us"
        // (fixtures portuguese-newsletter-app, polish-newsletter-app). Network names may be inflected
        // ("na Facebooku i Instagramie"). Only imperatives: not Spanish "sigue" or Portuguese "segue",
        // which also say "continues" and "here follows" at the start of a story's sentence.
        /^(?:siga|sigam|seguí|suivez|folgen sie|obserwuj(?:cie)? nas|śledź(?:cie)? nas|sledujte nás|sledujte nas|подписывайтесь на нас|подписывайтесь на|следите за нами|последвайте ни|последвайте ни и|bizi takip edin|takip edin|ikuti kami|ikuti saluran|urmărește|urmăriți|urmareste|kövess minket|kövessen minket|theo dõi chúng tôi|følg os|følg oss|följ oss|seuraa meitä|volg)(?![\p{L}])(?=.{0,80}(?<![\p{L}])(?:facebook|twitter|instagram|linkedin|youtube|telegram|tiktok|whatsapp|threads|bluesky|mastodon|pinterest|google news|vk|вконтакте|телеграм)).{1,150}$/u,
        // A podcast's call to follow the show: "Listen and follow Field Notes on Apple Podcasts, Spotify or
        // wherever you get your podcasts", "Subscribe to the show on Apple Podcasts or Spotify".
        /^(?=.{0,200}(?:apple podcasts|spotify|google podcasts|pocket casts|overcast|wherever you (?:get|listen to) (?:your )?podcasts))(?:listen(?: to)?|follow|subscribe(?: to)?|find)(?: (?:and|&|or) (?:follow|subscribe(?: to)?|listen(?: to)?|rate))?\b.{1,220}$/u,
        // Spanish papers' sign-off: "Puedes seguir a EL PAÍS Tecnología en Facebook y Twitter", "Puede
        // escribirnos a … o seguir a Materia en Facebook, Twitter, Instagram o suscribirse aquí a nuestra newsletter" (traf 0199)
        /^(?:puedes|puede|pueden) (?:escribirnos (?:a|en) \S{1,60} o )?seguir(?:nos)? (?:a |en )?.{0,60}\b(?:en|a través de) (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|whatsapp|telegram)\b.{0,160}$/u,
        // The site's own messenger channel: "¿Ya sabías que en Guatemala.com tenemos canal de Telegram?
        // Únete …" (traf 0012), "Join our WhatsApp channel for breaking news". It names the channel as
        // the site's own and asks to join; a story about Telegram channels does neither in one short block.
        // The site's own channel by the site's name: "Join SH's Telegram channel for …", "Join the News42 WhatsApp channel".
        // Its call may follow one sentence that says what the channel brings ("Get the biggest stories … to your phone. Join …").
        /^(?:[^.!?]{1,160}[.!?:]\s)?join (?:[\p{L}\p{N}&'’.-]+ ){0,4}(?:whatsapp|telegram|signal|viber) (?:channel|group|community)(?![\p{L}]).{0,160}$/u,
        // The same box with the network named first and the call after it: "Get the latest news from
        // Kerimpur on WhatsApp · Join our channel", its two lines often glued ("WhatsAppJoin").
        /^(?=.{0,160}(?:whatsapp|telegram|signal|viber)).{0,160}(?:join|follow|subscribe to) (?:our |the )?(?:channel|group|community)(?!\p{L}).{0,20}$/u,
        // Italian papers' channel line: "Corriere della Sera è anche su Whatsapp. È sufficiente cliccare qui per
        // iscriversi al canale ed essere sempre aggiornati." (corriere-like): the site is on the network, and the call to join.
        /^[^.!?]{1,60} (?:è|e') (?:anche |ora |adesso )?su (?:whatsapp|telegram)[.!]\s?.{0,100}\b(?:iscriversi|iscriviti|iscrivetevi|unirsi|unisciti|entrare)\b.{0,20}\bcanale\b.{0,120}$/u,
        /^(?=.{0,160}(?<!\p{L})(?:únete|unete|únase|join|subscribe|suscríbete|abonniere|abonnieren sie|folge|folgen sie|rejoignez|abonnez-vous|iscriviti|segui|entra)(?!\p{L})).{0,80}(?<!\p{L})(?:our|nuestro|tenemos|we have|unse?re?[mn]?|notre|il nostro|nosso)(?!\p{L}).{0,30}(?<!\p{L})(?:(?:canal|channel|kanal|chaîne|gruppe|grupo|group|community|comunidad|canale) (?:de |on |auf |bei |sur |en |su |no |in )?(?:telegram|whatsapp|signal|viber)|(?:telegram|whatsapp|signal|viber)[- ]?(?:channel|kanal|gruppe|group|community))(?!\p{L}).{0,160}$/u,
      ],
    },
    patternChars: 240,
    maxChars: 200,
    reason: 'an invitation to follow the site on social networks',
  },
  {
    // The site's messenger channel in Indonesian and Malay, and a LINE account in Thai, Japanese or Chinese
    // (probe ring asia, kompas-like and thairath-like; fixture asia-messenger-boxes): "Mari bergabung di Grup
    // Telegram "… News Update", caranya klik link https://t.me/…", "… akses berita … WhatsApp Channel :
    // https://…", "ติดตามข่าวสารจากไทยรัฐได้ที่ LINE @thairath คลิกเพิ่มเพื่อน". These boxes give the steps to
    // join as well, longer than follow-us allows; the channel's address must be in the block, which a
    // story's sentence about joining a village's WhatsApp group never holds.
    id: 'messenger-channel',
    category: 'share',
    match: {
      patterns: [
        /^(?=.{0,320}(?:https?:\/\/|t\.me\/))(?=.{0,200}(?<!\p{L})(?:berita|news|update|info|informasi)(?!\p{L})).{0,160}(?<!\p{L})(?:bergabung|gabung|join)(?: (?:di|ke|dengan|dalam))? (?:grup|group|saluran|channel|komunitas) (?:telegram|whatsapp)(?!\p{L}).{0,260}$/u,
        /^(?=.{0,200}(?<!\p{L})(?:berita|news|update|info|informasi)(?!\p{L})).{0,200}(?<!\p{L})(?:whatsapp|telegram) (?:channel|saluran|grup)\s?:\s?https?:\/\/\S+.{0,120}$/u,
        // LINE as a network: "LINE @name" with a call to follow or add it as a friend, in a short block.
        /^(?=.{0,100}(?:ติดตาม|เพิ่มเพื่อน|友だち追加|友達追加|フォロー|关注|加好友|follow|add friend|ikuti|tambahkan))(?=.{0,100}(?<![\p{L}\p{N}])line\s?@[\p{L}\p{N}._-]{2,30}).{1,140}$/u,
        // The plea in a short block of its own, in languages whose words the patterns above do not know:
        // the network, the word for its channel and a call to join, follow or subscribe, all three (probe
        // ring lang9: "… Telegram kanalına abunə olun", "… WhatsApp නාලිකාවට එක්වන්න", "… የቴሌግራም ቻናላችንን
        // ይቀላቀሉ", "Ndiqni … kanalin tonë në WhatsApp …", "… Telegram сувгаас … аваарай", "… ټلګرام چینل سره
        // یوځای شئ", "Telegram Channel … ကို Join ထားပါ"). A story saying a minister wrote "on his Telegram
        // channel" has no call.
        // Probe ring lang10: "… വാട്‌സ്ആപ്പ് ചാനലിൽ ചേരൂ", "… کەناڵی تێلێگرامی … جوێن بکە", "Pratite … na Viberu! Pridružite se
        // našoj zajednici …", "Sumali sa aming Viber Community …", "Nagala soco Telegram … t.me/…" (a channel's address as its word).
        /^(?=.{0,200}(?:whatsapp|telegram|viber|ቴሌግራም|ټلګرام|تلگرام|تێلێگرام|телеграм|വാട്\u200c?സ്ആപ്പ്|ടെലഗ്രാം))(?=.{0,200}(?:kanal|канал|сувг|නාලිකා|ቻና|چینل|کەناڵ|ചാനൽ|ചാനല|zajednic|channel|community|t\.me\/))(?=.{0,200}(?:abunə olun|qoşulun|izləyin|එක්වන්න|ይቀላቀሉ|ndiqni|bashkohuni|аваарай|нэгдээрэй|یوځای شئ|جوێن|ചേരൂ|ചേരാം|pridružite se|pridruži se|sumali|nagala soco|ku biir|join)).{1,200}$/u,
      ],
    },
    patternChars: 400,
    reason: "an invitation to join the site's messenger channel",
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
        'referral-program', 'referral-box', // a newsletter's "Share … Get rewards. You currently have 0 referrals"
        // Blog platforms' own boxes between paragraphs: Ghost's members call ("gh-post-upgrade-cta"), Substack's
        // subscribe widget and its captioned share or subscribe button (probe ring blogs)
        'post-upgrade-cta', 'subscription-widget-wrap', 'captioned-button-wrap',
      ],
      labels: {
        // "subscribe" and "sign up" alone are a form's button: long-article, microdata, short-article
        en: ['subscribe', 'subscribe now', 'sign up for our newsletter', 'sign up', 'get our newsletter', 'subscribe to our newsletter'],
        de: ['abonnieren', 'jetzt abonnieren', 'newsletter abonnieren', 'jetzt anmelden'],
        fr: ["s'abonner", 's’abonner', 'abonnez-vous', "je m'abonne", 'je m’abonne', "s'inscrire", 's’inscrire'],
        es: ['suscríbete', 'suscribirse', 'suscríbase', 'suscribite'],
        it: ['iscriviti', 'abbonati', 'iscriviti alla newsletter'],
        pt: ['inscreva-se', 'assine', 'assine já', 'cadastre-se'], // fixture portuguese-newsletter-app
        nl: ['aanmelden', 'schrijf je in', 'abonneer', 'abonneren'],
        pl: ['zapisz się', 'subskrybuj'], // fixture polish-newsletter-app
        ru: ['подписаться', 'подпишитесь'],
        tr: ['abone ol', 'abone olun'],
        id: ['berlangganan', 'langganan'],
        vi: ['đăng ký nhận tin'],
        ko: ['구독하기', '뉴스레터 구독'],
        ja: ['メルマガ登録', 'ニュースレターに登録'],
        zh: ['订阅', '立即订阅'],
      },
      patterns: [
        // The site may name itself, and the line may say what the newsletter brings and repeat the call:
        // "Sign up for CNN's Weather Watch newsletter, your guide to … Sign up here." (probe ring majors-en, cnn-like)
        /^(?:sign up|subscribe) (?:for|to) (?:our|the|[\p{L}\p{N}&.-]{1,30}(?:'|’)s?) .{0,40}?newsletters?(?:[,.:;!–—-]\s.{0,100})?$/u,
        // The all-caps link line between paragraphs: "CLICK HERE TO SIGN UP FOR THE US NEWSLETTER" (tvnews-like)
        /^click here to (?:sign up|subscribe) (?:for|to) .{1,60}newsletters?$/,
        // The same invitation in the languages of the labels: a call to subscribe that names the
        // newsletter within its first words ("Assine nossa newsletter e receba …", "Zapisz się do
        // naszego newslettera …", "Abonnieren Sie unseren Newsletter …", "Suscríbete a nuestro boletín …").
        // Imperatives only: not Spanish "recibe", also "receives" ("Recibe el boletín oficial …").
        /^(?:assine|inscreva-se|cadastre-se|receba|abonnieren sie|abonniere|abonniert|melden sie sich|inscrivez-vous|abonnez-vous|recevez|suscríbete|suscríbase|suscribite|iscriviti|abbonati|ricevi|meld je aan|schrijf je in|abonneer je|zapisz się|subskrybuj|otrzymuj|подпишитесь|подписывайтесь|berlangganan|daftar|đăng ký)(?![\p{L}]).{0,40}(?<![\p{L}])(?:newsletter\p{L}{0,2}|nieuwsbrief|boletín|boletim|informativo|рассылк\p{L}{0,2}|bản tin)(?![\p{L}]).{0,200}$/u,
        /^(?:e-?)?bültenimize abone ol.{0,160}$/u,
        // A question, then the call: "Do you want to be informed of DiEM25's actions? Sign up here" (traf 0182)
        /^[^.!?]{5,100}\?\s?(?:sign up|subscribe|register)(?: here| now| today| below| for (?:our|the) newsletter)?$/,
        // … or with what it brings: "Enjoying this? Subscribe for free to get new data stories every other Tuesday."
        /^[^.!?]{5,80}\?\s?(?:sign up|subscribe|join)(?: (?:for free|free|now|today|here))? (?:to (?:get|receive)|and (?:get|receive)) .{1,120}$/,
      ],
    },
    maxChars: 800,
    takesBox: true,
    reason: 'newsletter or subscription box',
  },
  {
    // A newsletter's plug in one sentence, without a form: the newsroom's line over or under the story,
    // "ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest
    // stories as soon as they're published.", "Subscribe to KFF Health News' free Morning Briefing." (probe
    // ring mags, fixture leak-tip-box-newsletter-plug). The whole block is the plug: the call ends it.
    id: 'newsletter-plug',
    category: 'newsletter',
    match: {
      patterns: [
        /^(?:[^.!?]{1,160}[.!]\s)?sign up (?:to receive|to get|for) (?:our|the|[\p{L}\p{N}&.-]{1,30}(?:'|’)s?) (?:[\p{L}\p{N}-]+ ){0,3}(?:stories|newsletters?|headlines|dispatch(?:es)?|briefings?|digest|emails?)\b(?: [^.!?]{0,60})?$/u,
        /^subscribe to (?:[\p{L}\p{N}&.'’-]+ ){1,5}(?:free )?(?:daily |weekly |morning |evening |afternoon )?(?:briefing|newsletter|digest|roundup|bulletin)s?$/u,
        // A newsletter platform's caption over its share or subscribe button, between paragraphs: "Thanks for
        // reading The Slow Harbor! This post is public so feel free to share it.", "… Subscribe for free to
        // receive new posts and support my work." (Substack; probe ring blogs)
        /^thanks for reading [^!?]{1,80}[!.] (?:this post is public so feel free to share it|subscribe (?:for free )?to receive new posts and support (?:my|our) work)[.!]?$/u,
        // A newsletter's referral programme: "You currently have 0 referrals, only 3 away from receiving …",
        // "Or copy and paste this link to others: https://…/subscribe?ref=…" (Beehiiv; probe ring blogs)
        /^you currently have \d+ referrals?\b.{0,160}$/u,
        /^or copy and paste this link to others:? \S{0,200}$/u,
      ],
    },
    patternChars: 300,
    reason: 'a one-line plug for a newsletter',
  },
  {
    // A newsroom's box asking for tips, closed by its button: "Do You Have a Tip for ProPublica? Help Us Do
    // Journalism. Got a story we should hear? … Here's how to reach us. [Submit a tip]" (probe ring mags,
    // fixture leak-tip-box-newsletter-plug). The button alone is the label; it takes its small box
    // (match-clutter.ts, CTA_RULES). A sentence's "submit a tip" link stays.
    id: 'tip-appeal',
    category: 'promo',
    match: {
      labels: {
        en: ['submit a tip', 'submit a news tip', 'send us a tip', 'send us a news tip', 'send a tip', 'share a tip', 'share your tip', 'send us your tips', 'contact us securely'],
      },
    },
    wholeLink: true,
    takesBox: true,
    reason: "a newsroom's box asking readers for tips",
  },
  {
    // A live page's own controls and badge, lines of their own at its top and between its posts: the
    // auto-refresh toggle, "Show key events only", "Load more updates", and the "LIVE" badge over the
    // headline (probe ring liveblog: a German Liveticker, a Spanish minute-by-minute, Portuguese, French,
    // Italian and Japanese live pages). Only the whole block: "live" in a sentence stays.
    id: 'live-controls',
    category: 'navigation',
    match: {
      labels: {
        en: ['auto refresh', 'auto-refresh', 'auto update', 'auto-update', 'automatic updates', 'show key events only', 'key events only',
          'load more updates', 'show more updates', 'older updates', 'newer updates', 'live', 'live updates', 'live blog', 'live reporting', 'live coverage'],
        de: ['automatisch aktualisieren', 'automatische aktualisierung', 'auto-aktualisierung', 'nur wichtige ereignisse anzeigen', 'weitere einträge laden', 'liveticker', 'live-ticker', 'liveblog', 'live-blog'],
        es: ['actualización automática', 'actualizar automáticamente', 'ver más antiguos primero', 'ver más recientes primero', 'en directo', 'en vivo', 'minuto a minuto'],
        pt: ['atualização automática', 'atualizar automaticamente', 'ao vivo', 'tempo real'],
        fr: ['actualisation automatique', 'mise à jour automatique', 'afficher uniquement les posts importants', 'afficher uniquement les moments clés', 'en direct', 'direct'],
        it: ['aggiornamento automatico', 'aggiorna automaticamente', 'la diretta', 'diretta', 'in diretta'],
        nl: ['automatisch verversen', 'automatisch vernieuwen', 'liveblog'],
        ja: ['自動更新', 'ライブ', '速報中'],
      },
      patterns: [
        // "3 new updates", "Atualização automática3 novas atualizações" (the toggle and the count glued), "Show 10 more"
        /^(?:(?:atualização automática|actualización automática|auto-?refresh|automatisch aktualisieren))?\d{1,3} (?:new updates?|novas? atualizaç(?:ão|ões)|nuevas? actualizaci(?:ón|ones)|neue einträge|nouvelles? mises? à jour|nuovi aggiornamenti)$/u,
        // The feed's count over its posts: "14 Posts", "23 Beiträge"
        /^\d{1,4} (?:posts|updates|beiträge|einträge|actualizaciones|atualizações|mises à jour|aggiornamenti)$/u,
      ],
    },
    reason: "a live page's own controls and badge (auto-refresh, key events only, LIVE)",
  },
  {
    // A reader poll in a story or between a live page's posts: its question as "Poll: …?", its vote count,
    // its buttons (probe ring liveblog: "Encuesta: ¿Quién está siendo el mejor jugador del partido?" with
    // "2.318 votos", "Sondaggio: …?", "アンケート：…？", "Reader poll" with "Vote" and "View results"). The
    // question must end in its question mark: "Poll: Labour leads by six points" is a headline's fact.
    id: 'reader-poll',
    category: 'comments',
    match: {
      labels: {
        en: ['reader poll', 'readers poll', 'quick poll', 'poll', 'view results', 'see results', 'vote now', 'cast your vote'],
        de: ['umfrage', 'leserumfrage', 'ergebnis anzeigen', 'jetzt abstimmen'],
        es: ['encuesta', 'ver resultados', 'votar'],
        pt: ['enquete', 'ver resultados', 'votar'],
        fr: ['sondage', 'voir les résultats', 'voter'],
        it: ['sondaggio', 'vedi i risultati', 'vota'],
        ja: ['アンケート', '投票する', '結果を見る'],
      },
      patterns: [
        /^(?:reader poll|quick poll|poll|umfrage|leserumfrage|encuesta|enquete|sondage|sondaggio|ankieta|アンケート) ?[:：] ?.{3,200}[?？]$/u,
        /^\d[\d.,  ]{0,9} (?:votes|votos|voti|stimmen|abstimmungen|票)$/u,
      ],
    },
    patternChars: 220,
    reason: "a reader poll's question, count and buttons",
  },
  {
    // The placeholder a site prints where a social post or video would load only after consent: "Externer
    // Inhalt / Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von X." (German sites,
    // probe ring liveblog), "This content is provided by X, which may be using cookies …". The clean view
    // loads no third party: the notice names nothing the reader can see.
    id: 'embed-consent',
    category: 'cookie',
    match: {
      labels: {
        de: ['externer inhalt', 'externe inhalte', 'empfohlener externer inhalt', 'inhalt laden', 'externen inhalt laden', 'externe inhalte laden'],
        en: ['external content', 'load external content', 'load content'],
      },
      patterns: [
        /^(?:mit dem laden des inhalts|durch das laden des inhalts|wenn sie diesen inhalt laden|mit ihrer zustimmung) .{0,80}\b(?:datenschutzerklärung|datenschutzbestimmungen|daten an)\b.{0,160}$/u,
        /^(?:an dieser stelle (?:finden sie|ergänzt|zeigen wir) einen externen inhalt|hier (?:finden sie|steht) (?:einen )?externen? inhalt)\b.{0,240}$/u,
        /^this (?:content|embed|post|video) is (?:provided|hosted|imported) (?:by|from) .{1,60}(?:cookies|privacy|consent).{0,200}$/u,
      ],
    },
    patternChars: 300,
    reason: 'the consent placeholder of a social post or video the site loads only after consent',
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
  {
    id: 'browser-notice',
    // Shown only to old or script-less browsers, so hidden in the reader's: "hidden" is what it is.
    category: 'hidden',
    match: {
      tokens: [
        'ie-overlay', // traf 0585: a letter to Internet Explorer users that Readability took for the story
        'browserupgrade', // HTML5 Boilerplate's "You are using an outdated browser" paragraph
        'browser-upgrade', 'outdated-browser', 'old-browser', 'unsupported-browser', 'browser-warning', 'ie-warning',
        'noscript-warning', 'no-js-warning', 'js-disabled',
      ],
      patterns: [
        /^you are using an? (?:outdated|old|unsupported|out of date) (?:web )?browser.{0,100}$/,
        /^(?:please )?(?:enable|turn on) javascript.{0,100}$/,
        /^javascript (?:is|must be|seems to be) (?:disabled|required|turned off).{0,100}$/,
        // An interactive graphic's stand-in: "This graphic requires JavaScript. Please enable it …"
        /^this (?:graphic|interactive|chart|map|visuali[sz]ation|feature|content|embed|video|page|tool|quiz|calculator) (?:requires|needs) javascript.{0,140}$/,
        /^(?:ihr|dein) browser ist (?:veraltet|nicht mehr aktuell).{0,100}$/,
        /^votre navigateur (?:est obsolète|n'est plus (?:supporté|à jour)|n’est plus (?:supporté|à jour)).{0,100}$/,
        /^(?:tu|su) navegador (?:está desactualizado|no es compatible).{0,100}$/,
      ],
    },
    maxChars: 1500,
    neverStory: true,
    reason: 'a notice for old or script-less browsers',
  },
  {
    // The blog engine's line under a post: WordPress themes print "This entry was posted on … and is filed
    // under … You can follow any responses to this entry through the RSS 2.0 feed." in every language
    // WordPress speaks ("Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt. Du kannst die
    // Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen.", traf 0963), and links to the
    // comment feed, the trackback address and the closed comments in one line ("Kommentarfeed |
    // Kommentare geschlossen | Trackback-URL", traf 0083).
    id: 'post-footer-line',
    category: 'comments',
    match: {
      patterns: [
        /^this entry was posted (?:on|in) .{1,200} (?:and is )?filed under .{1,300}$/,
        // A news site's last lines under its story in any language (the Indian Express group's): "Web Title:
        // pune water cut …", "First published on: 12-05-2025 at 09:14 IST".
        /^web title\s?:.{1,250}$/,
        /^first published on\s?:.{1,60}$/,
        /^(?:der|dieser) (?:beitrag|eintrag|artikel) wurde (?:am )?.{1,120} veröffentlicht und (?:wurde )?unter .{1,300}$/u,
        /^(?:cette entrée|cet article) a été publiée? le .{1,200} (?:et )?(?:est )?classée? dans .{1,300}$/u,
        /^(?:esta entrada|esta entrada fue publicada|este artículo fue publicado) .{0,200}(?:y está archivad[ao] en|en la categoría) .{1,300}$/u,
        /^(?:you can follow any responses to this entry|du kannst (?:den )?kommentaren? zu (?:diesem|diesen) eintrag) .{1,300}$/u,
        /^(?:kommentarfeed|kommentar-feed|comments? (?:rss|feed)|kommentare (?:sind )?geschlossen|comments (?:are )?closed|trackback(?:-| )?url|trackback)(?:\s?\|\s?(?:kommentarfeed|kommentar-feed|comments? (?:rss|feed)|kommentare (?:sind )?geschlossen|comments (?:are )?closed|trackback(?:-| )?url|trackback|permalink)){1,4}$/u,
      ],
    },
    patternChars: 500,
    insideArticleOnly: true,
    reason: "the blog engine's filing and comment-feed line under the post",
  },
  {
    // A server-side error that the page printed into the story: "Warning: Creating default object from
    // empty value in /www/htdocs/…/classes.php on line 407" (traf 0069). PHP's own format, in every site.
    id: 'server-error',
    category: 'residue',
    match: {
      patterns: [/^(?:warning|notice|deprecated|fatal error|parse error|strict standards|catchable fatal error): .{3,300} in (?:\/|[a-z]:\\).{1,200} on line \d+$/],
    },
    patternChars: 500,
    reason: 'a server error message printed into the page',
  },
  {
    // Text for screen readers only, which the page never shows (a sighted reader does not see it, so the
    // reader view does not print it): "Image caption, " before every caption, "Post navigation" over a
    // pager, ", opens new tab" after a link. The classes every framework and CMS writes for it. `sr-only`
    // is a class, not a token: Tailwind's `md:not-sr-only` (which shows the element again) holds its words.
    // (An element of class "sr-only md:not-sr-only" goes too: shown on wide screens only, rare in a story.)
    id: 'screen-reader-only',
    category: 'hidden',
    match: {
      tokens: ['visually-hidden', 'visuallyhidden', 'hidden-visually', 'screen-reader-text', 'screen-reader-only', 'screenreader-only', 'element-invisible', 'show-for-sr', 'a11y-hidden'],
      selectors: ['.sr-only'],
      // Its words alone after a link, whatever the class: "<a>Purchase Licensing Rights</a><span>, opens new
      // tab</span>" in a caption (probe ring majors-en, reuters-like).
      labels: { en: [', opens new tab', 'opens new tab', ', opens in new tab', 'opens in new tab', ', opens in a new tab', 'opens in a new tab', ', opens in a new window', 'opens in a new window'] },
    },
    maxChars: 300,
    // Text with a figure stays: a shop prints its prices in aria-hidden elements (which the hidden step
    // removes) and gives screen readers "Original price was: $30.00." instead (WCXB 4544): then it is the
    // only copy of what the page shows.
    spares: /\d/,
    // So does the only text of its parent: the words of an icon that the reader cannot show (a comparison
    // table's check mark, "Yes": WCXB 4869; a colour swatch's name: 3064).
    sparesAlone: true,
    // And text whose shown twin is aria-hidden: a recipe card's "30<sr> minutes</sr>" beside "<span
    // aria-hidden>mins</span>" kept only "30" once both halves went.
    sparesTwin: true,
    reason: 'text only screen readers announce; the page does not show it',
  },
  {
    // A picture gallery's buttons, left as one line when their icons are gone: "Bild anzeigen Bild
    // schließen" (traf 0135). Only a whole block that is the controls.
    id: 'gallery-controls',
    category: 'residue',
    match: {
      labels: {
        en: ['show image close image', 'open gallery', 'view gallery', 'close gallery', 'enlarge image', 'previous image next image', 'view larger image',
          // A caption's own toggle, printed inside or beside it: "… Harlow, Ohio. <b>hide caption</b>", "toggle caption"
          'enlarge this image', 'hide caption', 'show caption', 'toggle caption', 'expand image', 'view image'],
        de: ['bild anzeigen bild schließen', 'bild anzeigen', 'bild schließen', 'bild vergrößern', 'galerie öffnen', 'bildergalerie öffnen', 'vorheriges bild nächstes bild'],
        fr: ["agrandir l'image", 'voir la galerie', 'ouvrir la galerie'],
        es: ['ampliar imagen', 'ver galería', 'abrir galería'],
      },
      // Its slide counter alone in a block: "1 of 12", "Image 3 of 12", "Bild 1 von 7", "Photo 2 / 8". A bare
      // "1/12" may be a date; "Part 2 of 3" names a series.
      patterns: [
        /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|diapositive)\s)?\d{1,3}\s(?:of|von|de|sur|di|van|z)\s\d{1,3}$/,
        /^(?:image|photo|picture|slide|bild|foto|imagen|immagine)\s\d{1,3}\s?\/\s?\d{1,3}$/,
        // Its count in its header: "6 photos", "12 Bilder" (probe ring media, a slideshow in a story).
        /^\d{1,3}\s(?:photos|pictures|images|slides|bilder|fotos|imágenes|immagini)$/,
      ],
    },
    reason: "a picture gallery's buttons or slide counter",
  },
  {
    // A shop's mini cart and listing counter, kept in a post's column by a shop plugin: "Ihr Warenkorb ist
    // leer", "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!" (traf 0953), WooCommerce's
    // "Showing 1–10 of 19 results".
    id: 'shop-widget',
    category: 'navigation',
    match: {
      labels: {
        en: ['your cart is empty', 'your basket is empty', 'your shopping cart is empty', 'your bag is empty', 'no products in the cart'],
        de: ['ihr warenkorb ist leer', 'dein warenkorb ist leer', 'der warenkorb ist leer', 'warenkorb ist leer', 'es befinden sich keine produkte im warenkorb'],
        fr: ['votre panier est vide'],
        es: ['tu carrito está vacío', 'su carrito está vacío', 'el carrito está vacío', 'tu cesta está vacía'],
        it: ['il tuo carrello è vuoto', 'il carrello è vuoto'],
        nl: ['je winkelwagen is leeg', 'uw winkelwagen is leeg'],
      },
      patterns: [
        /^showing (?:\d+[-–]\d+ of \d+|all \d+|the single) results?$/,
        /^es (?:werden|wird) (?:die |der |das )?.{1,30} \d+ bis \d+ \(?von (?:insgesamt )?\d+\)? angezeigt$/u,
        /^zeige \d+[-–]\d+ von \d+ ergebnissen$/u,
      ],
    },
    reason: "a shop's cart or listing counter",
  },
  {
    // A business story's quote box after its text: "Stocks in this story" over a table of tickers and
    // prices, and the data vendor's delay notice ("Quotes delayed at least 15 minutes. Market data
    // provided by …"). The story names its companies in its own words; the box is the site's widget.
    id: 'market-data',
    category: 'residue',
    match: {
      headings: {
        en: ['stocks in this story', 'stocks in this article', 'tickers in this story', 'tickers in this article', 'related tickers',
          'quotes in this story', 'quotes in this article', 'companies in this story', 'companies in this article', 'securities in this article'],
        de: ['aktien in diesem artikel', 'erwähnte aktien', 'werte im artikel'],
        fr: ['valeurs citées', 'actions citées dans cet article'],
      },
      patterns: [
        /^(?:stock |market )?quotes (?:are )?(?:displayed in real[- ]time or )?delayed (?:by )?(?:at least |up to )?\d+ min(?:ute)?s\b.{0,160}$/,
        /^market data (?:is )?(?:provided|powered) by\b.{0,120}$/,
      ],
    },
    patternChars: 240,
    maxChars: 1500,
    reason: "a quote box of the stocks a business story names, and its data vendor's notice",
  },
  {
    // A quote chip inside a sentence: the ticker symbol and the day's change that a business site
    // prints after a company's name ("Shares of Kestrel Foods <span class="quote">KSTF -13.82%</span>
    // tumbled", "Coolant Systems Inc. <span class="ticker">CLNT -2.41%</span> have fallen"): live
    // market data, glued into the sentence as "Kestrel FoodsKSTF-13.82%". Only a block named a
    // ticker or quote whose whole text is a symbol and a signed change (a price may come between);
    // the company's name beside it, and every number of the prose, stay (quote-chips-in-sentences).
    // Also a stock chart's legend left after its chart: "KSTF 61.47 -9.86 (-13.82%)".
    id: 'quote-chip',
    category: 'residue',
    match: {
      tokens: ['ticker', 'quote', 'qt-chip', 'quote-chip', 'stock-chip'],
      patterns: [/^[a-z][a-z0-9.]{0,6} [$€£]?\d[\d,]*(?:\.\d+)?\s?[+\-−]\s?\d[\d,]*(?:\.\d+)?\s?\([+\-−]\d{1,3}(?:[.,]\d{1,2})?%\)$/u],
    },
    spares: /^(?!\s*[A-Z][A-Z0-9.]{0,6}\s*(?:[$€£]?\d[\d,]*(?:\.\d+)?\s*)?[+\-−]\s?\d{1,3}(?:[.,]\d{1,2})?%\s*$)/u,
    maxChars: 40,
    reason: "a stock's live quote (its symbol and the day's change) printed in a sentence or under a chart",
  },
] as const satisfies readonly ClutterRule[];
